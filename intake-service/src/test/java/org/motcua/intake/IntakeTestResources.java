package org.motcua.intake;

import org.motcua.testsupport.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of intake runs against the real Kafka, intake's own PostgreSQL
 * database and the national registry simulator. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "intake"), @ResourceArg(name = "registries", value = "true") })
public class IntakeTestResources {
}
