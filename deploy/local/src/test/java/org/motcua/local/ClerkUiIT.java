package org.motcua.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.testsupport.TestEvents;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.MailServer;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The clerk frontend in a real Chromium (Debian's, driven by Playwright) against the packaged services with real Kafka
 * and PostgreSQL, through the gateway of one origin: a clerk, an officer, a province admin and a citizen each do their
 * part; axe-core checks every screen; the screenshots go to {@code target/screenshots}.
 */
@ExtendWith(TestPlatform.class)
class ClerkUiIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("motcua.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Phạm Văn Đức lives in Xã An Phú (21034) in the population registry simulator. */
    private static final String CITIZEN_ID = "051285007777";
    private static final String RECEIVING_UNIT = "21025";
    private static final String PROCESSING_UNIT = "21034";

    private static Playwright playwright;
    private static Browser browser;
    private static Gateway gateway;
    private static TestPlatform.Running running;
    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        running = TestPlatform.running();
        gateway = running.gateway();
        assertThat(CHROMIUM).as("Chromium is needed for the frontend's tests: apt-get install -y chromium").exists();
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void aDossierGoesFromTheDeskThroughTheOfficersQueueToItsResultAndTheCitizenSeesIt() {
        // the clerk at Phường Cẩm Thành's desk
        Page clerk = signedIn("clerk", RECEIVING_UNIT, 1280, 900);
        assertThat(clerk.getByTestId("who")).containsText("Nguyễn Thị Mai");
        assertThat(clerk.getByTestId("who")).containsText("Cán bộ một cửa");
        assertThat(clerk.getByTestId("who")).containsText("Phường Cẩm Thành");
        clerk.getByLabel("Tìm thủ tục").fill("dang ky khai sinh");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Thủ tục đăng ký khai sinh 1\\.001193")))
                .click();
        assertThat(clerk.getByTestId("procedure")).containsText("1.001193");
        // papers the national databases hold are marked and never asked for
        assertThat(clerk.getByTestId("fetched-paper").first()).containsText("Lấy từ CSDL");
        clerk.getByLabel("Họ và tên").fill("Phạm Văn Đức");
        clerk.getByLabel("Số định danh cá nhân").fill("12345");
        clerk.getByLabel("Thư điện tử").fill("duc.pham@example.vn");
        clerk.setInputFiles("#scan-files", new FilePayload[] {
                new FilePayload("giay-chung-sinh.png", "image/png", png()),
                new FilePayload("ghi-chu.txt", "text/plain", "không phải bản quét".getBytes(StandardCharsets.UTF_8)) });
        // a half-filled form survives a reload, scans too (listed once kept)
        assertThat(clerk.locator(".files")).containsText("ghi-chu.txt");
        clerk.reload();
        assertThat(clerk.getByLabel("Họ và tên")).hasValue("Phạm Văn Đức");
        assertThat(clerk.locator(".files")).containsText("giay-chung-sinh.png");
        axe(clerk, "desk intake");
        screenshot(clerk, "02-tiep-nhan");

        // the API's verdict on the citizen ID is shown beside the field; nothing was created
        submitButton(clerk).click();
        assertThat(clerk.locator("#citizenId-error")).containsText("không phải số định danh cá nhân hợp lệ");
        clerk.getByLabel("Số định danh cá nhân").fill(CITIZEN_ID);
        // a double click makes one dossier (one idempotency key per form)
        submitButton(clerk).dblclick();
        Locator receipt = clerk.getByTestId("receipt");
        assertThat(receipt.getByTestId("dossier-code")).hasText(Pattern.compile("21025-\\d{6}-\\d{4}"));
        String code = receipt.getByTestId("dossier-code").textContent();
        assertThat(receipt.getByTestId("due")).hasText(Pattern.compile("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
        assertThat(receipt.getByTestId("processing-unit")).containsText("Xã An Phú");
        assertThat(receipt.locator(".files")).containsText(Pattern.compile("giay-chung-sinh\\.png: Đã lưu PNG"));
        assertThat(receipt.locator(".files")).containsText(Pattern.compile("ghi-chu\\.txt: Không nhận"));
        Page printed = clerk.waitForPopup(() -> clerk.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("In giấy tiếp nhận (Mẫu 01)")).click());
        printed.close();
        axe(clerk, "receipt");
        screenshot(clerk, "03-da-tiep-nhan");
        String id = dossierIdOf(code);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.of("auditor", null))
                .queryParam("q", "pham van duc").when().get(running.url("records", "/api/v1/dossiers"))
                .then().statusCode(200).body("total", equalTo(1)));

        // the officer of Xã An Phú finds it in the unit's queue and takes it
        Page officer = signedIn("officer", PROCESSING_UNIT, 1280, 900);
        assertThat(officer.locator(".live")).containsText("Đang nhận cảnh báo trực tiếp");
        assertThat(officer.getByTestId("queue")).containsText(code);
        assertThat(officer.getByTestId("queue")).containsText("Thủ tục đăng ký khai sinh");
        // a warning of the SLA monitor reaches the open queue live (notification's stream, through the gateway)
        String atRisk = "org.motcua.routing.deadline-at-risk.v1";
        TestEvents.send(atRisk, id, Map.of("dossierCode", code, "processingUnitCode", PROCESSING_UNIT,
                "receivingUnitCode", RECEIVING_UNIT, "field", "Hộ tịch"));
        assertThat(officer.getByTestId("alerts")).containsText("Có nguy cơ trễ hạn");
        assertThat(officer.getByTestId("alerts")).containsText(code);
        axe(officer, "work queue");
        screenshot(officer, "04-hang-doi");
        officer.getByTestId("queue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
        act(officer, "Nhận xử lý", null);
        assertThat(officer.getByTestId("status")).hasText("Đang xử lý");
        act(officer, "Yêu cầu bổ sung (Mẫu 02)", () -> officer.getByLabel("Nội dung cần bổ sung")
                .fill("Giấy chứng sinh bản chính có chữ ký của người làm chứng"));
        assertThat(officer.getByTestId("status")).hasText("Chờ bổ sung");

        // the applicant brings the paper to the desk
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.clerk(RECEIVING_UNIT))
                .when().get(running.url("intake", "/api/v1/dossiers/" + id)).then().body("status",
                        equalTo("SUPPLEMENTATION_REQUESTED")));
        clerk.navigate(gateway.baseUrl() + "/#/ho-so/" + id);
        act(clerk, "Nhận giấy tờ bổ sung", () -> clerk.getByLabel("Giấy tờ người nộp bổ sung")
                .fill("Giấy chứng sinh (bản có chữ ký người làm chứng)"));

        // back with the officer, who decides
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.officer(PROCESSING_UNIT))
                .when().get(running.url("routing", "/api/v1/dossiers/" + id + "/assignment"))
                .then().body("status", equalTo("IN_PROGRESS")));
        officer.reload();
        act(officer, "Giải quyết / Từ chối", () -> officer.getByLabel("Số, ký hiệu kết quả").fill("Giấy khai sinh số 77/2026"));
        assertThat(officer.getByTestId("status")).hasText("Đã có kết quả");
        axe(officer, "dossier page");
        screenshot(officer, "05-ho-so");

        // the desk returns the result; the timeline shows each step
        clerk.reload();
        act(clerk, "Trả kết quả", null);
        assertThat(clerk.getByTestId("status")).hasText("Đã trả kết quả");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.clerk(RECEIVING_UNIT))
                .when().get(running.url("records", "/api/v1/dossiers/" + id + "/timeline"))
                .then().body("eventType", hasItem("org.motcua.routing.result-returned.v1")));
        clerk.reload();
        Locator timeline = clerk.getByTestId("timeline");
        assertThat(timeline).containsText("Tiếp nhận hồ sơ " + code);
        assertThat(timeline).containsText("Yêu cầu bổ sung hồ sơ: Giấy chứng sinh bản chính");
        assertThat(timeline).containsText("Trả kết quả cho người nộp");
        screenshot(clerk, "06-dien-bien");

        // the citizen, on a phone, without signing in
        Page citizen = page(360, 740);
        citizen.navigate(gateway.baseUrl() + "/#/tra-cuu/" + code);
        assertThat(citizen.getByTestId("public-status")).containsText("Đã trả kết quả");
        assertThat(citizen.getByTestId("public-status")).not().containsText("Phạm Văn Đức");
        axe(citizen, "public lookup");
        screenshot(citizen, "07-tra-cuu");
    }

    @Test
    void whenAServiceIsDownTheScreenSaysSoKeepsWhatWasTypedAndTriesAgain() {
        Page clerk = signedIn("clerk", RECEIVING_UNIT, 1280, 900);
        clerk.getByLabel("Tìm thủ tục").fill("1.001193");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Thủ tục đăng ký khai sinh")))
                .click();
        clerk.getByLabel("Họ và tên").fill("Lê Thị Cúc");
        clerk.getByLabel("Số định danh cá nhân").fill("051188002222");
        // intake cannot be reached: the clerk is told, and nothing typed is lost
        clerk.route("**/intake/api/v1/dossiers", route -> route.abort());
        submitButton(clerk).click();
        assertThat(clerk.getByRole(AriaRole.ALERT)).containsText("Không kết nối được dịch vụ");
        assertThat(clerk.getByLabel("Họ và tên")).hasValue("Lê Thị Cúc");
        clerk.unroute("**/intake/api/v1/dossiers");
        submitButton(clerk).click();
        Locator code = clerk.getByTestId("receipt").getByTestId("dossier-code");
        assertThat(code).hasText(Pattern.compile("21025-\\d{6}-\\d{4}"));
        assigned(dossierIdOf(code.textContent())); // the archive has it, and routing has placed it

        // the archive does not answer: the dossier's page shows the rest, says which part is missing, and retries
        clerk.route("**/records/api/v1/dossiers/*/timeline", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(503).setContentType("application/problem+json")
                .setBody("{\"title\":\"Dịch vụ tạm thời không phản hồi\",\"status\":503}")));
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem hồ sơ")).click();
        Locator timeline = clerk.locator("section[aria-labelledby=timeline-h]");
        assertThat(timeline.getByRole(AriaRole.ALERT)).containsText("Dịch vụ tạm thời không phản hồi");
        assertThat(clerk.getByTestId("status")).not().isEmpty();
        clerk.unroute("**/records/api/v1/dossiers/*/timeline");
        timeline.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thử lại")).click();
        assertThat(clerk.getByTestId("timeline")).containsText("Tiếp nhận hồ sơ");
    }

    @Test
    void theUnitApologisesWithANewDateAndTheApplicantThenWithdraws() {
        String id = submittedByApi("Phạm Văn Đức", CITIZEN_ID);
        Page officer = signedIn("officer", PROCESSING_UNIT, 1280, 900);
        officer.navigate(gateway.baseUrl() + "/#/ho-so/" + id);
        String newDate = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        act(officer, "Xin lỗi và hẹn lại (Mẫu 04)", () -> {
            officer.getByLabel("Ngày hẹn mới").fill(newDate);
            officer.getByLabel("Lý do chậm").fill("Cần xác minh thêm thông tin khai sinh tại nơi đăng ký thường trú cũ");
        });
        assertThat(officer.locator("dl.facts")).containsText("hẹn lại; trước:");
        // once only: the step is no longer offered
        assertThat(officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xin lỗi và hẹn lại (Mẫu 04)")))
                .hasCount(0);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.clerk(RECEIVING_UNIT))
                .when().get(running.url("intake", "/api/v1/dossiers/" + id)).then().body("apology.reason",
                        equalTo("Cần xác minh thêm thông tin khai sinh tại nơi đăng ký thường trú cũ")));
        // the applicant's mail carries the letter
        String code = given().auth().oauth2(TestTokens.clerk(RECEIVING_UNIT))
                .when().get(running.url("intake", "/api/v1/dossiers/" + id)).then().extract().path("code");
        MailServer.Mail apology = await().atMost(Duration.ofSeconds(60)).until(() -> running.mail().received().stream()
                .filter(m -> ("Thư xin lỗi – hồ sơ " + code).equals(m.subject())).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(apology.attachments()).extracting(MailServer.Attachment::fileName)
                .containsExactly("phieu-xin-loi-" + code + ".pdf");
        Page clerk = signedIn("clerk", RECEIVING_UNIT, 1280, 900);
        clerk.navigate(gateway.baseUrl() + "/#/ho-so/" + id);
        assertThat(clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In phiếu xin lỗi (Mẫu 04)")))
                .isVisible();
        act(clerk, "Rút hồ sơ (Mẫu 05)", () -> clerk.getByLabel("Lý do người nộp xin dừng giải quyết")
                .fill("Người nộp đã đăng ký khai sinh ở nơi khác"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.officer(PROCESSING_UNIT))
                .when().get(running.url("routing", "/api/v1/dossiers/" + id + "/assignment"))
                .then().body("status", equalTo("WITHDRAWN")));
        clerk.reload();
        assertThat(clerk.getByTestId("status")).hasText("Đã rút hồ sơ");
        assertThat(clerk.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Các bước có thể thực hiện")))
                .hasCount(0);
    }

    @Test
    void anOfficerTransfersAPooledDossierToAnotherCompetentCommuneWithAReason() {
        // a copy from the original register may be made at any commune: routing placed it where it is done soonest
        String id = submittedByApi("2.000908", "Nguyễn Thị Hồng Nhung", "051190001234");
        String unit = given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get(running.url("routing", "/api/v1/dossiers/" + id + "/assignment")).then().extract()
                .path("processingUnitCode");
        Page officer = signedIn("officer", unit, 1280, 900);
        officer.navigate(gateway.baseUrl() + "/#/ho-so/" + id);
        String[] target = new String[1];
        act(officer, "Chuyển đơn vị khác", () -> {
            Locator to = officer.getByLabel("Đơn vị nhận");
            target[0] = to.locator("option").first().getAttribute("value");
            to.selectOption(target[0]);
            officer.getByLabel("Lý do chuyển").fill("Cán bộ phụ trách chứng thực nghỉ phép cả tuần");
        });
        given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get(running.url("routing", "/api/v1/dossiers/" + id + "/assignment"))
                .then().body("processingUnitCode", equalTo(target[0])).body("transfers", equalTo(1));
        // the dossier is no longer this unit's: its steps are gone from the page
        assertThat(officer.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Các bước có thể thực hiện")))
                .hasCount(0);
    }

    @Test
    void anOfficerOfAnotherUnitOpeningTheDossiersAddressFindsNothing() {
        String id = submittedByApi("Lê Thị Cúc", "051188002222");
        Page stranger = signedIn("officer", "21157", 1280, 900);
        // routing's answer is held back until the archive has answered: its refusals alone must not flash on screen
        List<Route> routing = new ArrayList<>();
        stranger.route("**/routing/api/v1/dossiers/*/assignment", routing::add);
        stranger.waitForResponse("**/records/api/v1/dossiers/*/timeline", () -> stranger.waitForResponse(
                "**/records/api/v1/dossiers/" + id, () -> stranger.navigate(gateway.baseUrl() + "/#/ho-so/" + id)));
        assertThat(stranger.locator("main")).containsText("Đang tải");
        assertThat(stranger.getByRole(AriaRole.ALERT)).hasCount(0);
        routing.forEach(Route::resume);
        // another unit's dossier does not exist for him: the answer of an unknown address, not "forbidden"
        assertThat(stranger.getByRole(AriaRole.ALERT)).containsText("Không tìm thấy");
        assertThat(stranger.locator("main")).not().containsText("Lê Thị Cúc");
        assertThat(stranger.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận xử lý"))).hasCount(0);
    }

    @Test
    void theProvinceSeesEveryUnitAndAskesTheTwinWhatIf() {
        Page admin = signedIn("province-admin", null, 1440, 1000);
        admin.navigate(gateway.baseUrl() + "/#/dieu-phoi");
        assertThat(admin.getByTestId("unit-count")).hasText("96");
        assertThat(admin.getByTestId("unit-grid").locator("button")).hasCount(96);
        admin.getByTestId("unit-grid").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Xã An Phú:"))).click();
        assertThat(admin.getByTestId("unit-detail")).containsText("Xã An Phú");
        admin.getByLabel("Số ngày làm việc mô phỏng").fill("20");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mô phỏng")).click();
        Locator twin = admin.getByTestId("twin-result");
        assertThat(twin).containsText("Chính sách phân công", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(120_000));
        assertThat(twin).containsText("Cận dưới (Erlang C)");
        axe(admin, "congestion dashboard");
        screenshot(admin, "08-dieu-phoi");

        Page auditor = signedIn("auditor", null, 1280, 900);
        auditor.navigate(gateway.baseUrl() + "/#/luu-tru");
        auditor.getByLabel("Từ khóa").fill("khai sinh");
        auditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
        assertThat(auditor.getByTestId("found")).containsText("kết quả");
        axe(auditor, "archive search");
        screenshot(auditor, "09-luu-tru");
    }

    @Test
    void theProvinceAdminExportsAllThePlatformHoldsAboutOnePersonAsOneFile() throws IOException {
        String id = submittedByApi("Lê Thị Cúc", "051188002222");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get(running.url("notification", "/api/v1/notifications?dossierId=" + id))
                .then().statusCode(200).body("items.status", hasItem("SENT")));
        Page admin = signedIn("province-admin", null, 1280, 900);
        admin.navigate(gateway.baseUrl() + "/#/du-lieu-ca-nhan");
        admin.getByLabel("Số định danh cá nhân").fill("051188002222");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trích xuất")).click();
        Locator export = admin.getByTestId("subject-export");
        assertThat(export).containsText("Số định danh *********222");
        assertThat(export).containsText("Dịch vụ này không lưu dữ liệu cá nhân của người nộp"); // routing
        assertThat(export.locator("tbody tr")).hasCount(4);
        axe(admin, "subject export");
        screenshot(admin, "10-du-lieu-ca-nhan");

        Download download = admin.waitForDownload(() -> admin.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải xuống tệp JSON")).click());
        assertThat(download.suggestedFilename()).isEqualTo("du-lieu-ca-nhan-222.json");
        String file = Files.readString(download.path(), StandardCharsets.UTF_8);
        io.restassured.path.json.JsonPath json = io.restassured.path.json.JsonPath.from(file);
        assertThat(json.getList("services.service", String.class))
                .containsExactly("intake-service", "routing-service", "records-service", "notification-service");
        assertThat(json.getList("services[0].holdings.dossiers.id", String.class)).contains(id);
        assertThat(json.getString("services[0].holdings.dossiers.find { it.id == '" + id + "' }.applicant.fullName"))
                .isEqualTo("Lê Thị Cúc");
        assertThat(json.getString("citizenIdMasked")).isEqualTo("*********222"); // the ID itself only masked
        assertThat(json.getString("services[3].holdings.messages.find { it.dossierId == '" + id + "' }.address"))
                .isEqualTo("nguoi-nop-051188002222@example.vn"); // the person's own address, in full
    }

    @Test
    void theSignInScreenOffersRealUnitsAndRoles() {
        Page page = page(1280, 900);
        page.navigate(gateway.baseUrl() + "/");
        assertThat(page.getByLabel("Đơn vị").locator("option")).hasCount(96);
        assertThat(page.getByLabel("Đơn vị")).containsText("Phường Cẩm Thành (21025)");
        axe(page, "sign-in");
        screenshot(page, "01-dang-nhap");
        // by keyboard alone: the focus goes role → unit → the button, Enter signs in
        page.getByLabel("Vai trò").selectOption("leader");
        page.getByLabel("Vai trò").focus();
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Đơn vị")).isFocused();
        page.getByLabel("Đơn vị").selectOption(PROCESSING_UNIT);
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("who")).containsText("Lê Minh Tuấn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();

        // a desk computer is shared: what one clerk typed is gone once they sign out
        signIn(page, "clerk", RECEIVING_UNIT);
        page.getByLabel("Tìm thủ tục").fill("1.001193");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Thủ tục đăng ký khai sinh")))
                .click();
        page.getByLabel("Họ và tên").fill("Nguyễn Thị Hồng Nhung");
        page.reload();
        assertThat(page.getByLabel("Họ và tên")).hasValue("Nguyễn Thị Hồng Nhung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        signIn(page, "clerk", RECEIVING_UNIT);
        assertThat(page.getByLabel("Tìm thủ tục")).isVisible();
        assertThat(page.getByLabel("Họ và tên")).hasCount(0);
    }

    @Test
    void inProductionTheClerkSignsInWithTheProvincesProviderByCodeAndPkce() throws Exception {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        try (OidcProviderSimulator provider = OidcProviderSimulator.start(TestTokens.keys(), "Trần Văn Hùng", "officer",
                PROCESSING_UNIT);
                ServiceProcess frontend = ServiceProcess.start(new ServiceSpec("clerk-ui-oidc", "clerk-ui", null,
                        org.motcua.testsupport.EmbeddedInfrastructure.freePort()), root,
                        Map.of("MOTCUA_UI_SIGN_IN", "oidc", "MOTCUA_OIDC_ISSUER", provider.issuer()),
                        root.resolve("deploy/local/target/e2e-logs/clerk-ui-oidc.log"))) {
            frontend.awaitReady(Duration.ofSeconds(60));
            try (Gateway production = running.platform().startGateway(0, TestTokens.keys(),
                    java.net.URI.create(frontend.baseUrl()))) {
                Page page = page(1280, 900);
                page.navigate(production.baseUrl() + "/#/hang-doi");
                assertThat(page.getByLabel("Vai trò")).hasCount(0); // no demo users in production
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập bằng tài khoản của tỉnh"))
                        .click();
                // to the provider and back with a code, exchanged with the verifier: the officer is signed in
                assertThat(page.getByTestId("who")).containsText("Trần Văn Hùng");
                assertThat(page.getByTestId("who")).containsText("Xã An Phú");
                assertThat(page.getByTestId("queue")).isVisible();
                assertThat(page).hasURL(production.baseUrl() + "/#/hang-doi");
                assertThat(provider.refused()).isZero();
            }
        }
    }

    /** Opens a step's form, fills it, submits and confirms. */
    private static void act(Page page, String action, Runnable fill) {
        try {
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Các bước có thể thực hiện"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action)).click();
            Locator form = page.getByTestId("action-form");
            if (fill != null) {
                fill.run();
            }
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action)).click();
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xác nhận")).click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã thực hiện")))
                    .containsText(action);
        } catch (AssertionError | com.microsoft.playwright.PlaywrightException e) {
            screenshot(page, "failed-" + action.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(action + " did not complete; the page says: " + page.locator("main").innerText(), e);
        }
    }

    private static Locator submitButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ").setExact(true));
    }

    private Page page(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        return context.newPage();
    }

    private Page signedIn(String role, String unit, int width, int height) {
        Page page = page(width, height);
        page.navigate(gateway.baseUrl() + "/");
        signIn(page, role, unit);
        return page;
    }

    private static void signIn(Page page, String role, String unit) {
        page.getByLabel("Vai trò").selectOption(role);
        if (unit != null) {
            page.getByLabel("Đơn vị").selectOption(unit);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByTestId("who")).isVisible();
    }

    /** axe-core finds no serious or critical violation of WCAG 2.1 A/AA on the screen. */
    private static void axe(Page page, String screen) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(bad).as(() -> screen + ": " + bad.stream().map(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))).collect(Collectors.joining("; ")))
                .isEmpty();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String dossierIdOf(String code) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.of("auditor", null))
                .queryParam("q", code).when().get(running.url("records", "/api/v1/dossiers"))
                .then().statusCode(200).extract().jsonPath().getString("items[0].id"), java.util.Objects::nonNull);
    }

    private static String submittedByApi(String name, String citizenId) {
        return submittedByApi("1.001193", name, citizenId);
    }

    private static String submittedByApi(String procedure, String name, String citizenId) {
        String clerk = TestTokens.clerk(RECEIVING_UNIT);
        List<String> papers = given().auth().oauth2(clerk).when().get(running.url("intake", "/api/v1/procedures/" + procedure))
                .then().statusCode(200).extract().jsonPath()
                .getList("requiredDocuments.findAll { it.applicantProvides && !it.conditional }.name", String.class);
        String id = given().auth().oauth2(clerk).contentType("application/json")
                .body(Map.of("procedureCode", procedure, "receivingUnitCode", RECEIVING_UNIT,
                        "applicant", Map.of("fullName", name, "citizenId", citizenId,
                                "email", "nguoi-nop-" + citizenId + "@example.vn"),
                        "documents", papers.stream().map(paper -> Map.of("name", paper)).toList()))
                .when().post(running.url("intake", "/api/v1/dossiers")).then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
        assigned(id);
        return id;
    }

    /** Waits until routing has placed the dossier (the dossier's page shows where it is processed). */
    private static void assigned(String id) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.provinceAdmin())
                .when().get(running.url("routing", "/api/v1/dossiers/" + id + "/assignment")).then().statusCode(200));
    }

    /** A small scan: a white page with a black bar, as PNG. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(20, 20, 160, 12);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
