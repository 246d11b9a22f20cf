package org.motcua.platformkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void aNameKeepsTheFirstLetterOfEachWord() {
        assertThat(PersonalDataMask.name("Phạm Văn Đức")).isEqualTo("P*** V*** Đ***");
        assertThat(PersonalDataMask.name("  Y  Nhung ")).isEqualTo("Y*** N***");
        assertThat(PersonalDataMask.name(null)).isNull();
    }

    @Test
    void anAddressKeepsTheMailDomainOrTheLastThreeDigits() {
        assertThat(PersonalDataMask.address("duc.pham@example.vn")).isEqualTo("d***@example.vn");
        assertThat(PersonalDataMask.address("0935001177")).isEqualTo("*******177");
        assertThat(PersonalDataMask.address("12")).isEqualTo("***");
    }

    @Test
    void aTextToThePersonHasTheirNameMasked() {
        assertThat(PersonalDataMask.text("Kính gửi ông/bà Phạm Văn Đức, hồ sơ 21034-261129-0001", "Phạm Văn Đức"))
                .isEqualTo("Kính gửi ông/bà P*** V*** Đ***, hồ sơ 21034-261129-0001");
        assertThat(PersonalDataMask.text("Không tên", null)).isEqualTo("Không tên");
    }
}
