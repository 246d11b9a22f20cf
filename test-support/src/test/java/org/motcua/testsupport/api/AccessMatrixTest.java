package org.motcua.testsupport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.motcua.testsupport.api.AccessMatrix.Caller;

class AccessMatrixTest {

    private static final String HEADER = """
            | operation | kind | anonymous | clerk | officer | leader | province-admin | auditor | integration | another unit |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    @Test
    void readsEachServicesTableAndEachCallersAnswer() {
        AccessMatrix matrix = AccessMatrix.parse("""
                # title

                | column | who |
                |---|---|
                | clerk | desk |

                ## intake-service

                """ + HEADER + """
                | GET /api/v1/dossiers/{id} | read | 401 | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | 404 |
                | POST /api/v1/dossiers/{id}/decision | write | 401 | 403 | ✓ | ✓ | 403 | 403 | 403 | 404 |

                ## routing-service

                """ + HEADER + """
                | GET /api/v1/units | read | 401 | ✓ | ✓ | ✓ | ✓ | ✓ | 403 | ✓ |
                """);
        assertThat(matrix.rows("intake-service")).extracting(AccessMatrix.Row::operation)
                .containsExactly("GET /api/v1/dossiers/{id}", "POST /api/v1/dossiers/{id}/decision");
        AccessMatrix.Row decision = matrix.rows("intake-service").get(1);
        assertThat(decision.writes()).isTrue();
        assertThat(decision.answer(Caller.CLERK)).isEqualTo("403");
        assertThat(decision.answer(Caller.ANOTHER_UNIT)).isEqualTo("404");
        assertThat(decision.anotherUnitsRole()).isEqualTo("officer");
        assertThat(matrix.rows("intake-service").get(0).anotherUnitsRole()).isEqualTo("clerk");
        assertThat(matrix.rows("routing-service")).hasSize(1);
        assertThat(matrix.rows("records-service")).isEmpty();
    }

    @Test
    void refusesAnAnswerItDoesNotKnowOrARowOfTheWrongWidth() {
        assertThatThrownBy(() -> AccessMatrix.parse("## s\n" + HEADER
                + "| GET /x | read | 401 | yes | ✓ | ✓ | ✓ | ✓ | ✓ | 404 |\n"))
                .hasMessageContaining("unknown answer 'yes'");
        assertThatThrownBy(() -> AccessMatrix.parse("## s\n" + HEADER + "| GET /x | read | 401 | ✓ |\n"))
                .hasMessageContaining("the row has 4 cells");
        assertThatThrownBy(() -> AccessMatrix.parse("## s\n" + HEADER
                + "| GET /x | maybe | 401 | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | 404 |\n"))
                .hasMessageContaining("kind");
    }

    @Test
    void theRepositorysDocumentIsFound() {
        assertThat(AccessMatrix.ofRepository().rows("intake-service")).isNotEmpty();
    }
}
