package org.motcua.platformkit.events;

import java.time.Instant;

/**
 * One CloudEvents 1.0 envelope as it travels on Kafka in binary mode: the attributes go in
 * {@code ce_*} headers, the JSON data is the record value, the dossier id is the key. The trace the event was
 * published in travels as the Distributed Tracing extension's {@code traceparent} and {@code tracestate}
 * (W3C Trace Context; absent where nothing was traced).
 */
public record CloudEvent(String id, String source, String type, String subject, Instant time, String data,
        String traceparent, String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_TRACEPARENT = "ce_traceparent";
    public static final String HEADER_TRACESTATE = "ce_tracestate";
    public static final String HEADER_CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";
}
