package org.atoll.regulation.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Drafts, edits and publishes regulation sets through the API as an administrator's script would. */
final class RegulationApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final String admin;

    RegulationApiSupport(MockMvc mvc, String adminToken) {
        this.mvc = mvc;
        this.admin = "Bearer " + adminToken;
    }

    /** A day after both today and the latest published version's effective date (the test database is shared). */
    LocalDate nextFreeEffectiveDate(LocalDate today) throws Exception {
        String list = mvc.perform(get("/api/v1/regulation-sets").header("Authorization", admin)).andReturn().getResponse()
                .getContentAsString();
        List<String> published = JsonPath.read(list, "$[?(@.status != 'DRAFT')].effectiveDate");
        LocalDate latest = published.stream().map(LocalDate::parse).max(LocalDate::compareTo).orElse(today);
        return (latest.isAfter(today) ? latest : today).plusDays(7);
    }

    /** Creates a draft and returns its id. */
    String createDraft(LocalDate effectiveDate) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/regulation-sets").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveDate\":\"" + effectiveDate + "\"}")).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new IllegalStateException("draft not created: " + result.getResponse().getContentAsString());
        }
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    JsonNode read(String id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/regulation-sets/" + id).header("Authorization", admin))
                .andReturn().getResponse().getContentAsString());
    }

    /** Reads the draft, lets the caller change its document, PUTs it back; returns the response. */
    MvcResult edit(String id, Consumer<ObjectNode> change) throws Exception {
        JsonNode set = read(id);
        ObjectNode document = (ObjectNode) set.get("document");
        change.accept(document);
        ObjectNode body = JSON.createObjectNode();
        body.put("rowVersion", set.get("rowVersion").asLong());
        body.set("document", document);
        return mvc.perform(put("/api/v1/regulation-sets/" + id).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn();
    }

    MvcResult publish(String id) throws Exception {
        long rowVersion = read(id).get("rowVersion").asLong();
        return mvc.perform(post("/api/v1/regulation-sets/" + id + "/publish").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("rowVersion", rowVersion))))
                .andReturn();
    }

    static ObjectNode rule(ObjectNode document, String array, String code) {
        for (JsonNode item : document.get(array)) {
            if (code.equals(item.get("code").asString())) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException("no " + code + " in " + array);
    }
}
