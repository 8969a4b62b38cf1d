package org.atoll.document;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The MRZ API in the running application: signed-in officers only, codes checked against reference data. */
@AtollIntegrationTest
class DocumentApiIntegrationTests {

    // ICAO Doc 9303 Part 4 specimen (Utopia), as in the cheminfo/mrz test suite (MIT).
    static final String SPECIMEN = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Autowired
    MockMvc mvc;

    @Test
    void anOfficerReadsAPassportZoneAndSeesTheExpiryVerdictSeparately() throws Exception {
        String token = new ApiClient(mvc).officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        mvc.perform(post("/api/v1/documents/mrz").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mrz\":\"" + SPECIMEN + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("TD3"))
                .andExpect(jsonPath("$.surname").value("ERIKSSON"))
                .andExpect(jsonPath("$.givenNames").value("ANNA MARIA"))
                .andExpect(jsonPath("$.documentNumber").value("L898902C3"))
                .andExpect(jsonPath("$.dateOfBirth").value("1974-08-12"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[?(@.kind == 'EXPIRED')]").exists());
    }

    @Test
    void anUnknownIssuingStateIsAWarningFromTheReferenceDataNotAnError() throws Exception {
        String token = new ApiClient(mvc).officerToken("CUSTOMS", List.of("ANALYST"));
        String zzz = SPECIMEN.replace("P<UTO", "P<ZZZ");
        mvc.perform(post("/api/v1/documents/mrz").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mrz\":\"" + zzz + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[?(@.kind == 'UNKNOWN_CODE' && @.field == 'issuingState')]").exists());
    }

    @Test
    void somethingThatIsNotAZoneIsA422ThatSaysWhere() throws Exception {
        String token = new ApiClient(mvc).officerToken("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        mvc.perform(post("/api/v1/documents/mrz").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mrz\":\"HELLO WORLD\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").exists())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(post("/api/v1/documents/mrz").contentType(MediaType.APPLICATION_JSON).content("{\"mrz\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }
}
