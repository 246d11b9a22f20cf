package org.motcua.platformkit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.api.trace.SpanKind;

class EventTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final EventTracing tracing = new EventTracing(provider.get("test"));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void anEventPublishedInARequestIsAppliedInTheRequestsTrace() {
        Span request = provider.get("test").spanBuilder("POST /api/v1/dossiers").startSpan();
        EventTracing.TraceContext published;
        try (Scope ignored = request.makeCurrent()) {
            published = tracing.current();
        } finally {
            request.end();
        }
        assertThat(published.traceparent()).isEqualTo("00-" + request.getSpanContext().getTraceId() + "-"
                + request.getSpanContext().getSpanId() + "-01");

        AtomicReference<SpanContext> applying = new AtomicReference<>();
        AtomicReference<EventTracing.TraceContext> publishedWhileApplying = new AtomicReference<>();
        tracing.apply("routing", event(published.traceparent()), () -> {
            applying.set(Span.current().getSpanContext());
            publishedWhileApplying.set(tracing.current());
        });

        assertThat(applying.get().getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(publishedWhileApplying.get().traceparent()).contains(request.getSpanContext().getTraceId())
                .contains(applying.get().getSpanId());
        SpanData span = exported.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CONSUMER)
                .findFirst().orElseThrow();
        assertThat(span.getName()).isEqualTo("routing process org.motcua.intake.dossier-submitted.v1");
        assertThat(span.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    }

    @Test
    void anEventWithoutATraceStartsOneAndNothingIsCarriedWhenNothingIsTraced() {
        AtomicReference<SpanContext> applying = new AtomicReference<>();
        tracing.apply("records", event(null), () -> applying.set(Span.current().getSpanContext()));

        assertThat(applying.get().isValid()).isTrue();
        assertThat(tracing.current().traceparent()).as("outside any span").isNull();
    }

    @Test
    void aFailingEffectIsRecordedOnItsSpanAndStillFails() {
        RuntimeException failure = new IllegalStateException("unit unknown");
        try {
            tracing.apply("intake", event(null), () -> {
                throw failure;
            });
        } catch (IllegalStateException e) {
            assertThat(e).isSameAs(failure);
        }
        assertThat(exported.getFinishedSpanItems()).singleElement()
                .satisfies(s -> assertThat(s.getStatus().getStatusCode().name()).isEqualTo("ERROR"));
    }

    private static CloudEvent event(String traceparent) {
        return new CloudEvent("e-1", "/motcua/intake", "org.motcua.intake.dossier-submitted.v1", "d-1",
                Instant.parse("2026-12-07T01:00:00Z"), "{}", traceparent, null);
    }
}
