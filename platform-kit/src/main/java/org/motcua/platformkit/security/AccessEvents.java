package org.motcua.platformkit.security;

/**
 * A service's {@code <service>.access.events} topic, where it announces what records-service's audit log is to hold
 * (reads of personal data, the operations team's actions), and its event types there.
 */
record AccessEvents(String service) {

    /** Of the service whose CloudEvents source is {@code /motcua/<service>}. */
    static AccessEvents of(String source) {
        return new AccessEvents(source.substring(source.lastIndexOf('/') + 1));
    }

    String topic() {
        return service + ".access.events";
    }

    /** {@code org.motcua.<service>.<event>.v1}. */
    String type(String event) {
        return "org.motcua." + service + "." + event + ".v1";
    }
}
