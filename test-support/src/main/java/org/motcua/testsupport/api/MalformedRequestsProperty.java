package org.motcua.testsupport.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.StoredState;
import org.motcua.testsupport.TestTokens;
import org.motcua.testsupport.api.AccessMatrix.Caller;
import org.motcua.testsupport.api.AccessMatrix.Row;

/**
 * The bad-input property every service holds ({@link MalformedRequests}), as a test each service runs by extending
 * this class in a {@code @QuarkusTest}: nothing more is needed. The build runs a fixed-seed slice ({@value #CI_TRIES} drawn requests per
 * operation besides the fixed cases); {@code -Dmotcua.malformed.tries=N -Dmotcua.malformed.seed=S} runs more, as the
 * bench does ({@code bench/malformed-requests.sh}).
 */
public abstract class MalformedRequestsProperty {

    static final int CI_TRIES = 8;
    private static final String UNIT = "21025";
    /** The order in which a role the matrix allows is taken for a request: the widest first. */
    private static final List<Caller> PREFERRED = List.of(Caller.PROVINCE_ADMIN, Caller.CLERK, Caller.OFFICER,
            Caller.LEADER, Caller.INTEGRATION, Caller.AUDITOR);

    /** The service's root. */
    protected URI base() {
        return ServiceUnderTest.base();
    }

    /** The service's section of the access matrix: its application name ({@code intake-service}). */
    protected String service() {
        return ServiceUnderTest.name();
    }

    /** The service's database ({@code intake}). */
    protected String database() {
        return ServiceUnderTest.database();
    }

    /** Tables a refusal writes by design (records' audit log keeps refused reads of personal data). */
    protected Set<String> tablesRefusalsWrite() {
        return Set.of();
    }

    @Test
    void malformedRequestsAreRefusedWithAProblemNamingTheFieldAndStoreNothing() {
        int tries = Integer.getInteger("motcua.malformed.tries", CI_TRIES);
        long seed = Long.getLong("motcua.malformed.seed", 20_261_207L);
        StoredState before = quiet();
        MalformedRequests.Outcome outcome = requests().probe(tries, seed);
        List<String> stored = quiet().changesSince(before);
        System.out.printf("malformed requests to %s (seed %d, %d drawn per operation): %d requests to %d operations;"
                + " %d refused (4xx), %d not refused, %d server errors; %d findings; %d changes stored%n", service(), seed,
                tries, outcome.requests(), outcome.operations(), outcome.refused(), outcome.accepted(),
                outcome.serverErrors(), outcome.findings().size(), stored.size());
        assertTrue(outcome.requests() > 50, "requests sent: " + outcome.requests());
        assertEquals(List.of(), outcome.findings().stream().map(Object::toString).toList(),
                "requests that broke the property");
        assertEquals(List.of(), stored, "what the malformed requests stored");
    }

    @Test
    void aVeryLongAddressIsRefusedWithAProblem() {
        assertNull(requests().longAddress(5_000));
    }

    /** The stored state once nothing moves any more (events of earlier tests relayed and consumed). */
    private StoredState quiet() {
        AtomicReference<StoredState> last = new AtomicReference<>(StoredState.of(database(), tablesRefusalsWrite()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700)).until(() -> {
            StoredState now = StoredState.of(database(), tablesRefusalsWrite());
            return now.changesSince(last.getAndSet(now)).isEmpty();
        });
        return last.get();
    }

    private MalformedRequests requests() {
        AccessMatrix matrix = AccessMatrix.ofRepository();
        return new MalformedRequests(base(), operation -> row(matrix, operation)
                .map(MalformedRequestsProperty::tokenFor).orElseGet(TestTokens::provinceAdmin),
                operation -> row(matrix, operation).map(Row::writes).orElse(!operation.startsWith("GET ")));
    }

    private Optional<Row> row(AccessMatrix matrix, String operation) {
        return matrix.rows(service()).stream().filter(row -> row.operation().equals(operation)).findFirst();
    }

    private static String tokenFor(Row row) {
        return PREFERRED.stream().filter(c -> AccessMatrix.ALLOWED.equals(row.answer(c))).findFirst()
                .map(c -> TestTokens.of(c.role(), c.ofUnit() ? UNIT : null)).orElseGet(TestTokens::provinceAdmin);
    }
}
