package org.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.motcua.testsupport.PdfText;
import org.motcua.testsupport.TestTokens;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The receipt (Mẫu 01): Vietnamese text with its diacritics, the QR code top-left, the legal appointment. */
@QuarkusTest
class ReceiptTest {

    @Test
    void theReceiptNamesThePapersTheDatabaseDataAndTheAppointmentAcrossTet() throws Exception {
        Map<String, Object> body = Requests.dossier("1.004873", "21025");       // 3 working days
        body.put("channel", "POSTAL");
        body.put("receivedAt", "2026-02-13T03:00:00Z");                          // Friday before Tết
        Map<String, Object> created = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/dossiers").then().statusCode(201).extract().as(Map.class);

        byte[] pdf = given().auth().oauth2(TestTokens.clerk("21025"))
                .when().get("/api/v1/dossiers/" + created.get("id") + "/receipt")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        String text = PdfText.of(pdf);
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("Mã hồ sơ: " + created.get("code"))
                .contains("Nguyễn Thị Hồng Nhung")
                .contains("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân")
                .contains("cơ sở dữ liệu quốc gia")
                .contains("CSDLQGDC-")
                .contains("3 ngày làm việc")
                .contains("10 giờ 00 phút, ngày 13/02/2026")
                .contains("17 giờ 00 phút, ngày 25/02/2026")
                .contains("Phường Cẩm Thành")
                .doesNotContain("051190001234");
        assertThat(qrCode(pdf)).isEqualTo(created.get("code") + "|1.004873|*********234");
    }

    @Test
    void aClerkOfAnotherUnitMayNotPrintIt() {
        String id = given().auth().oauth2(TestTokens.clerk("21025")).contentType(ContentType.JSON)
                .body(Requests.birthRegistrationAt("21025")).when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.clerk("21028")).when().get("/api/v1/dossiers/" + id + "/receipt")
                .then().statusCode(404); // nor learn that it exists
    }

    private static String qrCode(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            BufferedImage topLeft = page.getSubimage(0, 0, page.getWidth() / 2, page.getHeight() / 4);
            int[] pixels = topLeft.getRGB(0, 0, topLeft.getWidth(), topLeft.getHeight(), null, 0, topLeft.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(topLeft.getWidth(), topLeft.getHeight(), pixels);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                | com.google.zxing.FormatException e) {
            throw new AssertionError("no readable QR code in the top-left quarter of the receipt", e);
        }
    }
}
