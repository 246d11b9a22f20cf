package org.motcua.local.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a run (a benchmark, a chaos run) promised, for the ledger to check afterwards: when it started, every dossier
 * intake acknowledged with 201, and every message it poisoned on purpose. Kept as three small text files in one
 * directory, written as the run goes (a crashed run still leaves what it had acknowledged).
 */
public final class LedgerRun {

    private static final String STARTED = "started.txt";
    private static final String ACKNOWLEDGED = "acknowledged.txt";
    private static final String POISONED = "poisoned.txt";

    private final Path directory;

    private LedgerRun(Path directory) {
        this.directory = directory;
    }

    /** Starts recording a run in {@code directory} (emptied first). */
    public static LedgerRun begin(Path directory, Instant started) {
        try {
            Files.createDirectories(directory);
            for (String file : List.of(STARTED, ACKNOWLEDGED, POISONED)) {
                Files.deleteIfExists(directory.resolve(file));
            }
            Files.writeString(directory.resolve(STARTED), started + "\n");
            Files.createFile(directory.resolve(ACKNOWLEDGED));
            Files.createFile(directory.resolve(POISONED));
            return new LedgerRun(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the run in " + directory, e);
        }
    }

    /** A run recorded earlier. */
    public static LedgerRun open(Path directory) {
        if (!Files.isRegularFile(directory.resolve(STARTED))) {
            throw new IllegalArgumentException(directory + " holds no recorded run (no " + STARTED + ")");
        }
        return new LedgerRun(directory);
    }

    public Path directory() {
        return directory;
    }

    public synchronized void acknowledged(UUID dossierId) {
        append(ACKNOWLEDGED, dossierId.toString());
    }

    /** A message sent to {@code topic} that no consumer can ever process, with its CloudEvents id (or key). */
    public synchronized void poisoned(String topic, String id) {
        append(POISONED, topic + " " + id);
    }

    public Instant started() {
        return Instant.parse(read(STARTED).get(0).strip());
    }

    public Set<UUID> acknowledgedDossiers() {
        return read(ACKNOWLEDGED).stream().filter(l -> !l.isBlank()).map(l -> UUID.fromString(l.strip()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The poisoned messages as {@code "topic id"}. */
    public Set<String> poisonedMessages() {
        return read(POISONED).stream().filter(l -> !l.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void append(String file, String line) {
        try {
            Files.writeString(directory.resolve(file), line + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> read(String file) {
        try {
            return Files.readAllLines(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
