package org.motcua.platformkit.problem;

import java.util.List;

/** Input that is missing or malformed where bean validation cannot say it (one of two fields, a phone number): 400. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String code, String message, List<FieldProblem> fields) {
        super(code, message, fields);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Dữ liệu không hợp lệ";
    }
}
