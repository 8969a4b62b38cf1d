package org.atoll.access.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.ApiProblems;
import org.atoll.access.internal.OfficerPrincipal;
import org.atoll.access.internal.TokenService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthTokenController {

    private final AuthenticationManager authentication;
    private final TokenService tokens;

    AuthTokenController(AuthenticationManager authentication, TokenService tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record Credentials(String username, String password) {
    }

    record Token(String token, Instant expiresAt) {
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange an officer's username and password for a short-lived bearer token")
    ResponseEntity<?> token(@RequestBody Credentials credentials) {
        if (credentials.username() == null || credentials.password() == null
                || credentials.username().length() > 100 || credentials.password().length() > 200) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(failed());
        }
        try {
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username().trim().toLowerCase(java.util.Locale.ROOT), credentials.password()));
            var issued = tokens.issueOfficerToken((OfficerPrincipal) result.getPrincipal());
            return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(failed());
        }
    }

    /** The same answer whether the user exists, the password is wrong or the account is locked. */
    private static ProblemDetail failed() {
        return ApiProblems.problem(HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed",
                "The username or password is not correct, or the account is locked or disabled.");
    }
}
