package org.motcua.records.service.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.platformkit.data.Digests;
import org.motcua.records.config.MigrationConfig;

/**
 * The export files being imported, kept under their SHA-256 until the import is done (a resumed import reads the
 * same bytes). Several records instances need the directory on a shared volume, as for documents.
 */
@ApplicationScoped
public class ExportFiles {

    /** A kept file. */
    public record Kept(String sha256, long bytes) {
    }

    private final Path root;

    ExportFiles(MigrationConfig config) {
        this.root = config.root();
    }

    /** Keeps the uploaded file, hashing it while it is copied (one read of a file that may be gigabytes). */
    public Kept keep(Path upload) {
        try {
            Files.createDirectories(root);
            Path partial = Files.createTempFile(root, "upload", ".part");
            MessageDigest digest = Digests.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), digest)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            long bytes = Files.size(partial);
            Path target = pathOf(sha256);
            if (Files.exists(target)) {
                Files.delete(partial);
            } else {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Kept(sha256, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256 + ".export");
    }

    /** Removes a file whose imports have all completed. */
    public void discard(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
