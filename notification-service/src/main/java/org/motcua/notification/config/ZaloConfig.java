package org.motcua.notification.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Zalo Notification Service ({@code motcua.zalo.*}): the API's address, the template, and the official account's
 * tokens. Zalo's access token lasts 25 hours and each refresh token serves once: the first pair comes from here,
 * the ones after it from Zalo's OAuth server, kept in the database ({@code motcua.zalo.token.*}).
 */
@ConfigMapping(prefix = "motcua.zalo")
public interface ZaloConfig {

    @NotBlank
    String url();

    /** The access token to start with, the one the OA's administrator obtained when granting the app. */
    @NotBlank
    String accessToken();

    /** The approved ZNS template the messages are sent with. */
    @NotBlank
    String templateId();

    Token token();

    /** Where and how the access token is renewed. */
    interface Token {

        /** Zalo's OAuth endpoint ({@code https://oauth.zaloapp.com/v4/oa/access_token}). */
        @NotBlank
        String url();

        /** The app the official account granted. */
        @NotBlank
        String appId();

        /** The app's secret key (sent as the {@code secret_key} header). */
        @NotBlank
        String secretKey();

        /** The refresh token that came with {@link ZaloConfig#accessToken()}. */
        @NotBlank
        String refreshToken();

        /** How long before it expires the access token is renewed. */
        @WithDefault("2h")
        Duration refreshBefore();

        /** How often an instance looks whether the token is due. */
        @WithDefault("1m")
        Duration checkEvery();
    }
}
