package org.motcua.notification;

import java.util.Map;

import org.motcua.testsupport.gateway.MailServer;
import org.motcua.testsupport.gateway.SmsGatewaySimulator;
import org.motcua.testsupport.gateway.ZaloSimulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server and the simulators of the SMS gateway and of Zalo, for every test of notification. */
public class ChannelSimulators implements QuarkusTestResourceLifecycleManager {

    private static MailServer mail;
    private static SmsGatewaySimulator sms;
    private static ZaloSimulator zalo;

    @Override
    public Map<String, String> start() {
        mail = MailServer.start(0);
        sms = SmsGatewaySimulator.start(0);
        zalo = ZaloSimulator.start(0);
        return Map.of("quarkus.mailer.host", mail.host(), "quarkus.mailer.port", String.valueOf(mail.port()),
                "quarkus.mailer.start-tls", "DISABLED", "motcua.sms.url", sms.baseUrl(), "motcua.zalo.url", zalo.baseUrl(),
                "motcua.zalo.token.url", zalo.baseUrl() + ZaloSimulator.TOKEN_PATH);
    }

    @Override
    public void stop() {
        mail.close();
        sms.close();
        zalo.close();
    }

    static MailServer mail() {
        return mail;
    }

    static SmsGatewaySimulator sms() {
        return sms;
    }

    static ZaloSimulator zalo() {
        return zalo;
    }
}
