package org.motcua.platformkit.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document ({@code application/problem+json}); {@code errors} lists the offending
 * fields of a validation problem. It never carries stack traces or class names.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:motcua:problem:";

    public static ProblemDetail of(String code, String title, int status, String detail, String instance,
            List<FieldProblem> errors) {
        return new ProblemDetail(TYPE_PREFIX + code, title, status, detail, instance, errors == null ? List.of() : errors);
    }
}
