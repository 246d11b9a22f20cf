package org.motcua.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
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

    private static final DescribedPredicate<JavaClass> PUBLIC_TOP_LEVEL_RECORDS = DescribedPredicate.describe(
            "are public top-level records", c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false));

    private static final DescribedPredicate<JavaClass> NESTED_IN_A_RESOURCE = DescribedPredicate.describe(
            "are nested in a resource", c -> c.getEnclosingClass()
                    .map(outer -> outer.getSimpleName().endsWith("Resource")).orElse(false));

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

    @Test
    void everyClassLivesInOneOfTheLayers() {
        classes().should().resideInAnyPackage(base + ".api..", base + ".service..", base + ".domain..",
                base + ".consumer..", base + ".publisher..", base + ".config..")
                .because("a feature that needs room is a sub-package inside a layer, not a layer of its own")
                .check(imported());
    }

    @Test
    void theApiAnswersWithRequestsAndViews() {
        classes().that().resideInAPackage(base + ".api..").and(PUBLIC_TOP_LEVEL_RECORDS)
                .should().haveSimpleNameEndingWith("Request").orShould().haveSimpleNameEndingWith("View")
                .allowEmptyShould(true).check(imported());
    }

    @Test
    void resourcesNestNoTypes() {
        noClasses().that(NESTED_IN_A_RESOURCE).should().resideInAPackage(base + ".api..")
                .because("a resource's requests and views are records of their own, one file each")
                .allowEmptyShould(true).check(imported());
    }

    @Test
    void noSettingIsReadOneByOne() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.inject.ConfigProperty")
                .because("every setting is a method of a @ConfigMapping interface, with its default and validation")
                .check(imported());
    }

    @Test
    void settingsAreMappedInTheConfigLayer() {
        classes().that().areAnnotatedWith("io.smallrye.config.ConfigMapping")
                .should().resideInAPackage(base + ".config..")
                .allowEmptyShould(true).check(imported());
    }
}
