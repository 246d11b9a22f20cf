package org.motcua.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistrySimulatorTest {

    private static RegistrySimulator simulator;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        simulator = RegistrySimulator.start(0);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void answersDemoCitizensUnknownOnesAndOutages() throws Exception {
        HttpResponse<String> known = get("/population/v1/citizens/051190001234", true);
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).contains("Nguyễn Thị Hồng Nhung").contains("\"reference\"");
        assertThat(get("/population/v1/citizens/051100000000", true).statusCode()).isEqualTo(404);
        assertThat(get("/population/v1/citizens/051199999999", true).statusCode()).isEqualTo(503);
        assertThat(get("/land/v1/certificates/DA123456", true).body()).contains("\"unitCode\":\"21025\"");
    }

    @Test
    void refusesCallsWithoutAnApiKey() throws Exception {
        assertThat(get("/population/v1/citizens/051190001234", false).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, boolean withKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).GET();
        if (withKey) {
            request.header("X-Api-Key", "test");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
