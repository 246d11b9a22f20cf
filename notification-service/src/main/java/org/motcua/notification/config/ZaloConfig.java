package org.motcua.notification.config;

import jakarta.validation.constraints.NotBlank;

import io.smallrye.config.ConfigMapping;

/** Zalo Notification Service ({@code motcua.zalo.*}): the API's address, the official account's token, the template. */
@ConfigMapping(prefix = "motcua.zalo")
public interface ZaloConfig {

    @NotBlank
    String url();

    @NotBlank
    String accessToken();

    /** The approved ZNS template the messages are sent with. */
    @NotBlank
    String templateId();
}
