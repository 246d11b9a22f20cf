package org.motcua.records;

import org.motcua.testsupport.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of records runs against the real Kafka and records' own PostgreSQL database. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "records"))
public class RecordsTestResources {
}
