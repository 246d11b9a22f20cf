package org.motcua.notification.service.channel;

/** A way to reach people: the messages are written per channel (an email's first line is its subject). */
public enum Channel {
    /** Thư điện tử, over SMTP. */
    EMAIL,
    /** Tin nhắn SMS, through a brandname-SMS gateway. */
    SMS,
    /** Tin nhắn Zalo, through the Zalo Notification Service of the province's Official Account. */
    ZALO;

    /** Whether the channel reaches a phone number (else an email address). */
    public boolean byPhone() {
        return this != EMAIL;
    }
}
