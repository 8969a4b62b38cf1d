package org.atoll.manifest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CusresWriterTest {

    private static CusresWriter.Response response(String surname) {
        return new CusresWriter.Response("REF1", "ATOLL", "PA", LocalDateTime.of(2026, 12, 20, 7, 5), "ans-1", "PA", "PA808",
                "GUM", LocalDateTime.of(2026, 12, 20, 8, 0), "ROR", surname, "ANNE", "P", "X123", "1Z", "DO_NOT_BOARD");
    }

    @Test
    void writesTheBoardDirectiveWithTheFlightAndDocumentAndCountsItsSegments() {
        String m = new CusresWriter().write(response("SMITH"));

        assertThat(m).isEqualTo("UNA:+.? 'UNB+UNOC:4+ATOLL+PA+261220:0705+REF1'UNH+1+CUSRES:D:05B:UN:IATA'BGM+962+ans-1'"
                + "RFF+AVF:ans-1'TDT+20+PA808+++PA'LOC+125+GUM'DTM+189:2612200800:201'LOC+87+ROR'NAD+FL+++SMITH:ANNE'"
                + "DOC+P+X123'ERP+2'ERC+1Z'FTX+AAP+++DO_NOT_BOARD'UNT+13+1'UNZ+1+REF1'");
    }

    @Test
    void releasesServiceCharactersInNames() {
        String m = new CusresWriter().write(response("O'NEIL+SONS:?"));

        assertThat(m).contains("NAD+FL+++O?'NEIL?+SONS?:??:ANNE'");
    }
}
