package app.sorriso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.base.ClinicException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Temporary passwords, own password changes and disabled accounts, as the login form experiences them. */
@ClinicIntegrationTest
class PasswordLifecycleTest {

    private static final String TEMPORARY = "temporaria-123";

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffAccountService staff;

    @Autowired
    UserAccountService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void forgetWhoIsActing() {
        SecurityContextHolder.clearContext();
    }

    private UserAccount newStaffMember() {
        StaffAccountDraft draft = StaffAccountServiceTest.draft("Nina Prado", Role.RECEPTION);
        draft.setTemporaryPassword(TEMPORARY);
        return SystemTask.run(() -> staff.create(draft));
    }

    private void actAs(UserAccount account) {
        ClinicUser user = new ClinicUser(accounts.findById(account.getId()).orElseThrow());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private String loginLandsOn(String email, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(email).password(password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void a_disabled_account_cannot_log_in_and_an_enabled_one_can_again() throws Exception {
        UserAccount account = newStaffMember();
        SystemTask.run(() -> staff.disable(account.getId()));

        assertThat(loginLandsOn(account.getEmail(), TEMPORARY)).isEqualTo("/login?error");

        SystemTask.run(() -> staff.enable(account.getId()));
        assertThat(loginLandsOn(account.getEmail(), TEMPORARY)).isEqualTo("/");
    }

    @Test
    void once_the_temporary_password_is_replaced_the_flag_is_cleared_and_it_no_longer_works() throws Exception {
        UserAccount account = newStaffMember();
        actAs(account);
        assertThat(accounts.isPasswordChangeDue()).isTrue();

        accounts.replaceTemporaryPassword("minha senha nova");

        assertThat(accounts.findById(account.getId()).orElseThrow().isMustChangePassword())
                .isFalse();
        assertThat(loginLandsOn(account.getEmail(), TEMPORARY)).isEqualTo("/login?error");
        assertThat(loginLandsOn(account.getEmail(), "minha senha nova")).isEqualTo("/");
    }

    @Test
    void the_temporary_password_cannot_be_kept() {
        actAs(newStaffMember());

        assertThatThrownBy(() -> accounts.replaceTemporaryPassword(TEMPORARY))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        refusal -> assertThat(refusal.getField()).contains("newPassword"));
    }

    @Test
    void changing_ones_own_password_needs_the_current_one_right() throws Exception {
        UserAccount account = newStaffMember();
        actAs(account);

        assertThatThrownBy(() -> accounts.changeOwnPassword("not-my-password", "outra senha boa"))
                .isInstanceOfSatisfying(ClinicException.class, refusal -> {
                    assertThat(refusal.getField()).contains("currentPassword");
                    assertThat(refusal.getMessageKey()).isEqualTo("password.current-wrong");
                });
        assertThatThrownBy(() -> accounts.changeOwnPassword(TEMPORARY, "curta"))
                .isInstanceOfSatisfying(
                        ClinicException.class,
                        refusal -> assertThat(refusal.getField()).contains("newPassword"));

        accounts.changeOwnPassword(TEMPORARY, "outra senha boa");

        assertThat(loginLandsOn(account.getEmail(), TEMPORARY)).isEqualTo("/login?error");
        assertThat(loginLandsOn(account.getEmail(), "outra senha boa")).isEqualTo("/");
    }

    @Test
    void a_reset_replaces_the_password_with_a_temporary_one_to_be_changed_again() throws Exception {
        UserAccount account = newStaffMember();
        actAs(account);
        accounts.replaceTemporaryPassword("minha senha nova");
        SecurityContextHolder.clearContext();

        String reset = TemporaryPassword.generate();
        SystemTask.run(() -> staff.resetTemporaryPassword(account.getId(), reset));

        assertThat(accounts.findById(account.getId()).orElseThrow().isMustChangePassword())
                .isTrue();
        assertThat(loginLandsOn(account.getEmail(), "minha senha nova")).isEqualTo("/login?error");
        assertThat(loginLandsOn(account.getEmail(), reset)).isEqualTo("/");
    }
}
