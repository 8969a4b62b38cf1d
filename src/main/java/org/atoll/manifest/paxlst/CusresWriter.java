package org.atoll.manifest.paxlst;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the interactive API's answer to a carrier as a UN/EDIFACT CUSRES message (syntax UNOC,
 * default delimiters, {@code ?} as release character): the flight (TDT, LOC 125/87, DTM 189), the
 * traveller's document (RFF AVF = answer reference, DOC) and the board directive in ERP/ERC. No
 * reason is ever written: it stays with the authority.
 */
public final class CusresWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmm");

    /** What the message says. */
    public record Response(String interchangeReference, String sender, String recipient, LocalDateTime preparedAt,
                           String answerReference, String carrier, String flight, String departurePort,
                           LocalDateTime departure, String arrivalPort, String surname, String givenNames,
                           String documentType, String documentNumber, String directiveCode, String directiveText) {
    }

    public String write(Response r) {
        List<String> segments = new ArrayList<>();
        segments.add("UNH+1+CUSRES:D:05B:UN:IATA");
        segments.add("BGM+962+" + esc(r.answerReference()));
        segments.add("RFF+AVF:" + esc(r.answerReference()));
        segments.add("TDT+20+" + esc(r.flight()) + "+++" + esc(r.carrier()));
        if (r.departurePort() != null) {
            segments.add("LOC+125+" + esc(r.departurePort()));
        }
        if (r.departure() != null) {
            segments.add("DTM+189:" + STAMP.format(r.departure()) + ":201");
        }
        if (r.arrivalPort() != null) {
            segments.add("LOC+87+" + esc(r.arrivalPort()));
        }
        segments.add("NAD+FL+++" + esc(r.surname()) + ":" + esc(r.givenNames()));
        if (r.documentNumber() != null) {
            segments.add("DOC+" + esc(r.documentType() == null ? "P" : r.documentType()) + "+" + esc(r.documentNumber()));
        }
        segments.add("ERP+2");
        segments.add("ERC+" + esc(r.directiveCode()));
        segments.add("FTX+AAP+++" + esc(r.directiveText()));
        segments.add("UNT+" + (segments.size() + 1) + "+1");
        StringBuilder out = new StringBuilder("UNA:+.? '");
        out.append("UNB+UNOC:4+").append(esc(r.sender())).append('+').append(esc(r.recipient())).append('+')
                .append(DATE.format(r.preparedAt())).append(':').append(TIME.format(r.preparedAt())).append('+')
                .append(esc(r.interchangeReference())).append('\'');
        segments.forEach(s -> out.append(s).append('\''));
        out.append("UNZ+1+").append(esc(r.interchangeReference())).append('\'');
        return out.toString();
    }

    /** UN/EDIFACT release: every service character in data is preceded by {@code ?}. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c == '+' || c == ':' || c == '\'') {
                b.append('?');
            }
            b.append(c);
        }
        return b.toString();
    }
}
