package org.motcua.records.domain;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the archive keeps, as detected from their bytes, and the media type each is declared as. */
public enum DocumentFormat {
    PDF("application/pdf"),
    PNG("image/png"),
    TIFF("image/tiff"),
    JPEG("image/jpeg");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a declared media type names ({@code image/jpg} is taken for JPEG), if any. */
    public static Optional<DocumentFormat> declaredAs(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (type.equals("image/jpg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** The format the first bytes of a file show, if it is one of these. */
    public static Optional<DocumentFormat> sniff(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
