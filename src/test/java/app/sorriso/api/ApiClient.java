package app.sorriso.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.sorriso.TestAddresses;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API as a client sees it: MockMvc through the whole security filter chain. Each login comes from an address of
 * its own (TEST-NET strings, no traffic), so that tests never share the per-address login allowance.
 */
final class ApiClient {

    static final String PASSWORD = "sorriso123";

    final MockMvc mvc;

    ApiClient(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** A fresh client address, as a request post-processor. */
    static RequestPostProcessor newAddress() {
        return TestAddresses.fresh();
    }

    static RequestPostProcessor from(String address) {
        return TestAddresses.from(address);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String loginBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    static String refreshBody(String refreshToken) {
        return "{\"refreshToken\":\"" + refreshToken + "\"}";
    }

    Tokens logIn(String email) throws Exception {
        return logIn(email, PASSWORD);
    }

    Tokens logIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(json(post("/api/v1/auth/token"), loginBody(email, password))
                        .with(newAddress()))
                .andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(
                    "login of " + email + " answered " + result.getResponse().getStatus() + " "
                            + result.getResponse().getContentAsString());
        }
        return Tokens.of(result.getResponse().getContentAsString());
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B authorized(B request, String accessToken) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
    }

    static MockHttpServletRequestBuilder getAs(String path, String accessToken) {
        MockHttpServletRequestBuilder request = get(path);
        return accessToken == null ? request : authorized(request, accessToken);
    }

    record Tokens(String access, String refresh) {

        static Tokens of(String json) {
            return new Tokens(JsonPath.read(json, "$.accessToken"), JsonPath.read(json, "$.refreshToken"));
        }
    }
}
