package org.motcua.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Email over SMTP ({@code motcua.email.*}; the server, sender and TLS are {@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "motcua.email")
public interface EmailConfig {

    /** A try that gets no answer within this ends as "channel down" and is made again. */
    @WithDefault("10S")
    Duration sendTimeout();
}
