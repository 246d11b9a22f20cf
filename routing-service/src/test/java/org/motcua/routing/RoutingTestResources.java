package org.motcua.routing;

import org.motcua.testsupport.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of routing runs against the real Kafka and routing's own PostgreSQL database. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "routing"))
public class RoutingTestResources {
}
