package org.motcua.routing;

import org.motcua.testsupport.api.MalformedRequestsProperty;

import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests to every operation are refused with problem+json naming the field, never a 5xx, and store nothing. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsProperty {
}
