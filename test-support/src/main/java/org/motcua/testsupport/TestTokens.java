package org.motcua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Tokens for tests, signed by one key pair per test JVM. */
public final class TestTokens {

    private static JwtKeys keys;

    private TestTokens() {
    }

    public static synchronized JwtKeys keys() {
        if (keys == null) {
            try {
                keys = JwtKeys.loadOrCreate(Files.createTempDirectory("motcua-jwt-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /** A token of the role acting for the unit (null unit for province-wide roles). */
    public static String of(String role, String unitCode) {
        return keys().token(role, unitCode);
    }

    public static String clerk(String unitCode) {
        return of("clerk", unitCode);
    }

    public static String officer(String unitCode) {
        return of("officer", unitCode);
    }

    public static String integration() {
        return of("integration", null);
    }

    public static String provinceAdmin() {
        return of("province-admin", null);
    }
}
