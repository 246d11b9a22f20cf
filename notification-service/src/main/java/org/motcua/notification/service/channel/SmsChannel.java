package org.motcua.notification.service.channel;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.config.SmsConfig;

/**
 * SMS through a brandname-SMS gateway's JSON API ({@code CodeResult} answers, as Vietnamese providers offer it):
 * Unicode text so the Vietnamese keeps its diacritics, the notification's id as {@code RequestId} (the gateway
 * sends a request id once). Codes: 100 accepted, 124 already accepted (sent), 118 number not reachable (refused),
 * 101/103/104 the province's account (keys, balance, brandname: the channel is down until someone fixes it).
 */
@ApplicationScoped
public class SmsChannel implements DeliveryChannel {

    static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    private final GatewayClient gateway;
    private final String url;
    private final String apiKey;
    private final String secretKey;
    private final String brandname;

    SmsChannel(GatewayClient gateway, SmsConfig config) {
        this.gateway = gateway;
        this.url = config.url().replaceAll("/+$", "") + PATH;
        this.apiKey = config.apiKey();
        this.secretKey = config.secretKey();
        this.brandname = config.brandname();
    }

    /** The gateway sends a request id once (124 when it comes again). */
    @Override
    public boolean deliversOnce() {
        return true;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        String phone = PhoneNumbers.national(message.address());
        if (phone == null) {
            return DeliveryOutcome.refused("Số điện thoại không hợp lệ");
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("ApiKey", apiKey);
        request.put("SecretKey", secretKey);
        request.put("Phone", phone);
        request.put("Content", message.text());
        request.put("Brandname", brandname);
        request.put("SmsType", "2");
        request.put("IsUnicode", "1");
        request.put("RequestId", message.notificationId().toString());
        GatewayClient.Response response;
        try {
            response = gateway.post(url, Map.of(), request);
        } catch (IOException e) {
            return DeliveryOutcome.channelDown("Không kết nối được cổng SMS: " + e.getClass().getSimpleName());
        }
        if (response.status() >= 500 || response.status() == 429) {
            return DeliveryOutcome.channelDown("Cổng SMS trả về HTTP " + response.status());
        }
        String code = response.body().path("CodeResult").asText("");
        String detail = "CodeResult " + code + " " + response.body().path("ErrorMessage").asText("");
        return switch (code) {
            case "100", "124" -> DeliveryOutcome.sent(response.body().path("SMSID").asText(null));
            case "118" -> DeliveryOutcome.refused(detail.strip());
            case "99" -> DeliveryOutcome.retry(detail.strip());
            default -> DeliveryOutcome.channelDown(response.status() == 200 ? detail.strip()
                    : "Cổng SMS trả về HTTP " + response.status());
        };
    }
}
