package org.motcua.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.motcua.testsupport.JwtKeys;

/**
 * Mints a token for any role and unit with the local stack's key:
 * {@code deploy/local/token.sh --role officer --unit 21028 [--hours 8] [--subject name]}.
 */
public final class TokenCommand {

    private static final Set<String> ROLES = Set.of("clerk", "officer", "leader", "province-admin", "auditor",
            "integration");

    private TokenCommand() {
    }

    @SuppressWarnings("java:S106") // prints the token for the shell
    public static void main(String[] args) {
        String role = null;
        String unit = null;
        String subject = null;
        long hours = 8;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = args[++i];
                case "--unit" -> unit = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                case "--subject" -> subject = args[++i];
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                default -> fail("unknown option " + args[i]);
            }
        }
        if (role == null || !ROLES.contains(role)) {
            fail("--role must be one of " + ROLES);
        }
        boolean unitScoped = Set.of("clerk", "officer", "leader").contains(role);
        if (unitScoped && (unit == null || !unit.matches("[0-9]{5}"))) {
            fail("--unit (5-digit unit code) is required for " + role);
        }
        Path keys = root.resolve("deploy/local/.data/keys");
        if (!Files.exists(keys)) {
            fail("no local key in " + keys + ": start the stack once with deploy/local/run.sh");
        }
        String name = subject != null ? subject : role + (unit == null ? "" : "." + unit) + "@motcua.local";
        System.out.println(JwtKeys.loadOrCreate(keys).token(name, role, unit, Duration.ofHours(hours)));
    }

    @SuppressWarnings("java:S106")
    private static void fail(String message) {
        System.err.println("token: " + message);
        System.err.println("usage: deploy/local/token.sh --role clerk|officer|leader|province-admin|auditor|integration"
                + " [--unit 21025] [--hours 8] [--subject name]");
        System.exit(2);
    }
}
