package org.motcua.notification.api;

/** A text to save or to preview. */
public record TemplateBodyRequest(String body) {
}
