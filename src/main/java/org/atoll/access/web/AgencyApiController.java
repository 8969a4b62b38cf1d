package org.atoll.access.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.access.internal.Agency;
import org.atoll.access.internal.AgencyService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies")
class AgencyApiController {

    private final AgencyService agencies;

    AgencyApiController(AgencyService agencies) {
        this.agencies = agencies;
    }

    record AgencyView(String code, String name, boolean active, int version) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code().value(), a.name(), a.active(), a.version());
        }
    }

    record AgencyRequest(String code, String name, Boolean active, Integer version) {
    }

    @GetMapping
    @PreAuthorize("hasRole('OFFICER')")
    List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    AgencyView create(@RequestBody AgencyRequest body) {
        return AgencyView.of(agencies.create(body.code(), body.name()));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    AgencyView change(@PathVariable String code, @RequestBody AgencyRequest body) {
        return AgencyView.of(agencies.change(code, body.name(), body.active(), body.version()));
    }
}
