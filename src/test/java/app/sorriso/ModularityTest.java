package app.sorriso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modules_use_only_each_others_public_surface_and_form_no_cycles() {
        ApplicationModules.of(SorrisoApplication.class).verify();
    }
}
