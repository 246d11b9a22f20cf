package org.motcua.records.service.migration;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.motcua.records.domain.migration.ExportFormat;

/** Reads an export file row by row, however large, and says how far into the file it is. */
public abstract class ExportReader implements Closeable {

    private final Counting counting;
    private long rowNumber;

    protected ExportReader(InputStream in) {
        this.counting = new Counting(in);
    }

    /** A reader of the file in this format. */
    public static ExportReader open(Path file, ExportFormat format) throws IOException {
        InputStream in = Files.newInputStream(file);
        return format == ExportFormat.CSV ? new CsvExportReader(in) : new JsonLinesExportReader(in);
    }

    /** The next row, or null at the end of the file. */
    public final SourceRow next() throws IOException {
        SourceRow row = read(rowNumber + 1);
        if (row != null) {
            rowNumber++;
        }
        return row;
    }

    /** Reads row {@code number}; null at the end. */
    protected abstract SourceRow read(long number) throws IOException;

    /** The stream to read from (counted). */
    protected final InputStream input() {
        return counting;
    }

    /** Bytes consumed so far (the reader's buffer ahead of the current row included). */
    public final long bytesRead() {
        return counting.count;
    }

    @Override
    public void close() throws IOException {
        counting.close();
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
