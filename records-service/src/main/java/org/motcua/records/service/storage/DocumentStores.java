package org.motcua.records.service.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.motcua.records.config.DocumentsConfig;

/**
 * The document store the configuration chooses: {@code motcua.documents.store=filesystem} (default, under
 * {@code motcua.documents.root}) or {@code s3} (S3-compatible object storage, {@code motcua.documents.s3.*}).
 */
@ApplicationScoped
public class DocumentStores {

    @Produces
    @ApplicationScoped
    DocumentStore store(DocumentsConfig config) {
        DocumentsConfig.S3 s3 = config.s3();
        return switch (config.store()) {
            case "s3" -> S3DocumentStore.connect(new S3DocumentStore.Settings(s3.endpoint(), s3.region(), s3.bucket(),
                    s3.prefix(), s3.pathStyle(), s3.accessKey(), s3.secretKey()));
            default -> new FileSystemDocumentStore(config.root());
        };
    }
}
