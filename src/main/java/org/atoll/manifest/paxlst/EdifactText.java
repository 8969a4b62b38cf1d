package org.atoll.manifest.paxlst;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;

/**
 * Turns the bytes of an interchange into clean EDIFACT text: decoded by the UNB syntax identifier,
 * without the line breaks and indentation real feeds put between segments, and without what
 * follows UNZ. Bytes the character set does not allow become U+FFFD so one bad name does not
 * lose the manifest; the reader reports them.
 */
final class EdifactText {

    static final char REPLACEMENT = '\uFFFD';

    final String text;
    final char elementSeparator;
    final char componentSeparator;
    final char releaseCharacter;
    final char segmentTerminator;
    final String syntaxIdentifier;
    final int charactersAfterUnz;

    private EdifactText(String text, char element, char component, char release, char terminator,
                        String syntaxIdentifier, int charactersAfterUnz) {
        this.text = text;
        this.elementSeparator = element;
        this.componentSeparator = component;
        this.releaseCharacter = release;
        this.segmentTerminator = terminator;
        this.syntaxIdentifier = syntaxIdentifier;
        this.charactersAfterUnz = charactersAfterUnz;
    }

    static EdifactText of(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < bytes.length && isBlank(bytes[start])) {
            start++;
        }
        if (bytes.length - start < 3) {
            throw error("The message is empty or too short to be an interchange");
        }
        // ISO 9735: defaults when no UNA service string advice is sent
        char component = ':';
        char element = '+';
        char release = '?';
        char terminator = '\'';
        int body = start;
        if (startsWith(bytes, start, "UNA")) {
            if (bytes.length - start < 9) {
                throw error("UNA is cut short: it needs six service characters");
            }
            component = (char) (bytes[start + 3] & 0xFF);
            element = (char) (bytes[start + 4] & 0xFF);
            release = (char) (bytes[start + 6] & 0xFF);
            terminator = (char) (bytes[start + 8] & 0xFF);
            body = start + 9;
        }
        int unb = body;
        while (unb < bytes.length && isBlank(bytes[unb])) {
            unb++;
        }
        if (!startsWith(bytes, unb, "UNB")) {
            throw error("An interchange starts with UNA or UNB");
        }
        String syntax = syntaxIdentifier(bytes, unb + 3, element, component);
        String decoded = decode(bytes, start, charsetFor(syntax));
        return clean(decoded, element, component, release, terminator, syntax);
    }

    private static String syntaxIdentifier(byte[] bytes, int from, char element, char component) {
        int i = from;
        while (i < bytes.length && bytes[i] == ' ') {
            i++;
        }
        if (i >= bytes.length || (bytes[i] & 0xFF) != element) {
            throw new ManifestFormatException(new ManifestIssue(1, "UNB", 1, 1, "UNB has no syntax identifier"));
        }
        StringBuilder s = new StringBuilder();
        // delimiters may be Latin-1 characters above 0x7F: compare unsigned
        for (i++; i < bytes.length && (bytes[i] & 0xFF) != component && (bytes[i] & 0xFF) != element
                && s.length() < 8; i++) {
            s.append((char) (bytes[i] & 0xFF));
        }
        return s.toString().trim();
    }

    // ISO 9735 syntax identifiers: UNOA/UNOB are 7-bit, UNOC..UNOK ISO 8859 parts, UNOW/UNOY UTF-8
    private static Charset charsetFor(String syntax) {
        return switch (syntax) {
            case "UNOA", "UNOB" -> StandardCharsets.US_ASCII;
            case "UNOW", "UNOY" -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
    }

    private static String decode(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT));
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EdifactText clean(String in, char element, char component, char release, char terminator,
                                     String syntax) {
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        int i = 0;
        if (in.startsWith("UNA")) {
            out.append(in, 0, 9);
            i = 9;
        }
        boolean atSegmentStart = true;
        int tagLength = 0;
        boolean afterUnz = false;
        int segmentStart = out.length();
        while (i < n) {
            char c = in.charAt(i);
            if (atSegmentStart) {
                if (isBlank(c)) {
                    i++;
                    continue;
                }
                atSegmentStart = false;
                tagLength = 0;
                segmentStart = out.length();
            }
            if (c == '\r' || c == '\n') {
                i++;
                continue;
            }
            if (tagLength >= 0 && tagLength < 3 && c != element && c != terminator) {
                tagLength++;
            } else if (tagLength == 3 && c == ' ') {
                i++; // "UNG *PAXLST": a blank between tag and first separator
                continue;
            } else {
                tagLength = -1;
            }
            if (c == release && c != ' ' && i + 1 < n) {
                out.append(c).append(in.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(c);
            i++;
            if (c == terminator) {
                atSegmentStart = true;
                if (out.length() - segmentStart >= 3 && out.charAt(segmentStart) == 'U' && out.charAt(segmentStart + 1) == 'N' && out.charAt(segmentStart + 2) == 'Z') {
                    afterUnz = true;
                    break;
                }
            }
        }
        int rest = 0;
        if (afterUnz) {
            for (; i < n; i++) {
                if (!isBlank(in.charAt(i))) {
                    rest++;
                }
            }
        }
        return new EdifactText(out.toString(), element, component, release, terminator, syntax, rest);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\r' || c == '\n' || c == '\t';
    }

    private static boolean startsWith(byte[] bytes, int at, String s) {
        if (bytes.length - at < s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (bytes[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static ManifestFormatException error(String message) {
        return new ManifestFormatException(List.of(new ManifestIssue(1, "", 0, 0, message)));
    }
}
