package org.motcua.platformkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void aValueIsStoredEncryptedUnderItsKeyAndReadBack() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", K1), "k1");
        String stored = cipher.encrypt("Nguyễn Thị Hồng Nhung");
        assertThat(stored).startsWith("pd1.k1.").doesNotContain("Nguy").doesNotContain("Nhung");
        assertThat(cipher.decrypt(stored)).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(cipher.encrypt("Nguyễn Thị Hồng Nhung")).as("a fresh nonce each time").isNotEqualTo(stored);
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void afterARotationTheOldKeyStillReadsAndTheRotationKnowsWhatIsLeft() {
        String old = new PersonalDataCipher(Map.of("k1", K1), "k1").encrypt("0912345678");
        PersonalDataCipher rotated = new PersonalDataCipher(Map.of("k1", K1, "k2", K2), "k2");
        assertThat(rotated.decrypt(old)).isEqualTo("0912345678");
        assertThat(rotated.isCurrent(old)).isFalse();
        String again = rotated.encrypt(rotated.decrypt(old));
        assertThat(again).startsWith(rotated.currentPrefix());
        assertThat(rotated.isCurrent(again)).isTrue();
        // a value stored before encryption is read as it is, and is left for the rotation
        assertThat(rotated.decrypt("nhung.nguyen@example.vn")).isEqualTo("nhung.nguyen@example.vn");
        assertThat(rotated.isCurrent("nhung.nguyen@example.vn")).isFalse();
    }

    @Test
    void aChangedValueOrAnUnknownKeyIsNeverReadAsSomethingElse() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", K1), "k1");
        String stored = cipher.encrypt("Trần Văn Bình");
        char last = stored.charAt(stored.length() - 2);
        String changed = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A') + stored.charAt(stored.length() - 1);
        assertThatThrownBy(() -> cipher.decrypt(changed)).isInstanceOf(IllegalStateException.class);
        String otherKey = new PersonalDataCipher(Map.of("k9", K2), "k9").encrypt("Trần Văn Bình");
        assertThatThrownBy(() -> cipher.decrypt(otherKey)).hasMessageContaining("k9");
    }

    @Test
    void keysMustBeAes256AndTheCurrentOneConfigured() {
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k1", K1), "k2")).hasMessageContaining("k2");
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k.1", K1), "k.1")).hasMessageContaining("key id");
    }
}
