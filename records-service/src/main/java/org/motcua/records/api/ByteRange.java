package org.motcua.records.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one byte range of a {@code Range: bytes=…} header (RFC 9110): {@code a-b}, {@code a-} or the last
 * {@code -n} bytes. Several ranges, or another unit, are ignored (the whole content is sent, as the RFC allows).
 */
record ByteRange(long offset, long length) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** A range that lies wholly outside the content: 416. */
    static final class NotSatisfiable extends RuntimeException {
        NotSatisfiable() {
            super(null, null, false, false);
        }
    }

    /**
     * The range asked for; empty for no header (or one that is ignored).
     *
     * @throws NotSatisfiable when the range lies outside the content
     */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    throw new NotSatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), Math.min(suffix, size)));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size || last < first) {
                throw new NotSatisfiable();
            }
            return Optional.of(new ByteRange(first, last - first + 1));
        } catch (NumberFormatException e) {
            throw new NotSatisfiable(); // more digits than a long: nothing that large exists
        }
    }

    String contentRange(long size) {
        return "bytes " + offset + "-" + (offset + length - 1) + "/" + size;
    }
}
