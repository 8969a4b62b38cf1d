package org.atoll.access.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atoll.access.ApiClientIdentity;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer ...} as an officer's token or a machine client's token. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenService tokens;

    BearerTokenFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            if (token.length() > 200) {
                ProblemResponses.write(response, 401, "Unauthorized", "The bearer token is not valid.", request.getRequestURI());
                return;
            }
            var officer = tokens.officerFor(token);
            if (officer.isPresent()) {
                var auth = UsernamePasswordAuthenticationToken.authenticated(officer.get(), null, officer.get().getAuthorities());
                SecurityContextHolder.getContext().setAuthentication(auth);
            } else {
                var client = tokens.clientFor(token);
                if (client.isEmpty()) {
                    ProblemResponses.write(response, 401, "Unauthorized",
                            "The bearer token is not valid, has expired or was revoked.", request.getRequestURI());
                    return;
                }
                SecurityContextHolder.getContext().setAuthentication(new ApiClientAuthentication(client.get()));
            }
        }
        chain.doFilter(request, response);
    }

    static final class ApiClientAuthentication extends AbstractAuthenticationToken {

        private final ApiClientIdentity client;

        ApiClientAuthentication(ApiClientIdentity client) {
            super(client.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList());
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return "client:" + client.name();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ApiClientAuthentication other && other.client.equals(client);
        }

        @Override
        public int hashCode() {
            return client.hashCode();
        }
    }

}
