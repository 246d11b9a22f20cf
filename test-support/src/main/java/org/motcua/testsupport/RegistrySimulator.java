package org.motcua.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The national registries (population, civil status, land, social insurance, business) as a WireMock
 * server speaking the gateway's REST protocol, with the demo records of
 * {@code registry-simulator/mappings} (see its README).
 */
public final class RegistrySimulator implements AutoCloseable {

    private final WireMockServer server;

    private RegistrySimulator(WireMockServer server) {
        this.server = server;
    }

    /** Starts on the given port (0: a free one). */
    public static RegistrySimulator start(int port) {
        WireMockServer server = new WireMockServer(options()
                .port(port)
                .bindAddress("127.0.0.1")
                .usingFilesUnderClasspath("registry-simulator")
                .disableRequestJournal()
                .containerThreads(64)
                .jettyAcceptors(2));
        server.start();
        return new RegistrySimulator(server);
    }

    /** Answers every request only after {@code delay} (a timeout storm when longer than the callers wait); 0 heals. */
    public void delayEveryAnswer(java.time.Duration delay) {
        server.setGlobalFixedDelay((int) delay.toMillis());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
