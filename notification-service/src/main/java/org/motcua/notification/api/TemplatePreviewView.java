package org.motcua.notification.api;

import java.util.Map;

/** A preview: the text rendered with example values. */
public record TemplatePreviewView(String rendered, Map<String, String> values) {
}
