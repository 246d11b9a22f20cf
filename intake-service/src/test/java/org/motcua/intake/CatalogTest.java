package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CatalogTest {

    @Test
    void the96UnitsOfTheProvinceAreSeededWithTheirPreMergerUnits() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units?size=200")
                .then().statusCode(200)
                .body("total", equalTo(96))
                .body("items", hasSize(96));
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units/21025")
                .then().statusCode(200)
                .body("fullName", equalTo("Phường Cẩm Thành"))
                .body("type", equalTo("PHUONG"))
                .body("preMergerUnits", startsWith("Phường Nguyễn Nghiêm"));
    }

    @Test
    void unitsArePaged() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units?page=1&size=40")
                .then().statusCode(200)
                .body("items", hasSize(40))
                .body("page", equalTo(1))
                .body("total", equalTo(96));
    }

    @Test
    void theSampleProceduresAreSeededAndThoseWithoutACodeGetALocalOne() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures?size=100")
                .then().statusCode(200)
                .body("total", equalTo(27))
                .body("items.code", hasItem("1.001193"))
                .body("items.findAll { it.localCode }.code", everyItem(startsWith("LOCAL.")))
                .body("items.findAll { it.localCode }", hasSize(6));
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures/1.001193")
                .then().statusCode(200)
                .body("name", equalTo("Thủ tục đăng ký khai sinh"))
                .body("field", equalTo("Hộ tịch"));
    }

    @Test
    void proceduresFilterByField() {
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/procedures?field=Chứng thực")
                .then().statusCode(200)
                .body("items.field", everyItem(equalTo("Chứng thực")))
                .body("total", equalTo(7));
    }

    @Test
    void unknownUnitIs404Problem() {
        given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/units/00000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
