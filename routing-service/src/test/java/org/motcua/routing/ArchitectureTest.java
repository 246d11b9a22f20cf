package org.motcua.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.architecture.ServiceArchitecture;

/** The one shape of every service (test-support's ServiceArchitecture), and routing's plain-Java policy and twin. */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.motcua.routing");
    }

    @Test
    void theAssignmentPolicyIsPlainJava() {
        // the province twin runs the same policy code outside any container
        classes().that().resideInAPackage("..routing.domain.policy..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.motcua.routing.domain.policy..",
                        "org.motcua.platformkit.deadline..")
                .check(imported());
    }

    @Test
    void theProvinceTwinIsPlainJava() {
        // the benchmark runs it from the command line, the service behind an endpoint
        classes().that().resideInAPackage("..routing.domain.twin..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.motcua.routing.domain.policy..",
                        "org.motcua.routing.domain.twin..", "org.motcua.platformkit.data..")
                .check(imported());
    }
}
