package org.atoll.document.mrz;

import org.atoll.document.MrzSyntaxException;

/**
 * Turns what a desk reader typed into the lines of a zone. Readers act as keyboards: they end
 * lines with CR, LF or CRLF, may add trailing blanks or an empty last line, or send all lines
 * as one. Only what cannot change the data is normalised (trailing whitespace, trailing empty
 * lines); everything else is refused with the line and position of the first problem.
 */
public final class ScannedInput {

    private final char[] chars;
    private final int lineCount;
    private final int lineLength;

    private ScannedInput(char[] chars, int lineCount, int lineLength) {
        this.chars = chars;
        this.lineCount = lineCount;
        this.lineLength = lineLength;
    }

    public static ScannedInput of(String scanned) {
        if (scanned == null) {
            throw new MrzSyntaxException(0, 0, "No MRZ was given");
        }
        // One copy of the input; the lines are then moved together inside it.
        char[] c = scanned.toCharArray();
        int n = c.length;
        int[] bounds = new int[8]; // start and whitespace-trimmed end of each line
        int count = 0;
        int start = 0;
        // First problem inside a line (not trailing whitespace): its index, and its line; -1 when none.
        int problemAt = -1;
        int problemLine = 0;
        while (true) {
            int end = start;
            int trimmed = start;
            while (end < n) {
                char ch = c[end];
                if (ch < 128 && CheckDigits.isMrzCharacter(ch)) {
                    if (problemAt < 0 && trimmed < end) {
                        // a blank or a foreign character followed by more of the zone
                        problemAt = trimmed;
                        problemLine = count;
                    }
                    trimmed = ++end;
                } else if (ch == '\n' || ch == '\r') {
                    break;
                } else if (isBlank(ch)) {
                    end++;
                } else {
                    if (problemAt < 0) {
                        problemAt = end;
                        problemLine = count;
                    }
                    trimmed = ++end;
                }
            }
            if (2 * count == bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = trimmed;
            count++;
            if (end >= n) {
                break;
            }
            start = end + 1;
            if (c[end] == '\r' && start < n && c[start] == '\n') {
                start++;
            }
        }
        while (count > 0 && bounds[2 * count - 1] == bounds[2 * count - 2]) {
            count--;
        }
        if (count == 0) {
            throw new MrzSyntaxException(0, 0, "The MRZ is empty");
        }
        for (int l = 0; l < count; l++) {
            if (bounds[2 * l + 1] == bounds[2 * l]) {
                throw new MrzSyntaxException(l + 1, 1, "Line " + (l + 1) + " is empty; an MRZ has no empty lines");
            }
            if (problemAt >= 0 && problemLine == l) {
                int position = problemAt - bounds[2 * l] + 1;
                int codePoint = Character.codePointAt(c, problemAt, n);
                throw new MrzSyntaxException(l + 1, position, describe(codePoint, l + 1, position));
            }
        }
        if (count == 1) {
            return concatenated(c, bounds[0], bounds[1]);
        }
        if (count > 3) {
            throw new MrzSyntaxException(count, 0, "An MRZ has 2 or 3 lines; this input has " + count);
        }
        int expected;
        if (count == 3) {
            expected = 30;
        } else {
            int first = bounds[1] - bounds[0];
            int second = bounds[3] - bounds[2];
            expected = first == 36 || first == 44 ? first : second == 36 || second == 44 ? second : 0;
            if (expected == 0) {
                throw lengthError(1, first, "a 2-line MRZ has lines of 36 characters (TD2, MRV-B) or 44 (TD3, MRV-A)", first < 36 ? 36 : 44);
            }
        }
        for (int l = 0; l < count; l++) {
            int length = bounds[2 * l + 1] - bounds[2 * l];
            if (length != expected) {
                String rule = count == 3
                        ? "a 3-line MRZ (TD1) has lines of 30 characters"
                        : "the lines of this MRZ have " + expected + " characters, as every line must";
                throw lengthError(l + 1, length, rule, expected);
            }
        }
        for (int l = 1; l < count; l++) {
            System.arraycopy(c, bounds[2 * l], c, l * expected, expected);
        }
        return new ScannedInput(c, count, expected);
    }

    private static ScannedInput concatenated(char[] c, int start, int end) {
        int length = end - start;
        int lines;
        if (length == 90) {
            lines = 3;
        } else if (length == 72 || length == 88) {
            lines = 2;
        } else {
            throw new MrzSyntaxException(1, Math.min(length, 88) + 1, "A one-line input of " + length
                    + " characters is not an MRZ: an MRZ has 2 or 3 lines, or 72, 88 or 90 characters typed without line breaks");
        }
        return new ScannedInput(c, lines, length / lines);
    }

    private static MrzSyntaxException lengthError(int line, int length, String rule, int expected) {
        int position = length < expected ? length + 1 : expected + 1;
        return new MrzSyntaxException(line, position, "Line " + line + " has " + length + " characters; " + rule);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }

    private static String describe(int c, int line, int position) {
        String where = "Line " + line + ", position " + position + ": ";
        if (c >= 'a' && c <= 'z') {
            return where + "lower-case '" + (char) c + "'; MRZ letters are upper case (is Caps Lock on at the reader?)";
        }
        if (c == ' ' || c == '\t') {
            return where + "a blank inside the line; the MRZ filler is '<'";
        }
        String shown = Character.isISOControl(c) || Character.isWhitespace(c) || !Character.isDefined(c)
                ? "" : "'" + new String(Character.toChars(c)) + "' ";
        return where + shown + String.format("(U+%04X) is not in the MRZ alphabet A-Z, 0-9, <", c);
    }

    /** The zone's characters, all lines end to end from index 0 (the array may be longer); the reading takes them over. */
    public char[] chars() {
        return chars;
    }

    public int lineCount() {
        return lineCount;
    }

    public int lineLength() {
        return lineLength;
    }
}
