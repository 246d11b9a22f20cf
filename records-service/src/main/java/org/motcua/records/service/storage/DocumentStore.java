package org.motcua.records.service.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where documents' bytes live, addressed by their SHA-256: the same content is kept once. The filesystem
 * store is the default; an S3-compatible object store is the production option.
 */
public interface DocumentStore {

    /** Keeps the file's bytes under their digest, taking the file; if the content is already there, only drops the file. */
    void put(String sha256, Path file) throws IOException;

    /** Whether content with this digest is kept. */
    boolean contains(String sha256);

    /** {@code length} bytes of the content from {@code offset}. */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /**
     * The content's file, when the store keeps it on a local filesystem: the HTTP layer then sends it from the kernel
     * (sendfile), without the bytes passing through the service's memory.
     */
    default Optional<Path> localFile(String sha256) {
        return Optional.empty();
    }
}
