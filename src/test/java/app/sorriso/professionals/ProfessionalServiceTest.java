package app.sorriso.professionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sorriso.ClinicIntegrationTest;
import app.sorriso.TestClinic;
import app.sorriso.base.BrazilianState;
import app.sorriso.base.ClinicException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@ClinicIntegrationTest
@WithMockUser(roles = "ADMIN")
class ProfessionalServiceTest {

    @Autowired
    ProfessionalService professionals;

    @Autowired
    TestClinic clinic;

    private static String freshCro() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    private static Professional dentist(String name, BrazilianState state, String cro) {
        return new Professional(name, state, cro, Specialty.PERIODONTICS, "#2563eb");
    }

    private List<String> namesFound(ProfessionalSearch search) {
        return professionals.search(search, PageRequest.of(0, 50, Sort.by("name"))).stream()
                .map(Professional::getName)
                .toList();
    }

    @Test
    void a_cro_number_must_be_one_to_ten_digits() {
        for (String wrong : List.of("12a45", "12345678901", "")) {
            assertThatThrownBy(() -> professionals.save(dentist("Dra. Lia Campos", BrazilianState.MG, wrong)))
                    .as(wrong)
                    .isInstanceOfSatisfying(
                            ConstraintViolationException.class,
                            error -> assertThat(error.getConstraintViolations())
                                    .anySatisfy(violation -> assertThat(
                                                    violation.getPropertyPath().toString())
                                            .isEqualTo("croNumber")));
        }
    }

    @Test
    void a_cro_already_registered_in_the_state_is_refused_on_its_field_but_another_state_may_use_the_number() {
        String cro = freshCro();
        professionals.save(dentist("Dr. Ivo Prates", BrazilianState.BA, cro));

        assertThatThrownBy(() -> professionals.save(dentist("Dra. Nina Prates", BrazilianState.BA, cro)))
                .isInstanceOfSatisfying(ClinicException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("professional.cro.taken");
                    assertThat(refusal.getField()).contains("croNumber");
                    assertThat(refusal.getArguments()).containsExactly("CRO-BA " + cro);
                });
        assertThat(professionals
                        .save(dentist("Dra. Nina Prates", BrazilianState.PE, cro))
                        .getId())
                .isNotNull();
    }

    @Test
    void search_finds_names_ignoring_accents_and_case() {
        String cro = freshCro();
        professionals.save(dentist("Dr. João Quintela " + cro, BrazilianState.SP, cro));

        assertThat(namesFound(new ProfessionalSearch("helena", null, null))).containsExactly("Dra. Helena Martins");
        assertThat(namesFound(new ProfessionalSearch("JOAO quintela " + cro, null, null)))
                .containsExactly("Dr. João Quintela " + cro);
        assertThat(namesFound(new ProfessionalSearch(cro, null, null))).containsExactly("Dr. João Quintela " + cro);
    }

    @Test
    void search_by_specialty_and_status_is_done_in_the_database() {
        Professional leaving = professionals.save(
                new Professional("Dr. Caio Orto", BrazilianState.SC, freshCro(), Specialty.ORTHODONTICS, "#7c3aed"));
        professionals.deactivate(leaving.getId());

        List<String> activeOrthodontists = namesFound(new ProfessionalSearch(null, Specialty.ORTHODONTICS, true));
        List<String> allOrthodontists = namesFound(new ProfessionalSearch(null, Specialty.ORTHODONTICS, null));

        assertThat(activeOrthodontists).contains("Dr. Rafael Nogueira").doesNotContain("Dr. Caio Orto");
        assertThat(allOrthodontists).contains("Dr. Rafael Nogueira", "Dr. Caio Orto");
        assertThat(namesFound(new ProfessionalSearch(null, Specialty.ORTHODONTICS, null)))
                .allSatisfy(name -> assertThat(name).isNotEqualTo("Dra. Helena Martins"));
        assertThat(professionals.reactivate(leaving.getId()).isActive()).isTrue();
    }

    @Test
    void a_search_without_an_order_lists_by_name_a_page_at_a_time() {
        var firstTwo = professionals.search(ProfessionalSearch.everyone(), PageRequest.of(0, 2));
        var nextTwo = professionals.search(ProfessionalSearch.everyone(), PageRequest.of(1, 2));
        var byName = professionals.search(ProfessionalSearch.everyone(), PageRequest.of(0, 4, Sort.by("name", "id")));

        assertThat(firstTwo.getContent()).hasSize(2);
        assertThat(java.util.stream.Stream.concat(firstTwo.stream(), nextTwo.stream())
                        .toList())
                .containsExactlyElementsOf(byName.getContent());
    }

    @Test
    void saving_a_stale_copy_fails_instead_of_overwriting_someone_elses_edit() {
        long id = clinic.newProfessional().getId();
        Professional mine = professionals.findById(id).orElseThrow();
        Professional theirs = professionals.findById(id).orElseThrow();

        theirs.setPhone("(21) 3333-4444");
        professionals.save(theirs);
        mine.setPhone("(21) 5555-6666");

        assertThatThrownBy(() -> professionals.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(professionals.findById(id).orElseThrow().getPhone()).isEqualTo("(21) 3333-4444");
    }

    @Test
    @WithUserDetails("recepcao@sorriso.demo")
    void the_reception_reads_professionals_but_cannot_change_them() {
        Professional helena = professionals
                .search(new ProfessionalSearch("helena", null, null), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        helena.setPhone("(11) 1234-5678");

        assertThatThrownBy(() -> professionals.save(helena)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> professionals.deactivate(helena.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> professionals.replaceWorkingHours(helena.getId(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
