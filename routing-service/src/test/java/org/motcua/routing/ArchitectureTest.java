package org.motcua.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Dependencies point one way, and the domain stays free of REST, Kafka and JSON. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.motcua.routing");

    @Test
    void domainHasNoFrameworkImports() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                        "com.fasterxml.jackson..", "io.smallrye.reactive.messaging..", "org.motcua.routing.api..",
                        "org.motcua.routing.service..", "org.motcua.routing.publisher..", "org.motcua.routing.consumer..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnTheApi() {
        noClasses().that().resideInAnyPackage("..service..", "..publisher..")
                .should().dependOnClassesThat().resideInAnyPackage("org.motcua.routing.api..", "org.motcua.routing.consumer..")
                .check(classes);
    }

    @Test
    void theAssignmentPolicyIsPlainJava() {
        // the province twin runs the same policy code outside any container
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("..routing.policy..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.motcua.routing.policy..",
                        "org.motcua.platformkit.deadline..")
                .check(classes);
    }

    @Test
    void theProvinceTwinIsPlainJava() {
        // the benchmark runs it from the command line, the service behind an endpoint
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("..routing.twin..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.motcua.routing.policy..",
                        "org.motcua.routing.twin..", "org.motcua.platformkit.data..")
                .check(classes);
    }
}
