package org.motcua.records.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Documents and their contents. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** The content row for these bytes, and whether identical bytes were kept before (even concurrently). */
    public record Kept(DocumentContent content, boolean before) {
    }

    /** Adds the content row for these bytes unless identical bytes were kept before. */
    @SuppressWarnings("java:S107")
    public Kept keepContent(String sha256, long sizeBytes, DocumentFormat format, Integer pdfaPart,
            String pdfaLevel, int pageCount, Instant now) {
        int added = getEntityManager().createNativeQuery("""
                INSERT INTO document_content (sha256, size_bytes, format, pdfa_part, pdfa_level, page_count, stored_at)
                VALUES (:sha256, :size, :format, :part, :level, :pages, :now) ON CONFLICT (sha256) DO NOTHING""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("document_content")
                .setParameter("sha256", sha256)
                .setParameter("size", sizeBytes)
                .setParameter("format", format.name())
                .setParameter("part", pdfaPart, Integer.class)
                .setParameter("level", pdfaLevel, String.class)
                .setParameter("pages", pageCount)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        return new Kept(getEntityManager().find(DocumentContent.class, sha256), added == 0);
    }

    /** The documents uploaded for a dossier, in upload order. */
    public java.util.List<Document> ofDossier(UUID dossierId) {
        return find("dossierId = ?1 ORDER BY uploadedAt, id", dossierId).list();
    }

    public int countOfDossier(UUID dossierId) {
        return (int) count("dossierId", dossierId);
    }
}
