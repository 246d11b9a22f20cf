package org.motcua.platformkit.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The parsed fonts papers are written in, lent to one paper at a time (a parsed font reads its tables as they are
 * asked for, so two papers never share one). Parsing a pair and reading its glyph tables was most of a short letter's
 * cost, and a pair in use holds about 20 MB: at most {@value #PAIRS} pairs exist, and a paper waits for one to come
 * back rather than parse another. After {@value #WAIT_SECONDS} s of waiting (a thread already holding a pair makes a
 * second paper, say) it parses a pair of its own, which nobody keeps.
 */
final class PaperFonts {

    static final int PAIRS = 2;
    static final int WAIT_SECONDS = 5;
    private static final Semaphore LENT = new Semaphore(PAIRS);
    private static final Queue<Pair> IDLE = new ConcurrentLinkedQueue<>();

    private PaperFonts() {
    }

    /** The regular and the bold face, and whether the pair goes back to the pool. */
    record Pair(TrueTypeFont regular, TrueTypeFont bold, boolean pooled) {
    }

    /** A pair for one paper, until {@link #giveBack}. */
    static Pair borrow() {
        boolean lent;
        try {
            lent = LENT.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lent = false;
        }
        if (!lent) {
            return parse(false);
        }
        Pair idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        try {
            return parse(true);
        } catch (RuntimeException e) {
            LENT.release();
            throw e;
        }
    }

    /** The paper is done with its pair. */
    static void giveBack(Pair pair) {
        if (pair.pooled()) {
            IDLE.add(pair);
            LENT.release();
        }
    }

    private static Pair parse(boolean pooled) {
        return new Pair(font("fonts/DejaVuSans.ttf"), font("fonts/DejaVuSans-Bold.ttf"), pooled);
    }

    private static TrueTypeFont font(String resource) {
        try (InputStream in = PaperFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
