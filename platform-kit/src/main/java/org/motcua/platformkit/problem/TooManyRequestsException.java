package org.motcua.platformkit.problem;

import java.util.List;

/** The caller asked too often (a public endpoint's rate limit): 429. */
public class TooManyRequestsException extends DomainException {

    public TooManyRequestsException() {
        super("rate-limited", "Quá nhiều yêu cầu, vui lòng thử lại sau ít phút", List.of());
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Quá nhiều yêu cầu";
    }
}
