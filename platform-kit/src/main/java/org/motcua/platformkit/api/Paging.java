package org.motcua.platformkit.api;

import java.util.List;

import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;

/** The paging every list endpoint accepts: pages from 0, sizes from 1 to the endpoint's maximum. */
public final class Paging {

    private Paging() {
    }

    /** Refuses (422, naming the field) a page below 0 or a size outside 1..{@code maxSize}. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new RuleViolationException("bad-page", "Trang không hợp lệ", List.of(new FieldProblem("page", "trang bắt đầu từ 0")));
        }
        if (size < 1 || size > maxSize) {
            throw new RuleViolationException("bad-page", "Trang không hợp lệ",
                    List.of(new FieldProblem("size", "mỗi trang từ 1 đến " + maxSize)));
        }
    }
}
