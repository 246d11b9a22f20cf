package org.motcua.platformkit.problem;

import java.util.List;

/** The request conflicts with the current state (an illegal step, a reused idempotency key): 409. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message, List.of());
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Xung đột với trạng thái hiện tại";
    }
}
