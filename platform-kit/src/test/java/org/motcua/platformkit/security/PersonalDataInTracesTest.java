package org.motcua.platformkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

class PersonalDataInTracesTest {

    @Test
    void aSpansUrlsLoseQueryValuesAndCitizenIdsBeforeExport() {
        InMemorySpanExporter exported = InMemorySpanExporter.create();
        SpanData span;
        try (SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new PersonalDataInTraces())
                .addSpanProcessor(SimpleSpanProcessor.create(exported)).build()) {
            provider.get("test").spanBuilder("GET")
                    .setAttribute("url.path", "/api/v1/dossiers")
                    .setAttribute("url.query", "q=nguy%E1%BB%85n%20th%E1%BB%8B&unit=21025&page=2")
                    .setAttribute("url.full", "http://registries:8090/population/citizens/051190001234?purpose=1.001193")
                    .setAttribute("http.route", "/api/v1/dossiers")
                    .startSpan().end();
            span = exported.getFinishedSpanItems().get(0); // before the provider's close empties the exporter
        }

        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.query"))).isEqualTo("q=***&unit=***&page=***");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.full")))
                .isEqualTo("http://registries:8090/population/citizens/***?purpose=***");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/v1/dossiers");
        assertThat(span.getAttributes().asMap().values().toString()).doesNotContain("051190001234").doesNotContain("nguy");
    }

    @Test
    void aPhoneInAPathIsHidden() {
        assertThat(PersonalDataInTraces.hide("/api/v1/contacts/0912345678/preferences"))
                .isEqualTo("/api/v1/contacts/***/preferences");
        assertThat(PersonalDataInTraces.hide("/api/v1/units/21025/queue")).isEqualTo("/api/v1/units/21025/queue");
    }
}
