package org.motcua.intake;

import org.motcua.testsupport.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of intake runs against the real Kafka and intake's own PostgreSQL database. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
public class IntakeTestResources {
}
