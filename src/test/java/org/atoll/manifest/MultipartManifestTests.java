package org.atoll.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The parts of a multi-part PAXLST (UNH sequence 01:C, 02:F) end up in one manifest. */
@AtollIntegrationTest
class MultipartManifestTests {

    @Autowired
    MockMvc mvc;

    static byte[] part(String interchange, int part, boolean last, String surname, String given, String sex, String number) {
        String message = "UNA:+.? 'UNB+UNOA:4+PAAIR+PWROR+261201:0900+" + interchange + "'"
                + "UNH+M" + part + "+PAXLST:D:05B:UN:IATA+MPREF+0" + part + (last ? ":F" : ":C") + "'BGM+745'NAD+MS+++OPS'"
                + "TDT+20+PA330+++PA'LOC+125+GUM'DTM+189:2612010900:201'LOC+87+ROR'DTM+232:2612011200:201'"
                + "NAD+FL+++" + surname + ":" + given + "'ATT+2++" + sex + "'DTM+329:800101'NAT+2+USA'DOC+P+" + number
                + "'DTM+36:340101'LOC+91+USA'CNT+42:2'UNT+17+M" + part + "'UNZ+1+" + interchange + "'";
        return message.getBytes(StandardCharsets.UTF_8);
    }

    MockHttpServletResponse submit(String token, byte[] body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/manifests").header("Authorization", "Bearer " + token)
                .contentType("application/edifact").content(body)).andReturn().getResponse();
    }

    @Test
    void thePartsOfAMultiPartListAreMergedIntoOneManifestAndAPartSentTwiceIsStoredOnce() throws Exception {
        String admin = new ApiClient(mvc).adminToken();
        MockHttpServletResponse first = submit(admin, part("MP0001", 1, false, "ALPHA", "ANN", "F", "511000001"));
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        String id = JsonPath.read(first.getContentAsString(), "$.manifestId");
        assertThat((Integer) JsonPath.read(first.getContentAsString(), "$.passengers")).isEqualTo(1);

        MockHttpServletResponse second = submit(admin, part("MP0002", 2, true, "BRAVO", "BEN", "M", "511000002"));
        assertThat(second.getStatus()).as(second.getContentAsString()).isEqualTo(201);
        assertThat((String) JsonPath.read(second.getContentAsString(), "$.manifestId")).isEqualTo(id);
        assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.passengers")).isEqualTo(2);

        MockHttpServletResponse again = submit(admin, part("MP0002", 2, true, "BRAVO", "BEN", "M", "511000002"));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.manifestId")).isEqualTo(id);

        String detail = mvc.perform(MockMvcRequestBuilders.get("/api/v1/manifests/" + id).header("Authorization", "Bearer " + admin))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(detail, "$.persons[*].surname")).containsExactly("ALPHA", "BRAVO");
        assertThat((List<Integer>) JsonPath.read(detail, "$.persons[*].position")).containsExactly(1, 2);
        assertThat((List<Integer>) JsonPath.read(detail, "$.parts.received")).containsExactly(1, 2);
        assertThat((Integer) JsonPath.read(detail, "$.parts.total")).isEqualTo(2);
        assertThat((Boolean) JsonPath.read(detail, "$.parts.complete")).isTrue();
        assertThat((List<String>) JsonPath.read(detail, "$.manifest.warnings")).anySatisfy(w -> assertThat(w).startsWith("part 2:"));
    }

    @Test
    void aShipsAgentSendsAFalForm6Spreadsheet() throws Exception {
        String admin = new ApiClient(mvc).adminToken();
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/manifests").header("Authorization", "Bearer " + admin)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .content(org.atoll.manifest.csv.SpreadsheetManifestReaderTest.falForm6())).andReturn().getResponse();

        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.format")).isEqualTo("FAL6");
        assertThat((Integer) JsonPath.read(r.getContentAsString(), "$.passengers")).isEqualTo(2);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.flight")).isEqualTo("V042");
    }
}
