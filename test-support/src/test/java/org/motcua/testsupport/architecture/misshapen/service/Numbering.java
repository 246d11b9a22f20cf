package org.motcua.testsupport.architecture.misshapen.service;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motcua.testsupport.architecture.misshapen.api.DossierResource;

/** A use case that reads a setting one by one and knows a resource (both forbidden). */
public class Numbering {

    private final int start;

    public Numbering(@ConfigProperty(name = "misshapen.start") int start) {
        this.start = start;
    }

    public String next() {
        return DossierResource.class.getSimpleName() + start;
    }
}
