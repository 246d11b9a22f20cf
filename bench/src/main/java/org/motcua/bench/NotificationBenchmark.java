package org.motcua.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.motcua.local.Platform;
import org.motcua.local.ServiceSpec;
import org.motcua.testsupport.EmbeddedInfrastructure;
import org.motcua.testsupport.GoldenEvents;
import org.motcua.testsupport.PlatformInfrastructure;
import org.motcua.testsupport.TestInfrastructure;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.gateway.MailServer;
import org.motcua.testsupport.gateway.SmsGatewaySimulator;
import org.motcua.testsupport.gateway.ZaloSimulator;

/**
 * Notifications at load: notification-service alone (its packaged jar) on embedded Kafka and PostgreSQL, with a real
 * SMTP server (GreenMail) and the SMS gateway simulator. Each applicant has an email and a phone: every
 * {@code DossierSubmitted} makes two notifications, rendered from the templates and handed to their channel.
 * <ol>
 * <li>Throughput: after a warm-up (10,000 events, not measured), N events sent to Kafka at once; notifications per
 * second from the first event until every notification is sent (target, issue 6: ≥ 1,000/s).</li>
 * <li>Outage: the SMTP server is stopped for the outage while events keep coming at a steady rate (SMS keeps
 * going), then started again; the backlog drains. Checked: every email notification sent, none failed, and the
 * mailbox holds exactly one mail per notification (by Message-ID: nothing lost, nothing twice).</li>
 * </ol>
 * Usage: {@code bench/run-notifications.sh [--events N] [--warmup N] [--outage-seconds S] [--outage-rate R]}.
 */
@SuppressWarnings("java:S106") // a benchmark prints its figures
public final class NotificationBenchmark {

    private static final String SUBMITTED = "org.motcua.intake.dossier-submitted.v1";
    private static final int MAILBOXES = 500;

    private NotificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int events = 20_000;
        int warmup = 10_000;
        int outageSeconds = 600;
        int outageRate = 20;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--outage-seconds" -> outageSeconds = Integer.parseInt(args[++i]);
                case "--outage-rate" -> outageRate = Integer.parseInt(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PlatformInfrastructure infra = TestInfrastructure.shared();
        try (MailServer mail = MailServer.start(0); SmsGatewaySimulator sms = SmsGatewaySimulator.start(0);
                ZaloSimulator zalo = ZaloSimulator.start(0);
                Platform platform = startNotification(root, infra, mail, sms, zalo);
                KafkaProducer<String, String> producer = producer(infra);
                Connection db = DriverManager.getConnection(infra.jdbcUrl("notification"), infra.databaseUser(),
                        infra.databasePassword())) {
            String template = GoldenEvents.example(SUBMITTED, Map.of("dossierId", "00000000-0000-0000-0000-000000000000",
                    "applicant", Map.of("fullName", "Nguyễn Thị Hồng Nhung", "email", "EMAIL", "phone", "PHONE")));

            // a fresh service's JIT compilers take most of a core for a while: warm it up first, unmeasured
            System.out.printf("== warm-up: %,d events%n", warmup);
            for (int i = 0; i < warmup; i++) {
                send(producer, template, i);
            }
            producer.flush();
            awaitSent(db, 2L * warmup, 600);
            mail.clear();

            System.out.printf("== throughput: %,d events → %,d notifications (EMAIL + SMS)%n", events, 2 * events);
            long start = System.nanoTime();
            for (int i = warmup; i < warmup + events; i++) {
                send(producer, template, i);
            }
            producer.flush();
            double produced = (System.nanoTime() - start) / 1e9;
            long target = 2L * (warmup + events);
            long sent = awaitSent(db, target, 600);
            double seconds = (System.nanoTime() - start) / 1e9;
            long measured = sent - 2L * warmup;
            System.out.printf("events in Kafka after %.1f s; %,d notifications sent in %.1f s: %,.0f notifications/s%n",
                    produced, measured, seconds, measured / seconds);
            System.out.printf("mailbox %,d mails, SMS gateway %,d messages%n", mail.received().size(), sms.accepted().size());

            outage(db, producer, template, mail, warmup + events, outageSeconds, outageRate);
        }
        System.exit(0);
    }

    private static void outage(Connection db, KafkaProducer<String, String> producer, String template, MailServer mail,
            int offset, int outageSeconds, int rate) throws Exception {
        mail.clear();
        long before = count(db, "SELECT count(*) FROM notification WHERE status = 'SENT'");
        System.out.printf("%n== outage: SMTP stopped for %d s while %d events/s arrive%n", outageSeconds, rate);
        mail.stop();
        long start = System.nanoTime();
        int sentEvents = 0;
        while ((System.nanoTime() - start) / 1e9 < outageSeconds) {
            long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
            while (sentEvents < due) {
                send(producer, template, offset + sentEvents++);
            }
            producer.flush();
            Thread.sleep(50);
        }
        long queued = count(db, "SELECT count(*) FROM notification WHERE status = 'QUEUED' AND channel = 'EMAIL'");
        long smsSent = count(db, "SELECT count(*) FROM notification WHERE status = 'SENT' AND channel = 'SMS'") ;
        long downTries = count(db, "SELECT count(*) FROM delivery_attempt WHERE outcome = 'CHANNEL_DOWN'");
        System.out.printf("during the outage: %,d events, %,d emails waiting, SMS kept going (%,d sent in all), "
                + "%,d tries met the server down%n", sentEvents, queued, smsSent, downTries);
        long back = System.nanoTime();
        mail.startAgain();
        long target = before + 2L * sentEvents;
        awaitSent(db, target, 1800);
        System.out.printf("SMTP back: the backlog drained in %.1f s%n", (System.nanoTime() - back) / 1e9);
        List<MailServer.Mail> received = mail.received();
        Set<String> ids = new HashSet<>();
        received.forEach(m -> ids.add(m.messageId()));
        long failed = count(db, "SELECT count(*) FROM notification WHERE status = 'FAILED'");
        long emailsOfOutage = sentEvents;
        System.out.printf("mails received %,d, distinct %,d (expected %,d); failed notifications %,d → %s%n",
                received.size(), ids.size(), emailsOfOutage, failed,
                received.size() == emailsOfOutage && ids.size() == emailsOfOutage && failed == 0
                        ? "nothing lost, nothing twice" : "MISMATCH");
    }

    private static Platform startNotification(Path root, PlatformInfrastructure infra, MailServer mail,
            SmsGatewaySimulator sms, ZaloSimulator zalo) throws java.io.IOException {
        ServiceSpec notification = ServiceSpec.ALL.stream().filter(s -> s.name().equals("notification")).findFirst()
                .orElseThrow().withPort(EmbeddedInfrastructure.freePort());
        return Platform.start(root, infra, List.of(notification), TestTokens.keys().publicKeyFile(), "http://127.0.0.1:9",
                Map.of("MOTCUA_SMTP_HOST", mail.host(), "MOTCUA_SMTP_PORT", String.valueOf(mail.port()),
                        "MOTCUA_SMTP_STARTTLS", "DISABLED", "MOTCUA_SMS_URL", sms.baseUrl(), "MOTCUA_ZALO_URL",
                        zalo.baseUrl(), "MOTCUA_ZALO_TOKEN_URL", zalo.baseUrl() + ZaloSimulator.TOKEN_PATH,
                        // the benchmark runs at any hour: no quiet hours
                        "MOTCUA_DELIVERY_QUIET_HOURS_START", "00:00", "MOTCUA_DELIVERY_QUIET_HOURS_END", "00:00"),
                Files.createDirectories(root.resolve("bench/target/logs")));
    }

    private static KafkaProducer<String, String> producer(PlatformInfrastructure infra) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props);
    }

    private static void send(KafkaProducer<String, String> producer, String template, int i) {
        String dossierId = UUID.randomUUID().toString();
        String data = template.replace("00000000-0000-0000-0000-000000000000", dossierId)
                // 500 mailboxes: GreenMail looks a new mailbox up among all the others (quadratic in distinct addresses)
                .replace("\"EMAIL\"", "\"nd" + (i % MAILBOXES) + "@example.vn\"")
                .replace("\"PHONE\"", "\"09" + String.format("%08d", i) + "\"");
        ProducerRecord<String, String> record = new ProducerRecord<>("intake.dossier.events", dossierId, data);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/motcua/intake",
                "ce_type", SUBMITTED, "ce_subject", dossierId, "ce_time", java.time.Instant.now().toString(),
                "content-type", "application/json")
                .forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private static long awaitSent(Connection db, long target, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long sent = 0;
        while (System.nanoTime() < deadline) {
            sent = count(db, "SELECT count(*) FROM notification WHERE status = 'SENT'");
            if (sent >= target) {
                return sent;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("only " + sent + " of " + target + " notifications sent in " + timeoutSeconds + " s");
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
