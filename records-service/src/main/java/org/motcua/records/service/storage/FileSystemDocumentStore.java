package org.motcua.records.service.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Content under {@code motcua.documents.root}, as {@code ab/cd/<sha256>}. A file appears under its name
 * whole or not at all (written beside it, then renamed), so a crash never leaves half a document.
 */
public class FileSystemDocumentStore implements DocumentStore {

    private final Path root;

    public FileSystemDocumentStore(Path root) {
        this.root = root;
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(sha256 + "." + UUID.randomUUID() + ".partial");
        Files.move(file, partial, StandardCopyOption.REPLACE_EXISTING); // a copy when the upload is on another disk
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // the same content arrived concurrently: it is there already
            Files.deleteIfExists(partial);
            if (!Files.exists(target)) {
                throw e;
            }
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
        channel.position(offset);
        InputStream whole = Channels.newInputStream(channel);
        return new BoundedInputStream(whole, length);
    }

    @Override
    public Optional<Path> localFile(String sha256) {
        Path path = pathOf(sha256);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** At most {@code limit} bytes of a stream, closing it when closed. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
