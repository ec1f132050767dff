package app.sorriso.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/v1} address that no endpoint serves is answered as a problem, instead of falling through to the
 * Vaadin servlet, which would answer with its HTML page.
 */
@Hidden
@RestController
class UnknownPathController {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw ApiRefusal.notFound();
    }
}
