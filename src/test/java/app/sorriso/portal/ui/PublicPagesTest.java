package app.sorriso.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.TestClinic;
import app.sorriso.patients.PatientService;
import app.sorriso.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public site as a visitor sees it: the clinic from configuration and records, and signing up. */
@WithAnonymousUser
class PublicPagesTest extends BrowserlessClinicTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestClinic clinic;

    @Autowired
    UserAccountService accounts;

    @Autowired
    PatientService patients;

    @Test
    void the_landing_page_shows_the_team_with_their_cro_and_the_hours_worked_out_from_their_schedules() {
        navigate(LandingView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Cuidar do seu sorriso ficou mais simples");
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Dra. Helena Martins", "Ortodontia");
        assertThat(find(Span.class).withText("CRO-SP 84213").exists()).isTrue();
        // other tests add professionals who work every day, so only the shape of each day's line is stable here
        List<Div> days = find(Div.class).withClassName("landing-hours-row").all();
        assertThat(days).hasSize(7);
        assertThat(days.getFirst().getElement().getChild(0).getText()).isEqualTo("Segunda-feira");
        assertThat(days)
                .allSatisfy(day -> assertThat(day.getElement().getChild(1).getText())
                        .matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d|Fechado"));
    }

    @Test
    void the_privacy_notice_names_its_version() {
        navigate(PrivacyNoticeView.class);

        assertThat(find(Span.class).withText("Versão 2026-01").exists()).isTrue();
    }

    @Test
    void a_sign_up_with_mistakes_says_what_is_wrong_next_to_each_field_and_keeps_what_was_typed() {
        navigate(SignUpView.class);
        fill("Ana Beatriz Cunha", "ana.exemplo.com.br", "111.111.111-11", "123", "Senha123", false);

        test(find(Button.class).withClassName("sign-up-submit").single()).click();

        assertThat(field(EmailField.class, "E-mail").getErrorMessage())
                .isEqualTo("Informe um e-mail válido, como nome@exemplo.com.br.");
        assertThat(field(TextField.class, "CPF").getErrorMessage()).isEqualTo("CPF inválido. Confira os números.");
        assertThat(field(TextField.class, "Celular").isInvalid()).isTrue();
        assertThat(find(PasswordField.class).single().getErrorMessage()).contains("entre as mais usadas");
        assertThat(find(Checkbox.class).single().isInvalid()).isTrue();
        assertThat(field(TextField.class, "Nome completo").getValue()).isEqualTo("Ana Beatriz Cunha");
        assertThat(field(TextField.class, "CPF").getValue()).isEqualTo("111.111.111-11");
    }

    @Test
    void an_e_mail_already_in_use_is_refused_by_the_server_without_saying_whose_it_is() {
        navigate(SignUpView.class);
        String cpf = clinic.unusedCpf();
        fill("Ana Beatriz Cunha", "paciente@sorriso.demo", cpf, "(21) 99876-1234", "jabuticaba madura", true);

        test(find(Button.class).withClassName("sign-up-submit").single()).click();

        assertThat(field(EmailField.class, "E-mail").getErrorMessage())
                .isEqualTo("Não foi possível usar este e-mail. Se você já tem cadastro, entre com ele.")
                .doesNotContain("Mariana");
        assertThat(patients.findByCpf(cpf)).isEmpty();
    }

    @Test
    void a_complete_sign_up_creates_the_login_and_shows_the_way_in() {
        navigate(SignUpView.class);
        String email = "nova.paciente." + SEQUENCE.incrementAndGet() + "@teste.sorriso";
        fill("Ana Beatriz Cunha", email, clinic.unusedCpf(), "(21) 99876-1234", "jabuticaba madura", true);

        test(find(Button.class).withClassName("sign-up-submit").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Tudo pronto, Ana!");
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    private void fill(String name, String email, String cpf, String phone, String password, boolean consent) {
        test(field(TextField.class, "Nome completo")).setValue(name);
        test(field(EmailField.class, "E-mail")).setValue(email);
        test(field(TextField.class, "CPF")).setValue(cpf);
        test(field(TextField.class, "Celular")).setValue(phone);
        test(find(DatePicker.class).single()).setValue(LocalDate.of(1992, 8, 14));
        test(find(PasswordField.class).single()).setValue(password);
        if (consent) {
            test(find(Checkbox.class).single()).click();
        }
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String label) {
        return find(type).withLabel(label).single();
    }
}
