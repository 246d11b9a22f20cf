package org.motcua.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The one shape of every service (STYLE.md), checked the same way in each: a service's {@code ArchitectureTest}
 * extends this and names its base package. Layers: {@code api} (resources, requests, views), {@code service} (use
 * cases, where transactions start), {@code domain} (entities, repositories, rules), {@code consumer},
 * {@code publisher}, {@code config}; a feature with room of its own is a sub-package inside them.
 */
public abstract class ServiceArchitecture {

    /** JUnit makes an instance per test: the classes are imported once per service and test run. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String base;

    /** @param basePackage the service's package, such as {@code org.motcua.intake} */
    protected ServiceArchitecture(String basePackage) {
        this.base = basePackage;
    }

    /** The service's main classes (not its tests). */
    protected JavaClasses imported() {
        return IMPORTED.computeIfAbsent(base, b -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(b));
    }

    @Test
    void theDomainKnowsNoFrameworkOfTheEdgesAndNoOuterLayer() {
        noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                        "com.fasterxml.jackson..", "io.smallrye.reactive.messaging..", base + ".api..",
                        base + ".service..", base + ".publisher..", base + ".consumer..")
                .check(imported());
    }

    @Test
    void useCasesAndPublishersDoNotDependOnTheApiOrTheConsumers() {
        noClasses().that().resideInAnyPackage(base + ".service..", base + ".publisher..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".api..", base + ".consumer..")
                .check(imported());
    }

    @Test
    void transactionsStartInUseCasesNotInResources() {
        noClasses().that().resideInAPackage(base + ".api..")
                .should().beAnnotatedWith("jakarta.transaction.Transactional")
                .check(imported());
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(base + ".api..")
                .should().beAnnotatedWith("jakarta.transaction.Transactional")
                .check(imported());
    }
}
