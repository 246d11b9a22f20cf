package org.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void codeIsAgencyDateAndAtLeastFourDigitsOfSequence() {
        assertThat(DossierCode.of("21025", LocalDate.of(2026, 11, 29), 1)).isEqualTo("21025-261129-0001");
        assertThat(DossierCode.of("23548", LocalDate.of(2026, 2, 17), 12345)).isEqualTo("23548-260217-12345");
    }

    @Test
    void sequenceStartsAtOne() {
        assertThatThrownBy(() -> DossierCode.of("21025", LocalDate.of(2026, 11, 29), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
