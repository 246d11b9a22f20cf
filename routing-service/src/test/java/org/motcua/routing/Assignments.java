package org.motcua.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.motcua.testsupport.TestTokens;

/** A dossier's assignment as the province sees it through the API. */
final class Assignments {

    private Assignments() {
    }

    /** Waits until routing has assigned the dossier (its event is consumed asynchronously). */
    static void awaitAssigned(String dossierId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment").statusCode() == 200);
    }

    /** The assignment's fields. */
    static Map<String, Object> of(String dossierId) {
        return given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/dossiers/" + dossierId + "/assignment")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }
}
