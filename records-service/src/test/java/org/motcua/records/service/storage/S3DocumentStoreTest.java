package org.motcua.records.service.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.platformkit.data.Digests;
import org.motcua.testsupport.S3Simulator;

/** The S3-compatible document store against a simulator of the S3 protocol (signed requests, checksums, ranges). */
class S3DocumentStoreTest {

    @TempDir
    Path dir;

    private S3Simulator s3;
    private S3DocumentStore store;

    @BeforeEach
    void start() {
        s3 = S3Simulator.start();
        s3.createBucket("archive");
        store = S3DocumentStore.connect(settings(S3Simulator.ACCESS_KEY, S3Simulator.SECRET_KEY));
    }

    @AfterEach
    void stop() {
        s3.close();
    }

    @Test
    void contentIsKeptOnceUnderItsDigestAndReadWholeOrByRange() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        String sha256 = Digests.sha256Hex(bytes);
        assertThat(store.contains(sha256)).isFalse();

        Path upload = Files.write(dir.resolve("upload"), bytes);
        store.put(sha256, upload);
        assertThat(upload).doesNotExist();
        assertThat(store.contains(sha256)).isTrue();
        assertThat(s3.objects("archive")).containsOnlyKeys("documents/" + sha256.substring(0, 2) + "/" + sha256);

        Path again = Files.write(dir.resolve("again"), bytes);
        store.put(sha256, again);
        assertThat(again).doesNotExist();
        assertThat(s3.objects("archive")).hasSize(1);

        try (InputStream whole = store.open(sha256, 0, bytes.length)) {
            assertThat(whole.readAllBytes()).isEqualTo(bytes);
        }
        try (InputStream part = store.open(sha256, 1000, 500)) {
            assertThat(part.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 1500));
        }
        try (InputStream none = store.open(sha256, 10, 0)) {
            assertThat(none.readAllBytes()).isEmpty();
        }
    }

    @Test
    void bytesThatDoNotMatchTheirAddressAreRefusedByTheStore() throws IOException {
        Path upload = Files.writeString(dir.resolve("upload"), "nội dung thật");
        String wrong = Digests.sha256Hex("nội dung khác");
        assertThatThrownBy(() -> store.put(wrong, upload)).isInstanceOf(IOException.class).hasMessageContaining("BadDigest");
        assertThat(s3.objects("archive")).isEmpty();
        assertThat(upload).exists();
    }

    @Test
    void aStoreWithTheWrongKeysOrNoBucketKeepsNothing() throws IOException {
        S3DocumentStore stranger = S3DocumentStore.connect(settings("someone-else", "secret"));
        Path upload = Files.writeString(dir.resolve("upload"), "tài liệu");
        String sha256 = Digests.sha256Hex(Files.readAllBytes(upload));
        assertThatThrownBy(() -> stranger.put(sha256, upload)).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 403");

        S3DocumentStore noBucket = S3DocumentStore.connect(new S3DocumentStore.Settings(Optional.of(s3.endpoint()),
                "us-east-1", "missing", "documents/", true, Optional.of(S3Simulator.ACCESS_KEY),
                Optional.of(S3Simulator.SECRET_KEY)));
        assertThatThrownBy(() -> noBucket.put(sha256, upload)).isInstanceOf(IOException.class);
        assertThat(s3.objects("archive")).isEmpty();
    }

    private S3DocumentStore.Settings settings(String accessKey, String secretKey) {
        return new S3DocumentStore.Settings(Optional.of(s3.endpoint()), "us-east-1", "archive", "documents/", true,
                Optional.of(accessKey), Optional.of(secretKey));
    }
}
