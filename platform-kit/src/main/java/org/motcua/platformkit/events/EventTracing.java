package org.motcua.platformkit.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * One trace from a request to every service an event of it reaches: the outbox keeps the trace an event was
 * published in, it travels in the event's CloudEvents headers ({@code ce_traceparent}, {@code ce_tracestate}), and
 * the consumer applies the event in a span of that trace, so the events it publishes in turn carry it on.
 * Without tracing (OpenTelemetry's SDK disabled: the default), nothing is recorded and nothing travels.
 */
@ApplicationScoped
public class EventTracing {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<CloudEvent> FROM_EVENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(CloudEvent event) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(CloudEvent event, String key) {
            if (event == null) {
                return null;
            }
            return switch (key) {
                case "traceparent" -> event.traceparent();
                case "tracestate" -> event.tracestate();
                default -> null;
            };
        }
    };

    /** A trace context in W3C Trace Context form; both null when nothing is traced. */
    public record TraceContext(String traceparent, String tracestate) {
    }

    private final Tracer tracer;

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The trace of the work going on now (a request, an event being applied). */
    public TraceContext current() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return new TraceContext(carrier.get("traceparent"), carrier.get("tracestate"));
    }

    /**
     * Applies a consumed event in a span of the trace it was published in (a new trace if it carries none).
     *
     * @param consumer the consumer group applying it
     */
    public void apply(String consumer, CloudEvent event, Runnable effect) {
        Span span = tracer.spanBuilder(consumer + " process " + event.type())
                .setParent(W3C.extract(Context.root(), event, FROM_EVENT))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            effect.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
