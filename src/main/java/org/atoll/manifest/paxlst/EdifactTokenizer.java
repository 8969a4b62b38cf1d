package org.atoll.manifest.paxlst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;

/**
 * Splits the text of one EDIFACT interchange into its segments and their values in a single pass
 * over a char array (ADR 0006). It reads the delimiters from the service string advice {@code UNA}
 * (component and element separators, release character, repetition separator, segment terminator;
 * ISO 9735 defaults without it; the decimal mark does not change where a value ends), honours the release character (a released
 * release character or terminator is data), skips line breaks, other control characters and the
 * blanks before a tag, and stops after {@code UNZ}. Each value carries its segment (numbered from
 * UNB = 1; UNA is not a segment), element position, component position (0 for a simple element)
 * and repetition.
 *
 * <p>It reads exactly as StAEDI does with the parser's former settings (extraneous characters
 * ignored, no schema), quirks included, which {@code EdifactTokenizerDifferentialTest} checks: the
 * repetition separator and, without UNA, the release character count only from the end of UNB's
 * first element (with UNA) or of UNB (without), and only from syntax version 4 on; a blank
 * repetition separator in UNA is a separator.
 */
final class EdifactTokenizer {

    static final String TRUNCATED = "The interchange ends after this segment without UNT and UNZ: it is truncated";
    private static final String UNREADABLE = "The interchange cannot be read here: ";

    private static final byte DATA = 0;
    private static final byte IGNORED = 1;
    private static final byte COMPONENT = 2;
    private static final byte ELEMENT = 3;
    private static final byte REPETITION = 4;
    private static final byte TERMINATOR = 5;
    private static final byte RELEASE = 6;

    /** Ints per value in {@link #values}: start and end in {@link #chars}, element, component, repetition. */
    static final int STRIDE = 5;

    private final char[] in;
    private final int n;

    private final boolean una;
    private final char componentSeparator;
    private final char elementSeparator;
    private final char releaseCharacter;
    private final char repetitionSeparator;
    private final char segmentTerminator;
    private byte[] classes;

    private final char[] chars;
    private int length;
    private int[] values;
    private int valueCount;

    private int[] segmentValues = new int[128];
    private String[] tags = new String[64];
    private int segmentCount;
    private final List<String> knownTags = new ArrayList<>(24);

    private EdifactTokenizer(char[] in) {
        this.in = in;
        this.n = in.length;
        this.chars = new char[n];
        this.values = new int[STRIDE * Math.max(64, n / 4)];
        if (n >= 3 && in[0] == 'U' && in[1] == 'N' && in[2] == 'A') {
            if (n < 9) {
                throw new ManifestFormatException(new ManifestIssue(1, "", 0, 0,
                        "UNA is cut short: it needs six service characters"));
            }
            una = true;
            componentSeparator = in[3];
            elementSeparator = in[4];
            releaseCharacter = in[6];
            repetitionSeparator = in[7];
            segmentTerminator = in[8];
        } else {
            // ISO 9735 defaults
            una = false;
            componentSeparator = ':';
            elementSeparator = '+';
            releaseCharacter = '?';
            repetitionSeparator = '*';
            segmentTerminator = '\'';
        }
    }

    /** The segments of an interchange's text, as {@link EdifactText} leaves it (or with line breaks left in). */
    static List<Segment> segments(String text) {
        return new EdifactTokenizer(text.toCharArray()).run();
    }

    private List<Segment> run() {
        int i = una ? 9 : 0;
        classes = interchangeHeaderClasses();
        boolean inHeader = true;
        boolean sawUnz = false;
        while (!sawUnz) {
            // between segments: blanks, line breaks and other ignored characters
            while (i < n && (in[i] == ' ' && classOf(' ') == DATA || classOf(in[i]) == IGNORED)) {
                i++;
            }
            if (i >= n) {
                throw truncatedAfterLastSegment();
            }
            // the tag: two or three letters or digits
            int number = segmentCount + 1;
            char t0 = 0;
            char t1 = 0;
            char t2 = 0;
            int tagLength = 0;
            char c = 0;
            byte k = DATA;
            for (; i < n; i++) {
                c = in[i];
                k = classOf(c);
                if (k == IGNORED) {
                    continue;
                }
                if (k != DATA || !isLetterOrDigit(c)) {
                    break;
                }
                if (tagLength == 3) {
                    throw unreadable(number, "", 0, 0, "a segment tag has two or three letters or digits, not '"
                            + t0 + t1 + t2 + c + "…'");
                }
                switch (tagLength++) {
                    case 0 -> t0 = c;
                    case 1 -> t1 = c;
                    default -> t2 = c;
                }
            }
            if (i >= n) {
                throw truncatedAfterLastSegment();
            }
            if (tagLength == 0) {
                throw unreadable(number, "", 0, 0, k == TERMINATOR
                        ? "the segment is empty (a segment terminator follows the previous one)"
                        : "'" + c + "' stands where a segment tag belongs");
            }
            if (tagLength == 1) {
                throw unreadable(number, "", 0, 0, "a segment tag has two or three letters or digits, not '" + t0
                        + "' followed by '" + c + "'");
            }
            if (k != ELEMENT && k != TERMINATOR) {
                String tag = tagLength == 2 ? "" + t0 + t1 : "" + t0 + t1 + t2;
                throw unreadable(number, tag, 0, 0, "the tag " + tag + " is followed by '" + c
                        + "' instead of the element separator '" + elementSeparator + "' or the segment terminator '"
                        + segmentTerminator + "'");
            }
            String tag = tag(t0, t1, t2, tagLength);
            if (number == 1 && !tag.equals("UNB")) {
                throw new ManifestFormatException(new ManifestIssue(1, "", 0, 0, "An interchange starts with UNA or UNB"));
            }
            startSegment(tag);
            i++;
            // StAEDI reads the interchange trailer by stricter rules: simple elements only, at least one
            boolean trailer = tag.equals("UNZ");
            if (k == TERMINATOR) {
                if (inHeader) {
                    throw noSyntaxVersion();
                }
                if (trailer) {
                    throw unreadable(number, tag, 0, 0, "UNZ (interchange trailer) has no elements");
                }
                continue;
            }
            // the elements: one value per simple element, component or repetition
            int element = 1;
            int component = 0;
            int repetition = 1;
            int start = length;
            byte[] table = classes;
            char[] out = chars;
            int o = length;
            while (true) {
                if (i >= n) {
                    throw new ManifestFormatException(new ManifestIssue(number, tag, element, component,
                            "The interchange ends inside this segment, before its terminator '" + segmentTerminator
                                    + "': it is truncated"));
                }
                c = in[i++];
                if (c >= table.length || (k = table[c]) == DATA) {
                    out[o++] = c;
                    continue;
                }
                if (trailer && k != IGNORED && k != ELEMENT && k != TERMINATOR) {
                    throw unreadable(number, tag, element, 0, "UNZ (interchange trailer) takes simple elements only, "
                            + "without component or repetition separators and release characters ('" + c + "')");
                }
                switch (k) {
                    case IGNORED -> { }
                    case RELEASE -> {
                        if (i >= n) {
                            throw new ManifestFormatException(new ManifestIssue(number, tag, element, component,
                                    "The interchange ends with the release character '" + c + "': it is truncated"));
                        }
                        char released = in[i++];
                        if (classOf(released) != IGNORED) {
                            out[o++] = released;
                        }
                    }
                    case COMPONENT -> {
                        if (component == 0) {
                            component = 1;
                        }
                        value(start, o, element, component++, repetition);
                        start = o;
                    }
                    case REPETITION -> {
                        value(start, o, element, component, repetition++);
                        start = o;
                        component = 0;
                    }
                    default -> { // ELEMENT or TERMINATOR
                        value(start, o, element, component, repetition);
                        start = o;
                        if (inHeader && (una || k == TERMINATOR)) {
                            // StAEDI takes the syntax version from UNB element 1 here and only then
                            // knows whether release character and repetition separator apply
                            inHeader = false;
                            classes = table = interchangeClasses(syntaxVersion());
                        }
                        if (k == ELEMENT) {
                            element++;
                            component = 0;
                            repetition = 1;
                        }
                    }
                }
                if (k == TERMINATOR) {
                    length = o;
                    break;
                }
            }
            sawUnz = trailer;
        }
        return build();
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private byte classOf(char c) {
        return c < classes.length ? classes[c] : DATA;
    }

    /** Before the syntax version is known: separators and terminator; with UNA a release character that is not blank. */
    private byte[] interchangeHeaderClasses() {
        byte[] table = baseClasses();
        table[componentSeparator] = COMPONENT;
        table[elementSeparator] = ELEMENT;
        if (una && releaseCharacter != ' ') {
            table[releaseCharacter] = RELEASE;
        }
        table[segmentTerminator] = TERMINATOR;
        return table;
    }

    /** From syntax version 4 on the repetition separator counts; a blank release character or repetition separator is none. */
    private byte[] interchangeClasses(String syntaxVersion) {
        boolean four = syntaxVersion.compareTo("4") >= 0;
        byte[] table = interchangeHeaderClasses();
        table[componentSeparator] = COMPONENT;
        table[elementSeparator] = ELEMENT;
        // a blank in the UNA's release or repetition position means "none": carriers write UNA:+.? '
        // with syntax version 4 too, and their names keep their blanks (StAEDI would cut them there)
        if (releaseCharacter != ' ') {
            table[releaseCharacter] = RELEASE;
        }
        if (four && repetitionSeparator != ' ') {
            table[repetitionSeparator] = REPETITION;
        }
        table[segmentTerminator] = TERMINATOR;
        return table;
    }

    private byte[] baseClasses() {
        int max = Math.max(Math.max(componentSeparator, elementSeparator),
                Math.max(Math.max(releaseCharacter, repetitionSeparator), segmentTerminator));
        byte[] table = new byte[Math.max(256, max + 1)];
        for (int c = 0; c < 0x20; c++) {
            if (c != ' ') {
                table[c] = IGNORED;
            }
        }
        table[0x7F] = IGNORED;
        return table;
    }

    /** UNB element 1 component 2; StAEDI refuses an interchange without one. */
    private String syntaxVersion() {
        int first = segmentValues[0];
        String version = null;
        boolean later = false;
        for (int v = first; v < valueCount; v++) {
            int b = v * STRIDE;
            if (values[b + 2] != 1 || values[b + 4] != 1) {
                break;
            }
            int component = values[b + 3];
            if (component == 2) {
                version = new String(chars, values[b], values[b + 1] - values[b]);
            }
            if (component >= 2 && values[b + 1] > values[b]) {
                later = true;
            }
        }
        if (version == null || !later) {
            throw noSyntaxVersion();
        }
        return version;
    }

    private ManifestFormatException noSyntaxVersion() {
        return new ManifestFormatException(new ManifestIssue(1, "UNB", 1, 2,
                UNREADABLE + "UNB names no syntax version (element 1, component 2, as in UNOA:4)"));
    }

    private String tag(char t0, char t1, char t2, int tagLength) {
        for (int t = 0; t < knownTags.size(); t++) {
            String known = knownTags.get(t);
            if (known.length() == tagLength && known.charAt(0) == t0 && known.charAt(1) == t1
                    && (tagLength == 2 || known.charAt(2) == t2)) {
                return known;
            }
        }
        String tag = tagLength == 2 ? new String(new char[] {t0, t1}) : new String(new char[] {t0, t1, t2});
        knownTags.add(tag);
        return tag;
    }

    private void startSegment(String tag) {
        if (segmentCount == tags.length) {
            tags = Arrays.copyOf(tags, tags.length * 2);
        }
        if (segmentCount + 1 >= segmentValues.length) {
            segmentValues = Arrays.copyOf(segmentValues, segmentValues.length * 2);
        }
        tags[segmentCount] = tag;
        segmentValues[segmentCount] = valueCount;
        segmentCount++;
    }

    private void value(int start, int end, int element, int component, int repetition) {
        int b = valueCount * STRIDE;
        if (b + STRIDE > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[b] = start;
        values[b + 1] = end;
        values[b + 2] = element;
        values[b + 3] = component;
        values[b + 4] = repetition;
        valueCount++;
    }

    private List<Segment> build() {
        List<Segment> segments = new ArrayList<>(segmentCount);
        for (int s = 0; s < segmentCount; s++) {
            int end = s + 1 < segmentCount ? segmentValues[s + 1] : valueCount;
            segments.add(new Segment(s + 1, tags[s], chars, values, segmentValues[s], end));
        }
        return segments;
    }

    private ManifestFormatException truncatedAfterLastSegment() {
        return new ManifestFormatException(new ManifestIssue(Math.max(segmentCount, 1),
                segmentCount == 0 ? "" : tags[segmentCount - 1], 0, 0, TRUNCATED));
    }

    private static ManifestFormatException unreadable(int segment, String tag, int element, int component,
                                                      String problem) {
        return new ManifestFormatException(new ManifestIssue(segment, tag, element, component, UNREADABLE + problem));
    }
}
