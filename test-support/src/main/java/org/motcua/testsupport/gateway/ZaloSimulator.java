package org.motcua.testsupport.gateway;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Zalo Notification Service (ZNS) of a Zalo Official Account: {@code POST /message/template} with the header
 * {@code access_token} and {@code {"phone":"84…","template_id":…,"template_data":{…},"tracking_id":…}}, answered
 * {@code {"error":0,"message":"Success","data":{"msg_id":…}}} or an error code: {@code -124} access token not valid,
 * {@code -108} phone number not valid, {@code -118} no Zalo account for the number, {@code -109} template not
 * found, {@code -32} too many requests. A tracking id already accepted is answered with the first message's id.
 */
public final class ZaloSimulator extends GatewaySimulator {

    public static final String PATH = "/message/template";
    public static final String ACCESS_TOKEN = "motcua-zalo-oa-token";
    public static final String TEMPLATE_ID = "250001";

    private ZaloSimulator(int port) {
        super(port, PATH);
    }

    /** Starts on the given port (0: a free one). */
    public static ZaloSimulator start(int port) {
        return new ZaloSimulator(port);
    }

    @Override
    protected Answer answer(HttpExchange exchange, JsonNode request) {
        if (!ACCESS_TOKEN.equals(exchange.getRequestHeaders().getFirst("access_token"))) {
            return error(-124, "Access token is invalid");
        }
        if (!TEMPLATE_ID.equals(text(request, "template_id"))) {
            return error(-109, "Template is not found");
        }
        String phone = text(request, "phone");
        if (phone == null || !phone.matches("84[0-9]{9}")) {
            return error(-108, "Phone number is invalid");
        }
        if (isUnreachable(phone)) {
            return error(-118, "Zalo account is not existed");
        }
        if (isBusy(phone)) {
            return error(-32, "Exceeded rate limit");
        }
        JsonNode data = request.get("template_data");
        String content = data == null ? null : text(data, "noi_dung");
        String trackingId = text(request, "tracking_id");
        if (content == null || trackingId == null) {
            return error(-100, "Missing template_data.noi_dung or tracking_id");
        }
        Accepted message = accept(trackingId, phone, content);
        return new Answer(200, Map.of("error", 0, "message", "Success",
                "data", Map.of("msg_id", message.providerId(), "sent_time", String.valueOf(System.currentTimeMillis()))));
    }

    private static Answer error(int code, String message) {
        return new Answer(200, Map.of("error", code, "message", message));
    }
}
