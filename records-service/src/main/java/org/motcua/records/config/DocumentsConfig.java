package org.motcua.records.config;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the documents' bytes are kept, and how large one may be ({@code motcua.documents.*}). */
@ConfigMapping(prefix = "motcua.documents")
public interface DocumentsConfig {

    /** The largest document accepted, in bytes (50 MiB). */
    @WithDefault("52428800")
    @Positive
    long maxBytes();

    /** The most pages a document may have (a dossier's paper, not a book). */
    @WithDefault("2000")
    @Positive
    int maxPages();

    /** {@code filesystem} (under {@link #root()}) or {@code s3}, an S3-compatible object store. */
    @WithDefault("filesystem")
    @Pattern(regexp = "filesystem|s3")
    String store();

    /** The folder of the filesystem store. */
    Path root();

    S3 s3();

    /** The S3-compatible object store (MinIO, a cloud's storage) of production. */
    interface S3 {

        /** Its address; none = the cloud's own for {@link #region()}. */
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        @WithDefault("motcua-documents")
        String bucket();

        /** The keys' common start inside the bucket. */
        @WithDefault("documents/")
        String prefix();

        /** Path-style addresses ({@code endpoint/bucket/key}), as MinIO wants them. */
        @WithDefault("true")
        boolean pathStyle();

        Optional<String> accessKey();

        Optional<String> secretKey();
    }
}
