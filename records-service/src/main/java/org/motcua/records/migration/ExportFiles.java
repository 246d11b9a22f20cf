package org.motcua.records.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motcua.platformkit.data.Digests;

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

    ExportFiles(@ConfigProperty(name = "motcua.migrations.root") String root) {
        this.root = Path.of(root);
    }

    /** Keeps the uploaded file (moved or copied from where the upload put it). */
    public Kept keep(Path upload) {
        try {
            String sha256 = Digests.sha256Hex(upload);
            long bytes = Files.size(upload);
            Files.createDirectories(root);
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                Path partial = Files.createTempFile(root, sha256, ".part");
                Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
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
