package org.motcua.records.domain.migration;

/**
 * What became of a run of rows. Every row is imported, merged (a later state of a dossier already archived),
 * already present (nothing newer than the archive has), held for review or rejected; every accepted row with a
 * citizen ID either introduced an applicant or matched a known one.
 */
public record ChunkCounts(long imported, long merged, long alreadyPresent, long heldForReview, long rejected,
        long applicantsNew, long applicantsKnown) {

    public long rows() {
        return imported + merged + alreadyPresent + heldForReview + rejected;
    }
}
