package org.motcua.routing;

import java.net.URI;

import org.motcua.testsupport.api.MalformedRequestsProperty;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every operation are refused with problem+json naming the field, never a 5xx, and store nothing. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsProperty {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI base() {
        return root;
    }

    @Override
    protected String service() {
        return "routing-service";
    }

    @Override
    protected String database() {
        return "routing";
    }
}
