package org.motcua.notification.service.channel;

/** What a channel answered to one try: sent, or why not and whether trying again can help. */
public record DeliveryOutcome(Result result, String detail, String providerId) {

    public enum Result {
        /** The channel accepted the message. */
        SENT,
        /** The recipient could not be reached this time (mailbox full, too many requests): try later. */
        RETRY,
        /** The channel itself is not working (refused connection, timeout, 5xx, its account): nobody's fault. */
        CHANNEL_DOWN,
        /** The channel will never deliver it (no such address, no Zalo account): give up. */
        REFUSED
    }

    public static DeliveryOutcome sent(String providerId) {
        return new DeliveryOutcome(Result.SENT, null, providerId);
    }

    public static DeliveryOutcome retry(String detail) {
        return new DeliveryOutcome(Result.RETRY, detail, null);
    }

    public static DeliveryOutcome channelDown(String detail) {
        return new DeliveryOutcome(Result.CHANNEL_DOWN, detail, null);
    }

    public static DeliveryOutcome refused(String detail) {
        return new DeliveryOutcome(Result.REFUSED, detail, null);
    }
}
