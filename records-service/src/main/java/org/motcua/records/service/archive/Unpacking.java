package org.motcua.records.service.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a received package's entries within bounds, whatever their headers claim, so that a zip bomb — a few
 * kilobytes that unpack to gigabytes — is stopped early: all entries together unpack to at most {@code budget}
 * bytes, and none to more than {@link #MAX_RATIO} times its compressed size (scans and PDFs barely compress; a
 * thousandfold ratio is a bomb).
 */
final class Unpacking {

    /** No entry unpacks to more than this many times its compressed size (plus {@link #SLACK}). */
    static final long MAX_RATIO = 100;
    private static final long SLACK = 1 << 20;

    /** Thrown when a package unpacks to more than it may. */
    static final class TooLarge extends IOException {

        private final String path;

        TooLarge(String path, String why) {
            super(why);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private long budget;

    Unpacking(long budget) {
        this.budget = budget;
    }

    /** The entry's bytes, at most {@code max} of them (and within the package's budget and the ratio). */
    InputStream open(ZipFile zip, ZipEntry entry, long max) throws IOException {
        long compressed = entry.getCompressedSize();
        long byRatio = compressed < 0 ? Long.MAX_VALUE : compressed * MAX_RATIO + SLACK;
        long limit = Math.min(max, byRatio);
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                budget -= n;
                if (read > limit || budget < 0) {
                    throw new TooLarge(entry.getName(), read > byRatio
                            ? "tệp giải nén lớn bất thường so với kích thước nén (nghi tệp zip độc hại)"
                            : read > max ? "tệp vượt quá kích thước cho phép khi giải nén"
                            : "gói giải nén vượt quá dung lượng cho phép");
                }
            }
        };
    }
}
