package app.sorriso.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/docs/openapi} and its Swagger UI at {@code /api/docs}. */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI sorrisoApi() {
        Components components = new Components()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token from POST /api/v1/auth/token"));
        ModelConverters.getInstance().readAll(ApiProblem.class).forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info()
                        .title("Sorriso API")
                        .version("v1")
                        .description("The clinic's REST API for mobile and partner clients. Log in at "
                                + "POST /api/v1/auth/token, then send the access token as `Authorization: Bearer ...`. "
                                + "Errors are RFC 9457 problem details in the language of Accept-Language "
                                + "(pt-BR by default, or en)."))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every operation may answer with a problem; saying so once here keeps the controllers about their work. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/Problem");
            operation
                    .getResponses()
                    .addApiResponse(
                            "default",
                            new ApiResponse()
                                    .description("An error, as problem details")
                                    .content(new Content()
                                            .addMediaType(
                                                    ApiProblems.PROBLEM_JSON.toString(),
                                                    new MediaType().schema(problem))));
            return operation;
        };
    }
}
