package org.motcua.testsupport.architecture.misshapen.domain;

import org.motcua.testsupport.architecture.misshapen.service.Numbering;

/** A domain class that reaches out to a use case (the rule forbids it). */
public class Dossier {

    public String code() {
        return new Numbering(1).next();
    }
}
