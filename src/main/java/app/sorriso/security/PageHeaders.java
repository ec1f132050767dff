package app.sorriso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on Vaadin's own pages too. A view's bootstrap page (the first load of every screen) left
 * without the headers Spring Security's filter prepares for every other response; this filter sets them before
 * anything else runs, and again should the response be reset, so every page carries them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                apply(request, this);
            }
        });
    }

    private static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", SecurityConfiguration.STRICT_TRANSPORT_SECURITY);
        }
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", SecurityConfiguration.REFERRER_POLICY);
        response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
}
