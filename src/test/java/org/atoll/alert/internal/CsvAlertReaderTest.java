package org.atoll.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvAlertReaderTest {

    static final String HEADER = "kind,external_reference,category,reason,legal_basis,action_on_hit,contact,review_date,"
            + "surname,given_names,aliases,dates_of_birth,nationalities,documents\n";

    @Test
    void readsListsInsideCellsAndTheLineOfEachRow() {
        var r = new CsvAlertReader().read(new StringReader(HEADER
                + "PERSON,POL-1,ARREST,\"Warrant, armed robbery\",Penal Code,ARREST,Desk,2027-01-01,Tellei,Maria,\"M. Tellei; Mary Tellei\",1970;1968/1972,PLW;PHL,P:PLW:PW123\n"
                + "\n"
                + "PERSON,POL-2,ARREST,\"two\nlines\",Penal Code,ARREST,Desk,2027-01-01,Ngiraked,Ben,,,,\n"
                + "PERSON,POL-3,ARREST,r,l,ARREST,Desk,2027-01-01,Sato,Ken,,,,\n"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).extracting(CsvAlertReader.Row::line).containsExactly(2, 4, 6);
        var first = r.rows().get(0).fields();
        assertThat(first.reason()).isEqualTo("Warrant, armed robbery");
        assertThat(first.person().names()).extracting(n -> n.text() == null ? n.surname() : n.text())
                .containsExactly("Tellei", "M. Tellei", "Mary Tellei");
        assertThat(first.person().datesOfBirth()).containsExactly("1970", "1968/1972");
        assertThat(first.person().documents()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo("P");
            assertThat(d.issuingState()).isEqualTo("PLW");
            assertThat(d.number()).isEqualTo("PW123");
        });
    }

    @Test
    void reportsAMissingColumnAWrongCellCountAndABadDocumentByLine() {
        assertThat(new CsvAlertReader().read(new StringReader("kind,external_reference\nPERSON,X\n")).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("missing columns"));
        var r = new CsvAlertReader().read(new StringReader(HEADER + "PERSON,POL-1,ARREST\n"
                + "PERSON,POL-2,ARREST,r,l,ARREST,Desk,2027-01-01,Sato,Ken,,,,PLW-123\n"));
        assertThat(r.problems()).extracting(ImportProblem::line).containsExactly(2, 3);
        assertThat(r.problems().get(1).field()).isEqualTo("documents");
    }

    @Test
    void mapsFieldPathsToTheColumnsTheyCameFrom() {
        assertThat(CsvAlertReader.column("person.datesOfBirth[2]")).isEqualTo("dates_of_birth");
        assertThat(CsvAlertReader.column("person.names[0].surname")).isEqualTo("surname");
        assertThat(CsvAlertReader.column("person.names[3].text")).isEqualTo("aliases");
        assertThat(CsvAlertReader.column("document.number")).isEqualTo("document_number");
        assertThat(CsvAlertReader.column("reviewDate")).isEqualTo("review_date");
    }
}
