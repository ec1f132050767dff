package app.sorriso.api;

import static app.sorriso.api.ApiClient.authorized;
import static app.sorriso.api.ApiClient.getAs;
import static app.sorriso.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.context.WebApplicationContext;

/** A patient's own corner of the API, and another patient kept out of it. */
@ClinicIntegrationTest
class MeApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestClinic clinic;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    private String newPatientToken() throws Exception {
        return api.logIn(clinic.newPatientWithLogin().getEmail(), TestClinic.PASSWORD)
                .access();
    }

    @Test
    void a_patient_reads_their_record_and_keeps_their_contacts_up_to_date() throws Exception {
        String token = newPatientToken();

        api.mvc
                .perform(authorized(json(put("/api/v1/me/contacts"), """
                                {"phone": "(21) 99876-5432",
                                 "address": {"zipCode": "20040-020", "city": "Rio de Janeiro", "state": "RJ"},
                                 "emergencyContactName": "Ana"}"""), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("21998765432"))
                .andExpect(jsonPath("$.address.zipCode").value("20040020"));

        api.mvc
                .perform(getAs("/api/v1/me", token))
                .andExpect(jsonPath("$.address.city").value("Rio de Janeiro"))
                .andExpect(jsonPath("$.emergencyContactName").value("Ana"));
        api.mvc
                .perform(authorized(json(put("/api/v1/me/contacts"), "{\"phone\":\"123\"}"), token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        api.mvc
                .perform(getAs("/api/v1/me", token))
                .andExpect(jsonPath("$.phone").value("21998765432"));
    }

    @Test
    void a_patient_requests_a_free_slot_sees_it_and_withdraws_it_and_nobody_else_can() throws Exception {
        String token = newPatientToken();
        Map<String, Object> slot = firstFreeSlot();

        String created = api.mvc
                .perform(authorized(
                        json(
                                post("/api/v1/me/appointments"),
                                "{\"professionalId\":" + slot.get("professionalId") + ",\"startsAt\":\""
                                        + slot.get("startsAt") + "\"}"),
                        token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.cancellable").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");

        api.mvc.perform(getAs("/api/v1/me/appointments", token)).andExpect(jsonPath("$[*].id", hasItem(id)));
        String stranger = newPatientToken();
        api.mvc
                .perform(authorized(
                        json(
                                post("/api/v1/me/appointments"),
                                "{\"professionalId\":" + slot.get("professionalId") + ",\"startsAt\":\""
                                        + slot.get("startsAt") + "\"}"),
                        stranger))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("me.request.slot-taken"));
        api.mvc
                .perform(authorized(
                        json(post("/api/v1/me/appointments/" + id + "/cancel"), "{\"reason\":\"x\"}"), stranger))
                .andExpect(status().isNotFound());

        api.mvc
                .perform(authorized(
                        json(post("/api/v1/me/appointments/" + id + "/cancel"), "{\"reason\":\"Viagem\"}"), token))
                .andExpect(status().isNoContent());
        api.mvc
                .perform(getAs("/api/v1/me/appointments", token))
                .andExpect(jsonPath("$[0].status").value("CANCELLED"));
    }

    @Test
    void a_patient_uploads_an_exam_and_downloads_it_and_another_patient_cannot() throws Exception {
        String token = newPatientToken();
        byte[] png = png();

        String created = api.mvc
                .perform(authorized(
                        multipart("/api/v1/me/files")
                                .file(new MockMultipartFile("file", "raio-x.png", "image/png", png))
                                .param("description", "Panorâmica"),
                        token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("PNG"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");

        byte[] downloaded = api.mvc
                .perform(getAs("/api/v1/me/files/" + id, token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(png);
        api.mvc.perform(getAs("/api/v1/me/files/" + id, newPatientToken())).andExpect(status().isNotFound());
        api.mvc
                .perform(authorized(
                        multipart("/api/v1/me/files")
                                .file(new MockMultipartFile(
                                        "file", "foto.png", "image/png", "MZ not an image".getBytes())),
                        token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("files.type-refused"));
    }

    @Test
    void payments_and_plans_are_the_patients_own() throws Exception {
        String token = api.logIn("paciente@sorriso.demo").access();

        api.mvc
                .perform(getAs("/api/v1/me/payments", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].currency").value("BRL"));
        api.mvc
                .perform(getAs("/api/v1/me/treatment-plans", newPatientToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    private Map<String, Object> firstFreeSlot() throws Exception {
        LocalDate from = LocalDate.now().plusDays(3);
        String body = api.mvc
                .perform(ApiClient.getAs(
                        "/api/v1/slots?specialty=GENERAL_PRACTICE&from=" + from + "&to=" + from.plusDays(14), null))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> slots = JsonPath.read(body, "$");
        assertThat(slots).isNotEmpty();
        return slots.get(slots.size() / 2);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x0f766e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
