package org.motcua.notification.template;

/** The channels a message is written for; an email's first line is its subject. */
public enum TemplateChannel {
    EMAIL, SMS, ZALO
}
