package org.motcua.notification;

import org.motcua.testsupport.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every @QuarkusTest of notification runs against the real Kafka and notification's own PostgreSQL database, a real
 * SMTP server and the simulators of the SMS gateway and of Zalo.
 */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(ChannelSimulators.class)
public class NotificationTestResources {
}
