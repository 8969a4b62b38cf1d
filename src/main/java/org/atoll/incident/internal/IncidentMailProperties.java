package org.atoll.incident.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where incident notifications are emailed when SMTP is configured ({@code spring.mail.host}):
 * an address per agency code (a duty desk) and per officer username; the sender; and the address
 * of Atoll that the email links to.
 */
@ConfigurationProperties("atoll.incident.mail")
public record IncidentMailProperties(String from, String baseUrl, Map<String, String> agencies,
                                     Map<String, String> officers) {

    public IncidentMailProperties {
        from = from == null || from.isBlank() ? "atoll@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        agencies = agencies == null ? Map.of() : upperKeys(agencies);
        officers = officers == null ? Map.of() : lowerKeys(officers);
    }

    private static Map<String, String> upperKeys(Map<String, String> m) {
        Map<String, String> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return Map.copyOf(out);
    }

    private static Map<String, String> lowerKeys(Map<String, String> m) {
        Map<String, String> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return Map.copyOf(out);
    }
}
