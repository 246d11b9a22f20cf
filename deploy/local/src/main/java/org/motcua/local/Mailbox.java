package org.motcua.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.motcua.testsupport.gateway.GatewaySimulator;
import org.motcua.testsupport.gateway.MailServer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What the citizens of the local stack received, in a browser: the mails of the SMTP server, the SMS of the gateway
 * simulator and the Zalo messages ({@code GET /}, or {@code GET /api/messages} as JSON). {@code POST /smtp/stop} and
 * {@code POST /smtp/start} take the mail server down and bring it back, to see held mail delivered once.
 */
final class Mailbox implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final HttpServer server;
    private final MailServer mail;
    private final GatewaySimulator sms;
    private final GatewaySimulator zalo;
    private final ObjectMapper json = new ObjectMapper();

    private Mailbox(int port, MailServer mail, GatewaySimulator sms, GatewaySimulator zalo) throws IOException {
        this.mail = mail;
        this.sms = sms;
        this.zalo = zalo;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    static Mailbox start(int port, MailServer mail, GatewaySimulator sms, GatewaySimulator zalo) {
        try {
            return new Mailbox(port, mail, sms, zalo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ("POST".equals(method) && path.equals("/smtp/stop")) {
                mail.stop();
                LocalStack.say("Máy chủ thư (SMTP :" + mail.port() + ") đã dừng");
                answer(exchange, 200, "text/plain", "SMTP stopped\n");
            } else if ("POST".equals(method) && path.equals("/smtp/start")) {
                mail.startAgain();
                LocalStack.say("Máy chủ thư (SMTP :" + mail.port() + ") chạy lại");
                answer(exchange, 200, "text/plain", "SMTP started\n");
            } else if ("GET".equals(method) && path.equals("/api/messages")) {
                List<Map<String, Object>> mails = mail.received().stream().map(m -> Map.<String, Object>of("to",
                        String.valueOf(m.to()), "subject", String.valueOf(m.subject()), "text", m.text(),
                        "attachments", m.attachments().stream().map(MailServer.Attachment::fileName).toList(),
                        "receivedAt", m.receivedAt().toString())).toList();
                answer(exchange, 200, "application/json", json.writeValueAsString(Map.of("smtpRunning", mail.running(),
                        "mails", mails, "sms", sms.accepted(), "zalo", zalo.accepted())));
            } else if ("GET".equals(method) && path.equals("/")) {
                answer(exchange, 200, "text/html", page());
            } else {
                answer(exchange, 404, "text/plain", "not found\n");
            }
        }
    }

    private String page() {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hộp thư thử nghiệm</title>
                <style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;padding:.5em 1em;margin:.5em 0}
                pre{white-space:pre-wrap}</style></head><body><h1>Hộp thư thử nghiệm của motcua</h1>""");
        html.append("<p>Máy chủ thư SMTP :").append(mail.port()).append(mail.running() ? " đang chạy" : " <b>đang dừng</b>")
                .append("</p><h2>Thư điện tử</h2>");
        List<MailServer.Mail> mails = new ArrayList<>(mail.received());
        mails.sort(Comparator.comparing(MailServer.Mail::receivedAt).reversed());
        for (MailServer.Mail m : mails) {
            html.append("<article><b>").append(escape(m.subject())).append("</b><br>Đến: ").append(escape(m.to()))
                    .append(" — ").append(TIME.format(m.receivedAt())).append("<pre>").append(escape(m.text()))
                    .append("</pre>");
            m.attachments().forEach(file -> html.append("<p>Đính kèm: ").append(escape(file.fileName())).append("</p>"));
            html.append("</article>");
        }
        html.append("<h2>Tin nhắn SMS</h2>");
        newestFirst(sms.accepted()).forEach(s -> html.append("<article>").append(escape(s.phone())).append("<pre>")
                .append(escape(s.text())).append("</pre></article>"));
        html.append("<h2>Tin nhắn Zalo</h2>");
        newestFirst(zalo.accepted()).forEach(s -> html.append("<article>").append(escape(s.phone())).append("<pre>")
                .append(escape(s.text())).append("</pre></article>"));
        return html.append("</body></html>").toString();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
