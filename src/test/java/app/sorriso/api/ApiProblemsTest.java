package app.sorriso.api;

import static app.sorriso.api.ApiClient.getAs;
import static app.sorriso.api.ApiClient.json;
import static app.sorriso.api.ApiClient.newAddress;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.sorriso.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

/** What a client reads when something is wrong, and how lists are paged: the same shape everywhere. */
@ClinicIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemsTest {

    @Autowired
    WebApplicationContext context;

    ApiClient api;
    String desk;

    @BeforeAll
    void logIn() throws Exception {
        api = new ApiClient(context);
        desk = api.logIn("recepcao@sorriso.demo").access();
    }

    @Test
    void a_missing_token_is_a_translated_problem_with_a_bearer_challenge() throws Exception {
        api.mvc
                .perform(get("/api/v1/patients"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sorriso\""))
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "pt-BR"))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Não autenticado"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("token de acesso")))
                .andExpect(jsonPath("$.instance").value("/api/v1/patients"))
                .andExpect(jsonPath("$.code").value("api.auth.required"));

        api.mvc
                .perform(get("/api/v1/patients").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, en;q=0.8"))
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.title").value("Not authenticated"));
    }

    @Test
    void invalid_fields_are_listed_with_their_messages() throws Exception {
        api.mvc
                .perform(json(post("/api/v1/auth/token"), "{\"email\":\"\"}")
                        .with(newAddress())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString("{"))));

        api.mvc
                .perform(json(post("/api/v1/auth/token"), "{\"email\":").with(newAddress()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.body.unreadable"));
    }

    @Test
    void a_parameter_of_the_wrong_kind_is_named() throws Exception {
        api.mvc
                .perform(get("/api/v1/slots?specialty=ORTHODONTICS&from=tomorrow"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        api.mvc
                .perform(get("/api/v1/slots?specialty=TOOTH_FAIRY&from=2026-03-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specialty"));
        api.mvc
                .perform(get("/api/v1/slots?from=2026-03-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.slots.professional-or-specialty"));
        api.mvc
                .perform(get("/api/v1/slots?specialty=ORTHODONTICS&from=2026-03-02&to=2026-06-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("31")));
    }

    @Test
    void unknown_addresses_and_records_are_not_found_as_problems() throws Exception {
        api.mvc
                .perform(getAs("/api/v1/no-such-thing", desk))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.mvc
                .perform(get("/api/v1/professionals/999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("api.not-found"));
        api.mvc
                .perform(get("/api/v1/slots?professionalId=999999&from=2026-03-02"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_page_is_never_larger_than_the_cap() throws Exception {
        api.mvc
                .perform(getAs("/api/v1/patients?size=1000", desk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(Paging.MAX_SIZE))
                .andExpect(jsonPath("$.content.length()").value(lessThanOrEqualTo(Paging.MAX_SIZE)));
        api.mvc
                .perform(getAs("/api/v1/patients?size=25&page=1", desk))
                .andExpect(jsonPath("$.content", hasSize(25)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.hasNext").value(true));
        api.mvc
                .perform(getAs("/api/v1/patients", desk))
                .andExpect(jsonPath("$.size").value(Paging.DEFAULT_SIZE));
    }

    @Test
    void paging_and_sorting_mistakes_are_refused_with_the_choices() throws Exception {
        api.mvc
                .perform(getAs("/api/v1/patients?size=0", desk))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        api.mvc
                .perform(getAs("/api/v1/patients?page=-1", desk))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        api.mvc
                .perform(getAs("/api/v1/patients?sort=cpf", desk).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("name, birthDate")));
    }

    @Test
    void patients_are_found_by_name_without_accents_and_sorted_as_asked() throws Exception {
        api.mvc
                .perform(getAs("/api/v1/patients?q=mariana oliveira", desk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("Mariana Oliveira Santos"))
                .andExpect(jsonPath("$.content[0].cpf").value(containsString("-")));
        api.mvc
                .perform(getAs("/api/v1/patients?sort=birthDate,desc&size=2", desk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(2)));
    }

    @Test
    void the_public_catalogue_speaks_the_clients_language() throws Exception {
        api.mvc
                .perform(get("/api/v1/specialties").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("ORTHODONTICS")))
                .andExpect(jsonPath("$[*].name", hasItem("Orthodontics")));
        api.mvc
                .perform(get("/api/v1/professionals?specialty=ORTHODONTICS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].specialty", everyItem(is("ORTHODONTICS"))))
                .andExpect(jsonPath("$.content[?(@.name == 'Dr. Rafael Nogueira')].cro", hasItem("CRO-SP 90577")))
                .andExpect(jsonPath("$.content[?(@.name == 'Dr. Rafael Nogueira')].hours[*].day", hasItem("MONDAY")));
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_published() throws Exception {
        api.mvc
                .perform(get("/api/docs/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(containsString("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/patients'].get.security").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/slots'].get.security").isEmpty())
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.Problem").exists())
                .andExpect(jsonPath("$.components.schemas.FieldProblem").exists());
        String swaggerUi = api.mvc
                .perform(get("/api/docs"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        api.mvc.perform(get(swaggerUi)).andExpect(status().isOk());
        api.mvc.perform(get("/api/docs/openapi/swagger-config")).andExpect(status().isOk());
    }
}
