package org.motcua.testsupport.gateway;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * A brandname-SMS gateway as Vietnamese providers offer it (JSON over HTTP, answers by {@code CodeResult}):
 * {@code POST /MainService.svc/json/SendMultipleMessage_V4_post_json/} with {@code ApiKey}, {@code SecretKey},
 * {@code Phone}, {@code Content}, {@code Brandname}, {@code SmsType}, {@code IsUnicode}, {@code RequestId}.
 * Codes: {@code 100} accepted (with {@code SMSID}), {@code 101} wrong keys, {@code 104} brandname not registered,
 * {@code 118} phone number not valid or not reachable, {@code 124} request id already accepted (the message is not
 * sent again), {@code 99} an error of the moment (try later).
 */
public final class SmsGatewaySimulator extends GatewaySimulator {

    public static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";
    public static final String API_KEY = "motcua-sms-key";
    public static final String SECRET_KEY = "motcua-sms-secret";
    public static final String BRANDNAME = "QUANGNGAI";

    private SmsGatewaySimulator(int port) {
        super(port, PATH);
    }

    /** Starts on the given port (0: a free one). */
    public static SmsGatewaySimulator start(int port) {
        return new SmsGatewaySimulator(port);
    }

    @Override
    protected Answer answer(HttpExchange exchange, JsonNode request) {
        if (!API_KEY.equals(text(request, "ApiKey")) || !SECRET_KEY.equals(text(request, "SecretKey"))) {
            return code("101", "Authorize Failed");
        }
        if (!BRANDNAME.equals(text(request, "Brandname"))) {
            return code("104", "Brandname chưa được đăng ký");
        }
        String phone = text(request, "Phone");
        String content = text(request, "Content");
        String requestId = text(request, "RequestId");
        if (phone == null || !phone.matches("0[0-9]{9}") || isUnreachable(phone)) {
            return code("118", "Số điện thoại không hợp lệ");
        }
        if (isBusy(phone)) {
            return code("99", "Lỗi không xác định, thử lại sau");
        }
        if (content == null || content.isBlank() || requestId == null) {
            return code("99", "Thiếu nội dung hoặc RequestId");
        }
        if (seen(requestId)) {
            return new Answer(200, Map.of("CodeResult", "124", "ErrorMessage", "RequestId đã được tiếp nhận",
                    "SMSID", accept(requestId, phone, content).providerId()));
        }
        return new Answer(200, Map.of("CodeResult", "100", "SMSID", accept(requestId, phone, content).providerId()));
    }

    private static Answer code(String code, String message) {
        return new Answer(200, Map.of("CodeResult", code, "ErrorMessage", message));
    }
}
