package org.motcua.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.RegistrySimulator;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * One dossier's journey through the four packaged services, started as separate processes against one
 * real Kafka and one real PostgreSQL: intake → routing → records and notification.
 */
class DossierJourneyIT {

    private static Platform platform;
    private static RegistrySimulator registries;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        // Kafka, PostgreSQL and the simulator take their ports first, so the services' free ports cannot collide.
        PlatformInfrastructure infra = TestInfrastructure.shared();
        registries = RegistrySimulator.start(0);
        List<ServiceSpec> specs = ServiceSpec.ALL.stream()
                .map(s -> s.withPort(EmbeddedInfrastructure.freePort())).toList();
        platform = Platform.start(root, infra, specs, TestTokens.keys().publicKeyFile(),
                registries.baseUrl(), Files.createDirectories(root.resolve("deploy/local/target/e2e-logs")));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        if (registries != null) {
            registries.close();
        }
    }

    @Test
    void aDossierSubmittedAtADeskIsAssignedArchivedAndNotified() {
        String clerk = TestTokens.clerk("21025");
        List<String> papers = given().auth().oauth2(clerk).when().get(url("intake", "/api/v1/procedures/1.001193"))
                .then().statusCode(200).extract().jsonPath()
                .getList("requiredDocuments.findAll { it.applicantProvides }.name", String.class);
        Response submitted = given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "1.001193", "receivingUnitCode", "21025",
                        "applicant", Map.of("fullName", "Trần Văn Bình", "citizenId", "051090004321",
                                "email", "binh.tran@example.vn"),
                        "documents", papers.stream().map(name -> Map.of("name", name)).toList()))
                .when().post(url("intake", "/api/v1/dossiers"))
                .then().statusCode(201)
                .body("code", matchesPattern("21025-\\d{6}-\\d{4}"))
                .body("documents.find { it.registry == 'POPULATION' }.status", equalTo("FETCHED"))
                .extract().response();
        String id = submitted.path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("routing", "/api/v1/dossiers/" + id + "/assignment"))
                .then().statusCode(200).body("processingUnitCode", equalTo("21025")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("records", "/api/v1/dossiers/" + id + "/timeline"))
                .then().statusCode(200)
                .body("eventType", contains("org.motcua.intake.dossier-submitted.v1",
                        "org.motcua.routing.dossier-assigned.v1")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(clerk)
                .when().get(url("notification", "/api/v1/notifications?dossierId=" + id))
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", everyItem(equalTo("SENT"))));
    }

    @Test
    void badInputIsRefusedAtTheFrontDoorAndTravelsNowhere() {
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("procedureCode", "0.000000", "receivingUnitCode", "21025",
                        "applicant", Map.of("fullName", "Lê Thị C"), "documents", List.of()))
                .when().post(url("intake", "/api/v1/dossiers"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("procedureCode"));
    }

    private static String url(String service, String path) {
        return platform.service(service).baseUrl() + path;
    }
}
