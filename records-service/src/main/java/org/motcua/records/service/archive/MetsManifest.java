package org.motcua.records.service.archive;

import java.time.Instant;
import java.util.List;

import org.motcua.records.domain.ArchivedDossier;

/** The package's METS manifest: header, the dossier's descriptive metadata, files with their checksums, structure. */
final class MetsManifest {

    static final String METS = "http://www.loc.gov/METS/";

    private MetsManifest() {
    }

    static String of(ArchivedDossier d, List<ArchivalPackageWriter.PackedFile> files, Instant created) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" \
                OBJID="%s" LABEL="%s" TYPE="Hồ sơ thủ tục hành chính" PROFILE="motcua-aip-1">
                  <metsHdr CREATEDATE="%s" RECORDSTATUS="Complete">
                    <agent ROLE="CREATOR" TYPE="ORGANIZATION"><name>motcua records-service</name></agent>
                  </metsHdr>
                  <dmdSec ID="DMD1">
                    <mdRef LOCTYPE="URL" xlink:href="metadata/dossier.json" MDTYPE="OTHER" OTHERMDTYPE="motcua-dossier" \
                MIMETYPE="application/json"/>
                  </dmdSec>
                  <fileSec>
                """.formatted(esc(d.id().toString()), esc(d.code()), created));
        for (String use : List.of("metadata", "documents")) {
            x.append("    <fileGrp USE=\"").append(use).append("\">\n");
            for (ArchivalPackageWriter.PackedFile f : files) {
                if (f.use().equals(use)) {
                    x.append("      <file ID=\"").append(esc(f.id())).append("\" MIMETYPE=\"").append(esc(f.mimeType()))
                            .append("\" SIZE=\"").append(f.size()).append("\" CHECKSUM=\"").append(f.sha256())
                            .append("\" CHECKSUMTYPE=\"SHA-256\"><FLocat LOCTYPE=\"URL\" xlink:href=\"")
                            .append(esc(f.path())).append("\"/></file>\n");
                }
            }
            x.append("    </fileGrp>\n");
        }
        x.append("  </fileSec>\n  <structMap TYPE=\"logical\">\n    <div TYPE=\"dossier\" LABEL=\"").append(esc(d.code()))
                .append("\" DMDID=\"DMD1\">\n");
        for (ArchivalPackageWriter.PackedFile f : files) {
            x.append("      <fptr FILEID=\"").append(esc(f.id())).append("\"/>\n");
        }
        return x.append("    </div>\n  </structMap>\n</mets>\n").toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
