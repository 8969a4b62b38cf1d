package org.atoll.alert.screening;

import java.util.List;

/**
 * Refuses absurd screening input before any normalisation runs, so a 10,000-character name or
 * a string of control characters costs microseconds, never a slow or failing search.
 * Limits are generous for real names: the longest names on the UN list have about 80 characters.
 */
public final class ScreeningInputPolicy {

    public static final int MAX_NAMES = 8;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NAME_PARTS = 16;
    public static final int MAX_DOCUMENTS = 8;
    public static final int MAX_DOCUMENT_NUMBER_LENGTH = 40;

    private ScreeningInputPolicy() {
    }

    public static void check(ScreeningQuery query) {
        List<String> names = query.names();
        if (names.size() > MAX_NAMES) {
            throw new InvalidScreeningInputException("names", "at most " + MAX_NAMES + " names, not " + names.size());
        }
        if (names.isEmpty() && query.documents().isEmpty()) {
            throw new InvalidScreeningInputException("names", "a name or a document is needed to screen");
        }
        for (int i = 0; i < names.size(); i++) {
            checkName("names[" + i + "]", names.get(i));
        }
        if (query.documents().size() > MAX_DOCUMENTS) {
            throw new InvalidScreeningInputException("documents", "at most " + MAX_DOCUMENTS + " documents");
        }
        for (int i = 0; i < query.documents().size(); i++) {
            String number = query.documents().get(i).number();
            if (number.length() > MAX_DOCUMENT_NUMBER_LENGTH) {
                throw new InvalidScreeningInputException("documents[" + i + "].number", "longer than " + MAX_DOCUMENT_NUMBER_LENGTH + " characters");
            }
            if (hasControlCharacter(number)) {
                throw new InvalidScreeningInputException("documents[" + i + "].number", "contains control characters");
            }
        }
    }

    static void checkName(String field, String name) {
        if (name == null) {
            throw new InvalidScreeningInputException(field, "is missing");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidScreeningInputException(field, "longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (hasControlCharacter(name)) {
            throw new InvalidScreeningInputException(field, "contains control characters");
        }
        int parts = 0;
        boolean inPart = false;
        boolean anyLetter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = Character.isLetter(c);
            anyLetter |= letter;
            if (letter && !inPart) {
                parts++;
            }
            inPart = letter || c == '\'' || c == '\u2019';
        }
        if (!anyLetter) {
            throw new InvalidScreeningInputException(field, "has no letters");
        }
        if (parts > MAX_NAME_PARTS) {
            throw new InvalidScreeningInputException(field, "more than " + MAX_NAME_PARTS + " name parts");
        }
    }

    private static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.SURROGATE && !validSurrogate(s, i)
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')) {
                return true;
            }
        }
        return false;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
