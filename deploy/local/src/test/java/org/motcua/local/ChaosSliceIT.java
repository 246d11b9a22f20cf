package org.motcua.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.motcua.local.chaos.Chaos;
import org.motcua.local.chaos.ChaosRun;

/**
 * The chaos run's fixed-seed slice ({@code bench/run-chaos.sh} is the full one): while the portal submits, each
 * service is killed once (SIGKILL), notification is restarted as a rolling upgrade does (SIGTERM), PostgreSQL and the
 * Kafka broker restart, PostgreSQL freezes, the registries time
 * out, every consumed topic gets a poisoned message, routing reads its topic again from offset 0. Afterwards the
 * ledger balances: every acknowledged dossier is everywhere once, every event applied once per consumer, the
 * dead-letter topics hold exactly the poisoned messages (a database or broker away sends nothing there).
 */
class ChaosSliceIT {

    private static final System.Logger LOG = System.getLogger(ChaosSliceIT.class.getName());

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void afterEveryKindOfFaultUnderLoadTheLedgerBalances() throws InterruptedException {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();

        ChaosRun.Result result = ChaosRun.run(root, root.resolve("deploy/local/target/chaos-slice"),
                Chaos.Plan.slice(20261207), 10, line -> LOG.log(System.Logger.Level.INFO, line));

        assertThat(result.faults()).hasSize(11);
        assertThat(result.acknowledged()).as(result.load()).isPositive();
        assertThat(result.abandoned()).as(result.load()).isZero();
        assertThat(result.ledger().consistent()).as(result.ledger().print()).isTrue();
    }
}
