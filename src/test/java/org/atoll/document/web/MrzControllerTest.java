package org.atoll.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.atoll.document.MachineReadableZones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class MrzControllerTest {

    // ICAO 9303-4 TD3 specimen (Utopia), from the specimen set (see /document/mrz-specimens.json).
    static final String ICAO_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
        MachineReadableZones zones = new MachineReadableZones((code, on) -> !code.value().equals("ZZZ"), clock);
        mvc = MockMvcBuilders.standaloneSetup(new MrzController(zones)).setControllerAdvice(new MrzProblems()).build();
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions read(String mrzJsonString) throws Exception {
        return postJson("/api/v1/documents/mrz", "{\"mrz\":\"" + mrzJsonString + "\"}");
    }

    @Test
    void answersAValidZoneWithItsFieldsAndVerdicts() throws Exception {
        read(ICAO_TD3)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.format").value("TD3"))
                .andExpect(jsonPath("$.documentCode").value("P"))
                .andExpect(jsonPath("$.issuingState").value("UTO"))
                .andExpect(jsonPath("$.surname").value("ERIKSSON"))
                .andExpect(jsonPath("$.givenNames").value("ANNA MARIA"))
                .andExpect(jsonPath("$.documentNumber").value("L898902C3"))
                .andExpect(jsonPath("$.nationality").value("UTO"))
                .andExpect(jsonPath("$.dateOfBirth").value("1974-08-12"))
                .andExpect(jsonPath("$.sex").value("FEMALE"))
                .andExpect(jsonPath("$.dateOfExpiry").value("2012-04-15"))
                .andExpect(jsonPath("$.optionalData[0]").value("ZE184226B"))
                .andExpect(jsonPath("$.checkDigits", hasSize(5)))
                .andExpect(jsonPath("$.checkDigits[0].field").value("documentNumber"))
                .andExpect(jsonPath("$.checkDigits[0].expected").value("6"))
                .andExpect(jsonPath("$.checkDigits[0].found").value("6"))
                .andExpect(jsonPath("$.checkDigits[0].valid").value(true))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.codesKnown").value(true))
                .andExpect(jsonPath("$.expiryStatus").value("EXPIRED"))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.warnings[0].kind").value("EXPIRED"))
                .andExpect(jsonPath("$.warnings[0].field").value("dateOfExpiry"));
    }

    @Test
    void answersAnInvalidZoneWithOkAndItsErrors() throws Exception {
        read(ICAO_TD3.replace("10\"", "\"").replace("<<<<<10", "<<<<<20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[0].field").value("optionalDataCheckDigit"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].position").value(43))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("The optional data")))
                .andExpect(jsonPath("$.errors[1].field").value("compositeCheckDigit"))
                .andExpect(jsonPath("$.checkDigits[3].valid").value(false));
    }

    @Test
    void writesAPartlyUnknownDateOfBirthAsPartialIsoAndAnUnknownCodeAsAWarning() throws Exception {
        String generated = mvc.perform(post("/api/v1/documents/mrz/generate").contentType(MediaType.APPLICATION_JSON).content("""
                {"format":"TD3","issuingState":"ZZZ","surname":"Eriksson","givenNames":"Anna","documentNumber":"L898902C3",
                 "nationality":"UTO","dateOfBirth":"1974","sex":"F","dateOfExpiry":"2030-01-01"}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String mrz = generated.replaceAll("(?s).*\"mrz\":\"([^\"]*)\".*", "$1");
        read(mrz)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dateOfBirth").value("1974"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.codesKnown").value(false))
                .andExpect(jsonPath("$.warnings[0].kind").value("UNKNOWN_CODE"))
                .andExpect(jsonPath("$.warnings[0].field").value("issuingState"));
    }

    @Test
    void takesTheExpiryWarningPeriodFromTheRequest() throws Exception {
        String zone = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F2604158<<<<<<<<<<<<<<<6";
        postJson("/api/v1/documents/mrz", "{\"mrz\":\"" + zone + "\",\"expiryWarningMonths\":12}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.expiryStatus").value("EXPIRES_SOON"));
        read(zone).andExpect(jsonPath("$.expiryStatus").value("VALID"));
    }

    @Test
    void answersInputThatIsNotAnMrzWithAProblemSayingWhereItIs() throws Exception {
        read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:atoll:problem:not-an-mrz"))
                .andExpect(jsonPath("$.title").value("Not a machine readable zone"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value(startsWith("Line 2 has 43 characters")))
                .andExpect(jsonPath("$.line").value(2))
                .andExpect(jsonPath("$.position").value(44));
        read("p<uto").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.position").value(1));
        read("A\\nB\\nC\\nD").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.line").value(4));
    }

    @Test
    void answersAMissingOrMalformedBodyWithBadRequest() throws Exception {
        postJson("/api/v1/documents/mrz", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mrz"));
        postJson("/api/v1/documents/mrz", "{\"mrz\":").andExpect(status().isBadRequest());
        postJson("/api/v1/documents/mrz", "[1,2]").andExpect(status().isBadRequest());
        postJson("/api/v1/documents/mrz", "{\"mrz\":\"x\",\"expiryWarningMonths\":-1}").andExpect(status().isBadRequest());
    }

    @Test
    void generatesAVisaZone() throws Exception {
        postJson("/api/v1/documents/mrz/generate", """
                {"format":"MRV-B","issuingState":"FIN","surname":"Smith-Jones","givenNames":"Susie Margaret",
                 "documentNumber":"L898902C","nationality":"USA","dateOfBirth":"1969-08-06","sex":"F",
                 "dateOfExpiry":"1994-06-23","optionalData":["ZE184226"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("MRV-B"))
                .andExpect(jsonPath("$.lines[0]").value("V<FINSMITH<JONES<<SUSIE<MARGARET<<<<"))
                .andExpect(jsonPath("$.lines[1]").value("L898902C<3USA6908061F9406236ZE184226"))
                .andExpect(jsonPath("$.surname").value("SMITH JONES"))
                .andExpect(jsonPath("$.nameTruncated").value(false));
    }

    @Test
    void refusesFieldsThatCannotBeWrittenNamingEachOne() throws Exception {
        postJson("/api/v1/documents/mrz/generate", """
                {"format":"TD4","issuingState":"UT0","surname":"Eriksson","documentNumber":"L898902C3",
                 "nationality":"UTO","dateOfBirth":"1974-02-30","sex":"Q","dateOfExpiry":"2030-02-30"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "format", "issuingState", "dateOfBirth", "sex", "dateOfExpiry")));
        postJson("/api/v1/documents/mrz/generate", """
                {"format":"TD3","issuingState":"UTO","surname":"Eriksson","documentNumber":"L898902C34",
                 "nationality":"UTO","sex":"F","dateOfExpiry":"2030-01-01"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        postJson("/api/v1/documents/mrz/generate", """
                {"format":"TD3","issuingState":"UTO","surname":"王","documentNumber":"L898902C3",
                 "nationality":"UTO","sex":"F","dateOfExpiry":"2030-01-01"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void refusesMissingGenerateFieldsWithBadRequest() throws Exception {
        postJson("/api/v1/documents/mrz/generate", "{\"format\":\"TD3\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(5)));
    }

    @Test
    void neverAnswersWithAServerError() throws Exception {
        Random random = new Random(7);
        String[] pieces = {"{", "}", "\"mrz\"", ":", "\"", "null", "1", "[", "]", ",", "P<UTO", "\\n", "\\u0000", "é", "<<<",
                "\"format\"", "\"TD3\"", "\"sex\"", "\"dateOfExpiry\"", "\"2030-13-01\"", "true", "\\\"", "ZZ"};
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String path = random.nextBoolean() ? "/api/v1/documents/mrz" : "/api/v1/documents/mrz/generate";
            int status = postJson(path, body.toString()).andReturn().getResponse().getStatus();
            assertThat(status).as("case %d: %s %s", i, path, body).isLessThan(500);
        }
    }
}
