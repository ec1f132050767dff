package app.sorriso.api;

import static app.sorriso.api.ApiClient.getAs;
import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every GET endpoint tried as a stranger, as each role and as another patient, with the status each must get. The
 * whole table is checked before failing, so one run shows every cell that is wrong.
 */
@ClinicIntegrationTest
class ApiAccessMatrixTest {

    static final List<String> CALLERS =
            List.of("anonymous", "patient", "other patient", "dentist", "reception", "admin");

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestClinic clinic;

    @Test
    void each_caller_reaches_exactly_what_their_role_allows() throws Exception {
        ApiClient api = new ApiClient(context);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("patient", api.logIn("paciente@sorriso.demo").access());
        String other = clinic.newPatientWithLogin().getEmail();
        tokens.put("other patient", api.logIn(other, TestClinic.PASSWORD).access());
        tokens.put("dentist", api.logIn("dentista@sorriso.demo").access());
        tokens.put("reception", api.logIn("recepcao@sorriso.demo").access());
        tokens.put("admin", api.logIn("admin@sorriso.demo").access());

        String plans = api.mvc
                .perform(getAs("/api/v1/me/treatment-plans", tokens.get("patient")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> planIds = JsonPath.read(plans, "$[*].id");
        assertThat(planIds).as("the demo patient has a plan to read").isNotEmpty();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        Map<String, int[]> expected = new LinkedHashMap<>();
        //                                                        anon patient other dentist desk admin
        expected.put("/api/v1/specialties", new int[] {200, 200, 200, 200, 200, 200});
        expected.put("/api/v1/professionals", new int[] {200, 200, 200, 200, 200, 200});
        expected.put(
                "/api/v1/slots?specialty=GENERAL_PRACTICE&from=" + monday, new int[] {200, 200, 200, 200, 200, 200});
        expected.put("/api/v1/agenda?from=" + monday, new int[] {401, 403, 403, 200, 200, 200});
        expected.put("/api/v1/patients?q=silva", new int[] {401, 403, 403, 403, 200, 200});
        expected.put("/api/v1/me", new int[] {401, 200, 200, 403, 403, 403});
        expected.put("/api/v1/me/appointments", new int[] {401, 200, 200, 403, 403, 403});
        expected.put("/api/v1/me/treatment-plans", new int[] {401, 200, 200, 403, 403, 403});
        expected.put("/api/v1/me/treatment-plans/" + planIds.getFirst(), new int[] {401, 200, 404, 403, 403, 403});
        expected.put("/api/v1/me/payments", new int[] {401, 200, 200, 403, 403, 403});
        expected.put("/api/v1/me/files", new int[] {401, 200, 200, 403, 403, 403});
        expected.put("/api/v1/no-such-endpoint", new int[] {401, 404, 404, 404, 404, 404});

        List<String> wrong = new ArrayList<>();
        for (var row : expected.entrySet()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = api.mvc
                        .perform(getAs(row.getKey(), tokens.get(CALLERS.get(i))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status != row.getValue()[i]) {
                    wrong.add(
                            row.getKey() + " as " + CALLERS.get(i) + ": " + status + ", expected " + row.getValue()[i]);
                }
            }
        }

        assertThat(wrong).isEmpty();
    }
}
