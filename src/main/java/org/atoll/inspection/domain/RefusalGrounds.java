package org.atoll.inspection.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grounds of a refusal of entry: at least one provision of the rules in force and a written
 * reason. A refusal without both is not lawful and is not recorded.
 */
public record RefusalGrounds(List<String> provisions, String reason) {

    public RefusalGrounds {
        provisions = List.copyOf(new LinkedHashSet<>(provisions));
        reason = reason == null ? "" : reason.strip();
    }

    /**
     * Checks the grounds against the provisions in force; returns the problems by field
     * ({@code grounds}, {@code reason}), empty when the grounds are lawful.
     */
    public static Map<String, String> problems(List<String> provisions, String reason, Set<String> provisionsInForce) {
        java.util.LinkedHashMap<String, String> problems = new java.util.LinkedHashMap<>();
        List<String> cited = provisions == null ? List.of() : provisions.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).toList();
        if (cited.isEmpty()) {
            problems.put("grounds", "A refusal cites at least one provision of the rules in force");
        } else {
            List<String> unknown = new ArrayList<>();
            for (String p : cited) {
                if (!provisionsInForce.contains(p)) {
                    unknown.add(p);
                }
            }
            if (!unknown.isEmpty()) {
                problems.put("grounds", "Not a provision of the rules in force: " + String.join(", ", unknown));
            }
        }
        if (reason == null || reason.strip().length() < 10) {
            problems.put("reason", "A refusal needs a written reason (at least 10 characters)");
        }
        return problems;
    }
}
