package app.sorriso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.sorriso.BrowserlessClinicTest;
import app.sorriso.billing.ui.PaymentsView;
import app.sorriso.dashboard.ui.DashboardView;
import app.sorriso.patients.ui.PatientsView;
import app.sorriso.portal.ui.MyExamsView;
import app.sorriso.portal.ui.PatientHomeView;
import app.sorriso.scheduling.ui.MyDayView;
import app.sorriso.scheduling.ui.TodayView;
import app.sorriso.security.ui.LoginView;
import app.sorriso.security.ui.StaffAccountsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each demo role sees exactly its own navigation, lands on its own first screen, and is refused the screens of
 * other roles (served the not-found page, which does not reveal that the screen exists).
 */
class RoleNavigationTest extends BrowserlessClinicTest {

    private List<String> menu() {
        SideNav nav = find(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private Class<?> landingOf() {
        navigate("", Component.class);
        return getCurrentView().getClass();
    }

    @Test
    @WithUserDetails("admin@sorriso.demo")
    void admin_sees_everything_of_the_back_office_and_starts_on_the_dashboard() {
        assertThat(landingOf()).isEqualTo(DashboardView.class);
        assertThat(menu())
                .containsExactly(
                        "Painel",
                        "Hoje",
                        "Agenda",
                        "Pacientes",
                        "Profissionais",
                        "Planos de tratamento",
                        "Pagamentos",
                        "Relatórios",
                        "Equipe e acessos",
                        "Auditoria");
        assertThat(refused(PatientHomeView.class)).isTrue();
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void reception_runs_the_desk_but_not_the_admin_screens() {
        assertThat(landingOf()).isEqualTo(TodayView.class);
        assertThat(menu())
                .containsExactly(
                        "Hoje",
                        "Agenda",
                        "Pacientes",
                        "Profissionais",
                        "Planos de tratamento",
                        "Pagamentos",
                        "Relatórios");
        assertThat(refused(DashboardView.class)).isTrue();
        assertThat(refused(StaffAccountsView.class)).isTrue();
    }

    @Test
    @WithUserDetails("dentista@sorriso.demo")
    void a_dentist_starts_on_their_day_and_cannot_open_payments() {
        assertThat(landingOf()).isEqualTo(MyDayView.class);
        assertThat(menu()).containsExactly("Meu dia", "Agenda", "Pacientes", "Profissionais", "Planos de tratamento");
        assertThat(refused(PaymentsView.class)).isTrue();
    }

    @Test
    @WithUserDetails("paciente@sorriso.demo")
    void a_patient_sees_only_their_own_area() {
        assertThat(landingOf()).isEqualTo(PatientHomeView.class);
        assertThat(menu())
                .containsExactly(
                        "Início", "Agendar consulta", "Meu histórico", "Meus exames", "Meus dados", "Meu perfil");
        assertThat(refused(PatientsView.class)).isTrue();
        assertThat(refused(DashboardView.class)).isTrue();
        assertThat(navigate(MyExamsView.class)).isNotNull();
    }

    @Test
    @WithAnonymousUser
    void a_stranger_is_sent_to_the_login_for_any_back_office_screen() {
        try {
            navigate(PatientsView.class);
        } catch (IllegalArgumentException redirected) {
            // expected: the navigation ends on the login view instead
        }

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
