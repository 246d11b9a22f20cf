package org.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.AccessMatrixProperty;
import org.motcua.testsupport.api.AccessRequests;

import io.quarkus.test.junit.QuarkusTest;

/** Notification's operations answer each caller as {@code docs/access-matrix.md} says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixProperty {

    private static final String UNIT = "21025";

    AccessMatrixTest() {
        super(UNIT, "21028");
    }

    @Override
    protected AccessRequests requests() {
        String dossier = UUID.randomUUID().toString();
        TestEvents.send("org.motcua.intake.dossier-submitted.v1", dossier, Map.of("receivingUnitCode", UNIT));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .queryParam("dossierId", dossier).when().get("/api/v1/notifications").statusCode() == 200);
        return new AccessRequests()
                .value("scope", UNIT)
                .query("GET /api/v1/alerts", "unit=" + UNIT)
                .query("GET /api/v1/alerts/stream", "unit=" + UNIT)
                .query("GET /api/v1/notifications", "dossierId=" + dossier)
                // a template no other test changes
                .value("kind", "CALENDAR_NOTICE")
                .value("channel", "EMAIL")
                // bodies refused as incomplete: the allowed caller's 400 or 422 changes nothing
                .json("POST /api/v1/personal-data/subject-export", "{\"citizenId\":\"051190001234\"}")
                .json("PUT /api/v1/alert-recipients/{scope}", "[null]")
                .json("PUT /api/v1/contact-preferences", "{}")
                .json("POST /api/v1/contact-preferences/lookup", "{}")
                .json("PUT /api/v1/templates/{kind}/{channel}", "{}")
                .json("POST /api/v1/templates/{kind}/{channel}/preview", "{}")
                // a link nobody was sent: anyone may follow one, and finds nothing
                .value("token", "EMAIL.khong-co")
                .absent("GET /api/v1/public/unsubscribe/{token}")
                .absent("POST /api/v1/public/unsubscribe/{token}");
    }
}
