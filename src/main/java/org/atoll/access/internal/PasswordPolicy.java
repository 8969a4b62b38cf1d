package org.atoll.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords officers may choose: long enough, not one of the passwords attackers try first, and not
 * the username. Length over composition rules, as NIST SP 800-63B advises.
 */
public final class PasswordPolicy {

    private final int minimumLength;
    private final Set<String> common;

    public PasswordPolicy(int minimumLength, Set<String> commonPasswords) {
        this.minimumLength = minimumLength;
        this.common = Set.copyOf(commonPasswords);
    }

    /** Loads the shipped list of common passwords ({@code access/common-passwords.txt}). */
    public static PasswordPolicy withShippedList(int minimumLength) {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("access/common-passwords.txt is missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(minimumLength, words);
    }

    public int minimumLength() {
        return minimumLength;
    }

    /** What is wrong with the password, in words an officer understands; empty when it is acceptable. */
    public List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Enter a password.");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < minimumLength) {
            problems.add("Use at least " + minimumLength + " characters.");
        }
        if (password.length() > 200) {
            problems.add("Use at most 200 characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("[0-9!@#$%^&*.]+$", ""))) {
            problems.add("This password is on the list of commonly used passwords; choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the username.");
        }
        if (password.chars().distinct().count() < 4) {
            problems.add("Use more than three different characters.");
        }
        return problems;
    }
}
