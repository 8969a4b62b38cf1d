package org.atoll.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@AtollIntegrationTest
class ReferenceDataTests {

    @Autowired
    ReferenceData reference;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void knowsIsoCodesAndTheIcaoAdditions() {
        for (String code : new String[] {"PLW", "USA", "BGD", "DEU", "D", "GBD", "UNO", "XXA", "XXB", "XXC", "XXX", "EUE", "XPO", "UTO", "RKS"}) {
            assertThat(reference.isKnownCountry(new CountryCode(code), TODAY)).as(code).isTrue();
        }
        assertThat(reference.isKnownCountry(new CountryCode("ZZZ"), TODAY)).isFalse();
        assertThat(reference.country(new CountryCode("PLW"), TODAY)).get().extracting(Country::name).isEqualTo("Palau");
    }

    @Test
    void knowsPalausPortsOfEntryByUnLocode() {
        assertThat(reference.port(new PortCode("PWROR"), TODAY)).get()
                .satisfies(p -> assertThat(p.type()).isEqualTo(PortOfEntry.PortType.AIR));
        assertThat(reference.ports(TODAY)).anyMatch(p -> p.type() == PortOfEntry.PortType.SEA && p.name().contains("Malakal"));
        assertThat(reference.carrier("UA", TODAY)).isPresent();
        assertThat(reference.carrier("UAL", TODAY)).isPresent();
        assertThat(reference.documentTypes(TODAY)).anyMatch(t -> t.code().equals("P"));
    }

    @Test
    void reloadingTheShippedDataChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM country").query(Long.class).single();
        jdbc.sql("UPDATE reference_dataset SET version = 'older'").update();
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("ShippedReferenceData")) {
                runner.run(none);
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM country").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAdministratorAddsAPortThenAStaleEditIsRefused() throws Exception {
        String admin = "Bearer " + new ApiClient(mvc).adminToken();
        String created = mvc.perform(post("/api/v1/reference/ports").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"locode\":\"PWKSL\",\"name\":\"Kayangel landing\",\"country\":\"PLW\",\"portType\":\"SEA\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.locode").value("PWKSL"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        assertThat(reference.port(new PortCode("PWKSL"), TODAY)).isPresent();

        mvc.perform(put("/api/v1/reference/ports/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"locode\":\"PWKSL\",\"name\":\"Kayangel\",\"country\":\"PLW\",\"portType\":\"SEA\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-06-30\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/reference/ports/" + id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"locode\":\"PWKSL\",\"name\":\"Old screen\",\"country\":\"PLW\",\"portType\":\"SEA\",\"validFrom\":\"2026-01-01\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(reference.port(new PortCode("PWKSL"), TODAY)).as("valid only until June").isEmpty();
        assertThat(reference.port(new PortCode("PWKSL"), LocalDate.of(2026, 3, 1))).get()
                .extracting(PortOfEntry::name).isEqualTo("Kayangel");
    }

    @Test
    void aBadReferenceRowIsRefusedByFieldAndNotSaved() throws Exception {
        String admin = "Bearer " + new ApiClient(mvc).adminToken();
        mvc.perform(post("/api/v1/reference/ports").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"locode\":\"ROR\",\"name\":\"\",\"country\":\"P1\",\"portType\":\"SPACE\",\"validFrom\":\"tomorrow\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'locode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'portType')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'validFrom')]").exists());
        mvc.perform(get("/api/v1/reference/unknown-list").header("Authorization", admin)).andExpect(status().isNotFound());
    }
}
