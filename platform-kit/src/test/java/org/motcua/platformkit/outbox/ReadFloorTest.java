package org.motcua.platformkit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.platformkit.outbox.ReadFloor.Transactions;

/**
 * The relay's read floor rises to a position a read saw only once every transaction of the database that
 * was running at that read has ended before a later read's snapshot, and then only as far as that read sent.
 */
class ReadFloorTest {

    private final ReadFloor floor = new ReadFloor();

    @Test
    void aPositionBecomesTheFloorOnceTheTransactionsRunningWhenItWasReadHaveEnded() {
        floor.read(10, true, new Transactions(105, Set.of(100L), Set.of(100L, 104L)));
        assertThat(floor.position()).isZero();
        floor.read(12, true, new Transactions(107, Set.of(104L), Set.of(104L)));   // 104 still in progress
        assertThat(floor.position()).isZero();
        floor.read(0, true, new Transactions(108, Set.of(), Set.of()));           // both ended before this read
        assertThat(floor.position()).isEqualTo(12);
    }

    @Test
    void aWriterWhoseIdIsNotBelowTheSnapshotsXmaxHasNotEnded() {
        // PostgreSQL's xmax is the latest completed id + 1: a running transaction may have a higher id, unlisted
        floor.read(10, true, new Transactions(50, Set.of(), Set.of(60L)));
        floor.read(0, true, new Transactions(55, Set.of(), Set.of(60L)));
        assertThat(floor.position()).isZero();
        floor.read(0, true, new Transactions(61, Set.of(), Set.of()));
        assertThat(floor.position()).isEqualTo(10);
    }

    @Test
    void idsAreComparedAcrossTheirWraparound() {
        floor.read(10, true, new Transactions(4_294_967_290L, Set.of(), Set.of(4_294_967_295L)));
        floor.read(0, true, new Transactions(4_294_967_295L, Set.of(), Set.of()));
        assertThat(floor.position()).isZero();                                  // 4294967295 is not below itself
        floor.read(0, true, new Transactions(3, Set.of(), Set.of()));              // ids wrapped: 3 comes after it
        assertThat(floor.position()).isEqualTo(10);
    }

    @Test
    void aReadCutByTheBatchSizeMovesTheFloorOnlyAsFarAsItRead() {
        floor.read(50, true, new Transactions(5, Set.of(), Set.of()));
        floor.read(30, false, new Transactions(9, Set.of(), Set.of()));
        assertThat(floor.position()).isEqualTo(30);
        floor.read(60, true, new Transactions(9, Set.of(), Set.of()));
        assertThat(floor.position()).isEqualTo(50);
    }

    @Test
    void aLongTransactionKeepsAFewMarksAndTheFloorStillRisesWhenItEnds() {
        for (int i = 1; i <= 3 * ReadFloor.MAX_MARKS; i++) {
            floor.read(i, true, new Transactions(8 + i, Set.of(7L), Set.of(7L)));  // transaction 7 stays open
        }
        assertThat(floor.position()).isZero();
        floor.read(0, true, new Transactions(10_000, Set.of(), Set.of()));
        assertThat(floor.position()).isEqualTo(3L * ReadFloor.MAX_MARKS);
    }

    @Test
    void aRowFoundBelowTheFloorLowersIt() {
        floor.read(20, true, new Transactions(2, Set.of(), Set.of()));
        floor.read(0, true, new Transactions(2, Set.of(), Set.of()));
        assertThat(floor.position()).isEqualTo(20);
        floor.lowerBelow(15);
        assertThat(floor.position()).isEqualTo(14);
    }
}
