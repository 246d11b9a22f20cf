package org.motcua.testsupport.architecture.misshapen.api;

import jakarta.transaction.Transactional;

/** A resource that starts a transaction and nests its request (both forbidden). */
public class DossierResource {

    /** A request nested in its resource. */
    public record Body(String text) {
    }

    @Transactional
    public String submit(Body body) {
        return body.text();
    }
}
