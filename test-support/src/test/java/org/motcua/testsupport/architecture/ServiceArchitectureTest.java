package org.motcua.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** Every rule of the one shape can fail: each one refuses the misshapen service in this test's fixture. */
class ServiceArchitectureTest {

    private static final String MISSHAPEN = "org.motcua.testsupport.architecture.misshapen";

    private final ServiceArchitecture rules = new ServiceArchitecture(MISSHAPEN) {
        @Override
        protected JavaClasses imported() {
            return new ClassFileImporter().importPackages(MISSHAPEN);
        }
    };

    @Test
    void aDomainThatCallsAUseCaseIsRefused() {
        assertThatThrownBy(rules::theDomainKnowsNoFrameworkOfTheEdgesAndNoOuterLayer)
                .isInstanceOf(AssertionError.class).hasMessageContaining("Dossier");
    }

    @Test
    void aUseCaseThatKnowsAResourceIsRefused() {
        assertThatThrownBy(rules::useCasesAndPublishersDoNotDependOnTheApiOrTheConsumers)
                .isInstanceOf(AssertionError.class).hasMessageContaining("Numbering");
    }

    @Test
    void aTransactionStartedInAResourceIsRefused() {
        assertThatThrownBy(rules::transactionsStartInUseCasesNotInResources)
                .isInstanceOf(AssertionError.class).hasMessageContaining("DossierResource");
    }

    @Test
    void aLayerOfItsOwnIsRefused() {
        assertThatThrownBy(rules::everyClassLivesInOneOfTheLayers)
                .isInstanceOf(AssertionError.class).hasMessageContaining("RegistryClient");
    }

    @Test
    void aRecordNamedNeitherRequestNorViewIsRefused() {
        assertThatThrownBy(rules::theApiAnswersWithRequestsAndViews)
                .isInstanceOf(AssertionError.class).hasMessageContaining("Receipt");
    }

    @Test
    void aRequestNestedInItsResourceIsRefused() {
        assertThatThrownBy(rules::resourcesNestNoTypes)
                .isInstanceOf(AssertionError.class).hasMessageContaining("DossierResource$Body");
    }

    @Test
    void aSettingReadOneByOneIsRefused() {
        assertThatThrownBy(rules::noSettingIsReadOneByOne)
                .isInstanceOf(AssertionError.class).hasMessageContaining("Numbering");
    }

    @Test
    void aMappingOutsideTheConfigLayerIsRefused() {
        assertThatThrownBy(rules::settingsAreMappedInTheConfigLayer)
                .isInstanceOf(AssertionError.class).hasMessageContaining("NumberingSettings");
    }
}
