package org.motcua.local.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The ledger's findings: for each check, how many things it looked at and which of them differ. */
public final class LedgerReport {

    private static final int EXAMPLES = 5;

    /** One check: {@code checked} items, {@code differences} the ones that break the promise. */
    public record Check(String name, long checked, List<String> differences) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    private final List<Check> checks = new ArrayList<>();

    void add(String name, long checked, Collection<String> differences) {
        checks.add(new Check(name, checked, List.copyOf(differences)));
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    public boolean consistent() {
        return checks.stream().allMatch(Check::passed);
    }

    public long differences() {
        return checks.stream().mapToLong(c -> c.differences().size()).sum();
    }

    /** One line per check (OK, or the number of differences and a few of them), then the verdict. */
    public String print() {
        StringBuilder out = new StringBuilder();
        for (Check check : checks) {
            out.append(String.format("%-4s %-72s %9d checked", check.passed() ? "OK" : "FAIL", check.name(),
                    check.checked()));
            if (!check.passed()) {
                out.append(String.format(", %d differ", check.differences().size()));
                check.differences().stream().limit(EXAMPLES).forEach(d -> out.append("\n       ").append(d));
            }
            out.append('\n');
        }
        out.append(consistent() ? "Ledger balanced: nothing lost, nothing duplicated."
                : "Ledger NOT balanced: " + differences() + " differences.").append('\n');
        return out.toString();
    }
}
