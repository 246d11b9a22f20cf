package org.motcua.intake.domain;

import java.io.Serializable;
import java.util.Objects;

/** Key of a catalog entry's version. */
public class ProcedureVersionId implements Serializable {

    private String code;
    private int version;

    public ProcedureVersionId() {
    }

    public ProcedureVersionId(String code, int version) {
        this.code = code;
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcedureVersionId id && id.version == version && Objects.equals(id.code, code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, version);
    }
}
