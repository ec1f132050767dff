package app.sorriso.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API chain's answers to a missing or bad token (401, with the {@code WWW-Authenticate} challenge of RFC 6750)
 * and to a role that may not do this (403), as problem details like every other error.
 */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProblems problems;

    ApiSecurityProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        boolean noToken = refused instanceof InsufficientAuthenticationException;
        String key = noToken
                ? "api.auth.required"
                : refused instanceof CredentialsExpiredException ? "api.auth.token-expired" : "api.auth.token-invalid";
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                noToken ? "Bearer realm=\"sorriso\"" : "Bearer realm=\"sorriso\", error=\"invalid_token\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, key);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "api.forbidden");
    }
}
