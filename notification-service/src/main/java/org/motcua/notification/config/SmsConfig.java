package org.motcua.notification.config;

import jakarta.validation.constraints.NotBlank;

import io.smallrye.config.ConfigMapping;

/** The brandname-SMS gateway ({@code motcua.sms.*}): its address, the province's keys and sender name. */
@ConfigMapping(prefix = "motcua.sms")
public interface SmsConfig {

    @NotBlank
    String url();

    @NotBlank
    String apiKey();

    @NotBlank
    String secretKey();

    /** The sender name registered for the province. */
    @NotBlank
    String brandname();
}
