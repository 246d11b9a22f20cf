package org.motcua.platformkit.problem;

import java.util.List;

/** The addressed resource does not exist (or the caller may not know it exists): 404. */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " không tồn tại", List.of());
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Không tìm thấy";
    }
}
