package org.motcua.platformkit.problem;

/** One offending input field of a problem: its JSON path and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
