package org.atoll.access.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.access.ApiScope;
import org.atoll.access.CurrentOfficer;
import org.atoll.access.internal.TokenService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-clients")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "API clients", description = "Machine clients (airlines, ship agents, partner systems) and their tokens")
class ApiClientApiController {

    private final TokenService tokens;
    private final CurrentOfficer currentOfficer;

    ApiClientApiController(TokenService tokens, CurrentOfficer currentOfficer) {
        this.tokens = tokens;
        this.currentOfficer = currentOfficer;
    }

    record ClientView(UUID id, String name, String agency, String carrierCode, List<String> scopes, String tokenPrefix,
                      String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        static ClientView of(TokenService.ApiClient c) {
            return new ClientView(c.id(), c.name(), c.agency(), c.carrierCode(),
                    c.scopes().stream().map(ApiScope::name).sorted().toList(), c.tokenPrefix(), c.createdBy(),
                    c.createdAt(), c.expiresAt(), c.revokedAt(), c.lastUsedAt());
        }
    }

    record CreateClient(String name, String agency, String carrierCode, List<String> scopes, Instant expiresAt) {
    }

    record CreatedClient(ClientView client, String token) {
    }

    @GetMapping
    List<ClientView> list() {
        return tokens.clients().stream().map(ClientView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a client; its token is in this response only and is stored hashed")
    CreatedClient create(@RequestBody CreateClient body) {
        var created = tokens.createClient(new TokenService.NewApiClient(body.name(), body.agency(), body.carrierCode(),
                body.scopes(), body.expiresAt()), currentOfficer.require().username());
        return new CreatedClient(ClientView.of(created.client()), created.token());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a client's token")
    ClientView revoke(@PathVariable UUID id) {
        return ClientView.of(tokens.revoke(id));
    }
}
