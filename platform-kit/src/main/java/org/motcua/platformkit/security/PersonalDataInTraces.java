package org.motcua.platformkit.security;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Keeps personal data out of the traces, as out of the logs: a span's URL attributes lose their query values (a
 * search for a name, a citizen ID) and every run of nine or more digits (a citizen ID or a phone number in a path,
 * such as a national registry's lookup). Applied to every span as it starts, before anything exports it.
 */
@ApplicationScoped
public class PersonalDataInTraces implements SpanProcessor {

    static final List<AttributeKey<String>> URLS = List.of(AttributeKey.stringKey("url.full"),
            AttributeKey.stringKey("url.path"), AttributeKey.stringKey("url.query"), AttributeKey.stringKey("http.url"),
            AttributeKey.stringKey("http.target"));

    private static final Pattern QUERY_VALUE = Pattern.compile("=[^&#]*");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{9,}");
    private static final String HIDDEN = "***";

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : URLS) {
            String value = span.getAttribute(key);
            if (value != null) {
                span.setAttribute(key, key.getKey().equals("url.query") ? hideQuery(value) : hide(value));
            }
        }
    }

    /** A URL or path without query values and without long numbers. */
    static String hide(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String hidden = LONG_NUMBER.matcher(path).replaceAll(HIDDEN);
        return query < 0 ? hidden : hidden + "?" + hideQuery(url.substring(query + 1));
    }

    /** A query string with its names kept and its values hidden. */
    static String hideQuery(String query) {
        return LONG_NUMBER.matcher(QUERY_VALUE.matcher(query).replaceAll("=" + HIDDEN)).replaceAll(HIDDEN);
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
