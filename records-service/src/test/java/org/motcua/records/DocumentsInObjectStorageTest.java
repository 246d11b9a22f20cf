package org.motcua.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.data.Digests;
import org.motcua.testsupport.S3Simulator;
import org.motcua.testsupport.TestTokens;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Documents through the real API with the production option: an S3-compatible object store (its simulator). */
@QuarkusTest
@TestProfile(DocumentsInObjectStorageTest.ObjectStorage.class)
class DocumentsInObjectStorageTest {

    /** records with {@code motcua.documents.store=s3}, pointed at the simulator. */
    public static class ObjectStorage implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(Simulator.class));
        }
    }

    /** Starts the S3 simulator with the bucket the archive uses. */
    public static class Simulator implements QuarkusTestResourceLifecycleManager {
        static S3Simulator s3;

        @Override
        public Map<String, String> start() {
            s3 = S3Simulator.start();
            s3.createBucket("motcua-archive");
            return Map.of("motcua.documents.store", "s3", "motcua.documents.s3.endpoint", s3.endpoint(),
                    "motcua.documents.s3.bucket", "motcua-archive", "motcua.documents.s3.access-key", S3Simulator.ACCESS_KEY,
                    "motcua.documents.s3.secret-key", S3Simulator.SECRET_KEY);
        }

        @Override
        public void stop() {
            s3.close();
        }
    }

    @Test
    void anUploadIsKeptInTheObjectStoreOnceAndServedWithRanges() throws Exception {
        byte[] pdf = SampleFiles.pdf(3, 1);
        String sha256 = Digests.sha256Hex(pdf);
        String id = upload(pdf).then().statusCode(201).body("sha256", equalTo(sha256)).extract().path("id");
        upload(pdf).then().statusCode(201).body("contentKeptBefore", org.hamcrest.Matchers.notNullValue());
        assertThat(Simulator.s3.objects("motcua-archive")).containsOnlyKeys("documents/" + sha256.substring(0, 2) + "/" + sha256);
        assertThat(Simulator.s3.objects("motcua-archive").values().iterator().next()).isEqualTo(pdf);

        byte[] part = given().auth().oauth2(TestTokens.officer("21025")).header("Range", "bytes=100-199")
                .when().get("/api/v1/documents/" + id + "/content").then().statusCode(206)
                .header("Content-Range", "bytes 100-199/" + pdf.length).extract().asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(pdf, 100, 200));
        byte[] whole = given().auth().oauth2(TestTokens.officer("21025")).when().get("/api/v1/documents/" + id + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertThat(whole).isEqualTo(pdf);
    }

    private static io.restassured.response.Response upload(byte[] pdf) {
        return given().auth().oauth2(TestTokens.clerk("21025")).multiPart("file", "ban-quet.pdf", pdf, "application/pdf")
                .when().post("/api/v1/documents");
    }
}
