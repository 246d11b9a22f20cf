package org.motcua.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies point one way, and the domain stays free of REST, Kafka and JSON. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.motcua.notification");

    @Test
    void domainHasNoFrameworkImports() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                        "com.fasterxml.jackson..", "io.smallrye.reactive.messaging..", "org.motcua.notification.api..",
                        "org.motcua.notification.service..", "org.motcua.notification.publisher..", "org.motcua.notification.consumer..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnTheApi() {
        noClasses().that().resideInAnyPackage("..service..", "..publisher..")
                .should().dependOnClassesThat().resideInAnyPackage("org.motcua.notification.api..", "org.motcua.notification.consumer..")
                .check(classes);
    }
}
