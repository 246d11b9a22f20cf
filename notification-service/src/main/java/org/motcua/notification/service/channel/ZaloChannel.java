package org.motcua.notification.service.channel;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.config.ZaloConfig;

/**
 * Zalo messages through the Zalo Notification Service (ZNS) of the province's Official Account:
 * {@code POST /message/template} with the OA's access token (renewed by {@link ZaloTokens}) and a template approved
 * by Zalo whose parameters are {@code ten_nguoi_nhan}, {@code ma_ho_so} and {@code noi_dung} (the text of our ZALO
 * template); the notification's id is the {@code tracking_id}. Errors: -108/-118 (number not valid, no Zalo account) refuse for good; -32 (too
 * many requests) tries later; -124 (token not valid) renews the token and tries once more with it; what remains
 * means the channel is down until someone fixes it.
 */
@ApplicationScoped
public class ZaloChannel implements DeliveryChannel {

    private static final int TOKEN_NOT_VALID = -124;

    private final GatewayClient gateway;
    private final ZaloTokens tokens;
    private final String url;
    private final String templateId;

    ZaloChannel(GatewayClient gateway, ZaloTokens tokens, ZaloConfig config) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.url = config.url().replaceAll("/+$", "") + "/message/template";
        this.templateId = config.templateId();
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        String phone = PhoneNumbers.international(message.address());
        if (phone == null) {
            return DeliveryOutcome.refused("Số điện thoại không hợp lệ");
        }
        Map<String, Object> request = Map.of("phone", phone, "template_id", templateId,
                "template_data", Map.of("ten_nguoi_nhan", nullToEmpty(message.recipientName()),
                        "ma_ho_so", nullToEmpty(message.dossierCode()), "noi_dung", message.text()),
                "tracking_id", message.notificationId().toString());
        GatewayClient.Response response;
        try {
            String token = tokens.accessToken();
            response = gateway.post(url, Map.of("access_token", token), request);
            if (response.status() == 200 && response.body().path("error").asInt() == TOKEN_NOT_VALID) {
                String renewed = tokens.rejected(token);
                if (!renewed.equals(token)) {
                    response = gateway.post(url, Map.of("access_token", renewed), request);
                }
            }
        } catch (IOException e) {
            return DeliveryOutcome.channelDown("Không kết nối được Zalo: " + e.getClass().getSimpleName());
        }
        if (response.status() != 200) {
            return DeliveryOutcome.channelDown("Zalo trả về HTTP " + response.status());
        }
        int error = response.body().path("error").asInt(Integer.MIN_VALUE);
        String detail = "Zalo " + error + " " + response.body().path("message").asText("");
        return switch (error) {
            case 0 -> DeliveryOutcome.sent(response.body().path("data").path("msg_id").asText(null));
            case -108, -118 -> DeliveryOutcome.refused(detail.strip());
            case -32 -> DeliveryOutcome.retry(detail.strip());
            default -> DeliveryOutcome.channelDown(detail.strip());
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
