package org.motcua.notification;

import java.net.URI;

import org.motcua.testsupport.api.MalformedRequestsProperty;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every endpoint (drawn by jqwik's generators) are refused with problem+json, never a 5xx. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsProperty {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI base() {
        return root;
    }
}
