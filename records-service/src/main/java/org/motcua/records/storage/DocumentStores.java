package org.motcua.records.storage;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The document store the configuration chooses: {@code motcua.documents.store=filesystem} (default, under
 * {@code motcua.documents.root}) or {@code s3} (S3-compatible object storage, {@code motcua.documents.s3.*}).
 */
@ApplicationScoped
public class DocumentStores {

    @Produces
    @ApplicationScoped
    @SuppressWarnings("java:S107")
    DocumentStore store(@ConfigProperty(name = "motcua.documents.store", defaultValue = "filesystem") String kind,
            @ConfigProperty(name = "motcua.documents.root") Path root,
            @ConfigProperty(name = "motcua.documents.s3.endpoint") Optional<String> endpoint,
            @ConfigProperty(name = "motcua.documents.s3.region", defaultValue = "us-east-1") String region,
            @ConfigProperty(name = "motcua.documents.s3.bucket", defaultValue = "motcua-documents") String bucket,
            @ConfigProperty(name = "motcua.documents.s3.prefix", defaultValue = "documents/") String prefix,
            @ConfigProperty(name = "motcua.documents.s3.path-style", defaultValue = "true") boolean pathStyle,
            @ConfigProperty(name = "motcua.documents.s3.access-key") Optional<String> accessKey,
            @ConfigProperty(name = "motcua.documents.s3.secret-key") Optional<String> secretKey) {
        return switch (kind) {
            case "filesystem" -> new FileSystemDocumentStore(root);
            case "s3" -> S3DocumentStore.connect(new S3DocumentStore.Settings(endpoint, region, bucket, prefix, pathStyle,
                    accessKey, secretKey));
            default -> throw new IllegalStateException("motcua.documents.store must be filesystem or s3, not " + kind);
        };
    }
}
