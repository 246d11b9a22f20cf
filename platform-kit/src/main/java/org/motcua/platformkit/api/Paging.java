package org.motcua.platformkit.api;

import java.util.List;

import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;

/** The paging every list endpoint accepts: pages from 0 to {@link #MAX_PAGE}, sizes from 1 to the endpoint's maximum. */
public final class Paging {

    /**
     * The last page any list serves: page × size stays far inside an int (an offset past every row, never an
     * overflow), and no list of the platform has a million pages.
     */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    /** Refuses (422, naming the field) a page below 0 or a size outside 1..{@code maxSize}. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0 || page > MAX_PAGE) {
            throw new RuleViolationException("bad-page", "Trang không hợp lệ",
                    List.of(new FieldProblem("page", "trang từ 0 đến " + MAX_PAGE)));
        }
        if (size < 1 || size > maxSize) {
            throw new RuleViolationException("bad-page", "Trang không hợp lệ",
                    List.of(new FieldProblem("size", "mỗi trang từ 1 đến " + maxSize)));
        }
    }
}
