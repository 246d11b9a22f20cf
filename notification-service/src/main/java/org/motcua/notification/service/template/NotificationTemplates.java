package org.motcua.notification.service.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.motcua.notification.service.channel.Channel;
import org.motcua.platformkit.transaction.AfterCompletion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

/**
 * The messages' templates (Qute), one per kind and channel: the defaults in {@code notification-templates/}
 * (Vietnamese), or the text a province administrator saved. A template naming a variable its kind does not have
 * is refused when saved, so rendering never meets one.
 */
@ApplicationScoped
public class NotificationTemplates {

    /** A template as it stands: its text and whether it is the default. */
    public record Current(TemplateKind kind, Channel channel, String body, boolean custom, String updatedBy) {
    }

    private final Engine engine;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();
    private final Map<String, String> defaults = new ConcurrentHashMap<>();
    private volatile Saved saved;

    /** The saved texts as read at a moment. */
    private record Saved(Map<String, String> texts, long readAt) {
    }

    static final int SAVED_TEXTS_FOR_SECONDS = 5;

    private final TransactionSynchronizationRegistry transactions;

    NotificationTemplates(Engine engine, EntityManager entityManager, Clock clock,
            TransactionSynchronizationRegistry transactions) {
        this.engine = engine;
        this.entityManager = entityManager;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * The message of this kind for this channel, with these values (a missing value renders as nothing). The saved
     * texts are read at most every {@value #SAVED_TEXTS_FOR_SECONDS} seconds (another instance's save shows within
     * that time; this instance's at once), and each text in use is parsed once (it was checked when saved).
     */
    public String render(TemplateKind kind, Channel channel, Map<String, String> values) {
        String body = savedTexts().get(kind.name() + "." + channel.name());
        if (body == null) {
            body = defaultText(kind, channel);
        }
        return render(parsed.computeIfAbsent(body, text -> check(text, kind)), kind, values);
    }

    /** The texts province administrators saved, by {@code KIND.CHANNEL}, fresh within a few seconds. */
    private Map<String, String> savedTexts() {
        Saved current = saved;
        if (current == null || clock.millis() - current.readAt() > SAVED_TEXTS_FOR_SECONDS * 1000L) {
            Map<String, String> texts = new java.util.HashMap<>();
            QuarkusTransaction.joiningExisting().run(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = entityManager.createNativeQuery("SELECT kind, channel, body FROM notification_template")
                        .getResultList();
                rows.forEach(row -> texts.put(row[0] + "." + row[1], (String) row[2]));
            });
            current = new Saved(Map.copyOf(texts), clock.millis());
            saved = current;
        }
        return current.texts();
    }

    /** Renders a proposed text (a preview) with these values, after the same checks as saving; nothing is kept. */
    public String preview(String body, TemplateKind kind, Map<String, String> values) {
        return render(check(body, kind), kind, values);
    }

    private static String render(Template template, TemplateKind kind, Map<String, String> values) {
        Map<String, Object> data = new java.util.HashMap<>();
        kind.variables().forEach(v -> data.put(v, java.util.Objects.requireNonNullElse(values.get(v), "")));
        return template.data(data).render().strip();
    }

    @Transactional
    public Current current(TemplateKind kind, Channel channel) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT body, updated_by FROM notification_template WHERE kind = :kind AND channel = :channel")
                .setParameter("kind", kind.name()).setParameter("channel", channel.name()).getResultList();
        return rows.isEmpty() ? new Current(kind, channel, defaultText(kind, channel), false, null)
                : new Current(kind, channel, (String) rows.get(0)[0], true, (String) rows.get(0)[1]);
    }

    /** Every template as it stands, read in one query. */
    @Transactional
    public List<Current> all() {
        Map<String, Object[]> saved = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT kind, channel, body, updated_by FROM notification_template").getResultList();
        rows.forEach(row -> saved.put(row[0] + "." + row[1], row));
        List<Current> all = new ArrayList<>();
        for (TemplateKind kind : TemplateKind.values()) {
            for (Channel channel : Channel.values()) {
                Object[] row = saved.get(kind.name() + "." + channel.name());
                all.add(row == null ? new Current(kind, channel, defaultText(kind, channel), false, null)
                        : new Current(kind, channel, (String) row[2], true, (String) row[3]));
            }
        }
        return all;
    }

    /** Saves a province's text for the template, once it parses and names only its kind's variables. */
    @Transactional
    public Current save(TemplateKind kind, Channel channel, String body, String by) {
        if (body == null || body.isBlank()) {
            throw new TemplateRefusedException("Nội dung mẫu không được để trống");
        }
        check(body, kind);
        entityManager.createNativeQuery("""
                INSERT INTO notification_template (kind, channel, body, updated_by, updated_at) VALUES (:kind, :channel, :body, :by, :at)
                ON CONFLICT (kind, channel) DO UPDATE SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by,
                    updated_at = EXCLUDED.updated_at""")
                .setParameter("kind", kind.name()).setParameter("channel", channel.name()).setParameter("body", body)
                .setParameter("by", by).setParameter("at", Timestamp.from(clock.instant())).executeUpdate();
        forgetSavedOnCommit();
        return current(kind, channel);
    }

    /** Goes back to the default text. */
    @Transactional
    public Current reset(TemplateKind kind, Channel channel) {
        entityManager.createNativeQuery("DELETE FROM notification_template WHERE kind = :kind AND channel = :channel")
                .setParameter("kind", kind.name()).setParameter("channel", channel.name()).executeUpdate();
        forgetSavedOnCommit();
        return current(kind, channel);
    }

    /** The saved texts are read again after this transaction (not before: another thread would read the old ones). */
    private void forgetSavedOnCommit() {
        saved = null;
        transactions.registerInterposedSynchronization(AfterCompletion.always(() -> saved = null));
    }

    /** The parsed template, or a refusal naming what is wrong. */
    private Template check(String body, TemplateKind kind) {
        Template template;
        try {
            template = engine.parse(body);
        } catch (TemplateException e) {
            throw new TemplateRefusedException("Mẫu không hợp lệ: " + e.getMessage());
        }
        TreeSet<String> unknown = new TreeSet<>();
        for (Expression expression : template.getExpressions()) {
            if (expression.isLiteral()) {
                continue;
            }
            String first = expression.getParts().get(0).getName();
            if (expression.hasNamespace() || !kind.variables().contains(first)) {
                unknown.add("{" + expression.toOriginalString() + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new TemplateRefusedException("Mẫu dùng biến không có trong thông báo này: " + String.join(", ", unknown)
                    + ". Các biến dùng được: " + String.join(", ", kind.variables()));
        }
        return template;
    }

    /** The default text, read from the classpath once. */
    private String defaultText(TemplateKind kind, Channel channel) {
        return defaults.computeIfAbsent(kind.name() + "." + channel.name(), key -> defaultOf(kind, channel));
    }

    private static String defaultOf(TemplateKind kind, Channel channel) {
        String resource = "notification-templates/" + kind.name() + "." + channel.name().toLowerCase(Locale.ROOT) + ".txt";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no default template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
