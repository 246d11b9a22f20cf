package org.motcua.platformkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsCaseAndTheLetterD() {
        assertThat(VietnameseText.fold("Thủ tục đăng ký khai sinh")).isEqualTo("thu tuc dang ky khai sinh");
        assertThat(VietnameseText.fold("Đăk Hà")).isEqualTo("dak ha");
        assertThat(VietnameseText.fold("Nguyễn Văn A")).isEqualTo("nguyen van a");
        assertThat(VietnameseText.fold("  Ia H' Drai, (Kon Tum)")).isEqualTo("ia h drai kon tum");
    }

    @Test
    void wordsOfAQuery() {
        assertThat(VietnameseText.words("dang ky  KẾT hôn")).containsExactly("dang", "ky", "ket", "hon");
        assertThat(VietnameseText.words("  ")).isEmpty();
    }
}
