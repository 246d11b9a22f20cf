package org.motcua.platformkit.problem;

import java.util.List;

/** Well-formed input that the business rules refuse (unknown procedure, unit...): 422. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message, List<FieldProblem> fields) {
        super(code, message, fields);
    }

    public RuleViolationException(String code, String message) {
        this(code, message, List.of());
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Yêu cầu không hợp lệ theo quy định";
    }
}
