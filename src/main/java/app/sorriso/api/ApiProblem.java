package app.sorriso.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}), in the language the client asked for.
 * {@code code} names the problem for programs; {@code errors} lists the fields that were refused, if any.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
record ApiProblem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Dados inválidos") String title,
        @Schema(example = "400") int status,
        String detail,
        @Schema(example = "/api/v1/patients") String instance,
        @Schema(example = "validation") String code,
        List<FieldProblem> errors) {

    /** One refused field (or query parameter) and what is wrong with it. */
    record FieldProblem(@Schema(example = "size") String field, String message) {}
}
