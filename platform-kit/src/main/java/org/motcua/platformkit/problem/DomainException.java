package org.motcua.platformkit.problem;

import java.util.List;

/**
 * A business rule refused the request. Subclasses fix the HTTP status; {@code code} names the rule
 * (the problem type) and {@code fields} the inputs at fault, if any. Plain Java, usable from domain code.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final List<FieldProblem> fields;

    protected DomainException(String code, String message, List<FieldProblem> fields) {
        super(message);
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** HTTP status of the problem. */
    public abstract int status();

    /** Short human title of the problem class. */
    public abstract String title();
}
