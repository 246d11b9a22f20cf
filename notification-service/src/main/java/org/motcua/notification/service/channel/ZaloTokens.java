package org.motcua.notification.service.channel;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.motcua.notification.config.ZaloConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The official account's access token for ZNS, renewed before it expires. Zalo's access token lasts 25 hours and
 * its refresh token serves once ({@code POST /v4/oa/access_token} with {@code grant_type=refresh_token}, the app's
 * {@code app_id} and the {@code secret_key} header, answered with a new pair and {@code expires_in} seconds). The
 * pair in use is one row of the database: the instance that renews it holds the row meanwhile, so a refresh token
 * is never spent twice, and the others read the new pair from there.
 */
@ApplicationScoped
public class ZaloTokens {

    private static final Logger LOG = Logger.getLogger(ZaloTokens.class);

    private record Pair(String accessToken, String refreshToken, Instant expiresAt) {
    }

    private final EntityManager entityManager;
    private final GatewayClient gateway;
    private final ZaloConfig.Token config;
    private final String initialAccessToken;
    private final Clock clock;
    private volatile String accessToken;

    ZaloTokens(EntityManager entityManager, GatewayClient gateway, ZaloConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.gateway = gateway;
        this.config = config.token();
        this.initialAccessToken = config.accessToken();
        this.clock = clock;
    }

    /** The access token to send with now. */
    public String accessToken() {
        String token = accessToken;
        return token != null ? token : renew(null);
    }

    /** Renews the token when it expires within {@code refresh-before}; reads the pair another instance renewed. */
    @Scheduled(identity = "zalo-token", every = "{motcua.zalo.token.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewWhenDue() {
        renew(null);
    }

    /**
     * Zalo refused the token (-124): renewed at once, unless another instance already did.
     *
     * @return the token to try again with
     */
    public String rejected(String token) {
        return renew(token);
    }

    private String renew(String rejected) {
        String token = QuarkusTransaction.requiringNew().call(() -> {
            Pair pair = lockedPair();
            Instant now = clock.instant();
            boolean due = pair.expiresAt().minus(config.refreshBefore()).compareTo(now) <= 0
                    || pair.accessToken().equals(rejected);
            if (due) {
                pair = refreshed(pair, now);
            }
            return pair.accessToken();
        });
        accessToken = token;
        return token;
    }

    /** The row, held until the transaction ends; the configured pair the first time (its expiry unknown: due now). */
    private Pair lockedPair() {
        entityManager.createNativeQuery("""
                INSERT INTO zalo_token (id, access_token, refresh_token, expires_at) VALUES (1, :access, :refresh, :now)
                ON CONFLICT (id) DO NOTHING""").setParameter("access", initialAccessToken)
                .setParameter("refresh", config.refreshToken()).setParameter("now", clock.instant()).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "SELECT access_token, refresh_token, expires_at FROM zalo_token WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        return new Pair((String) row[0], (String) row[1], instant(row[2]));
    }

    /** Asks Zalo for a new pair; when it cannot give one, the pair in use stays (and is asked for again later). */
    private Pair refreshed(Pair pair, Instant now) {
        GatewayClient.Response answer;
        try {
            answer = gateway.postForm(config.url(), Map.of("secret_key", config.secretKey()), Map.of(
                    "refresh_token", pair.refreshToken(), "app_id", config.appId(), "grant_type", "refresh_token"));
        } catch (IOException e) {
            LOG.warnf("Zalo token not renewed: %s", e.getClass().getSimpleName());
            return pair;
        }
        String access = answer.body().path("access_token").asText("");
        String refresh = answer.body().path("refresh_token").asText("");
        long seconds = answer.body().path("expires_in").asLong(0); // Zalo writes it as a string of seconds
        if (answer.status() != 200 || access.isBlank() || refresh.isBlank() || seconds <= 0) {
            LOG.warnf("Zalo token not renewed: HTTP %d, error %s %s", answer.status(),
                    answer.body().path("error").asText(""), answer.body().path("error_name").asText(""));
            return pair;
        }
        Pair renewed = new Pair(access, refresh, now.plus(Duration.ofSeconds(seconds)));
        entityManager.createNativeQuery("""
                UPDATE zalo_token SET access_token = :access, refresh_token = :refresh, expires_at = :expires,
                    refreshed_at = :now WHERE id = 1""").setParameter("access", renewed.accessToken())
                .setParameter("refresh", renewed.refreshToken()).setParameter("expires", renewed.expiresAt())
                .setParameter("now", now).executeUpdate();
        LOG.infof("Zalo token renewed, valid until %s", renewed.expiresAt());
        return renewed;
    }

    private static Instant instant(Object value) {
        return value instanceof Instant at ? at : ((OffsetDateTime) value).toInstant();
    }
}
