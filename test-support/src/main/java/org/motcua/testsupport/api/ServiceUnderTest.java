package org.motcua.testsupport.api;

import java.net.URI;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/** The service a {@code @QuarkusTest} runs: where it listens, its name (as the access matrix names it), its database. */
final class ServiceUnderTest {

    private ServiceUnderTest() {
    }

    /** Its root, {@code http://localhost:<port>/}. */
    static URI base() {
        return URI.create(TestHTTPResourceManager.getUri().replaceAll("/$", "") + "/");
    }

    /** {@code quarkus.application.name}: {@code intake-service}. */
    static String name() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** Its database in the test's PostgreSQL: {@code intake}. */
    static String database() {
        return name().replaceFirst("-service$", "");
    }
}
