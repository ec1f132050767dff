package app.sorriso;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/sorriso.css")
@StyleSheet("styles/portal.css")
@StyleSheet("styles/files.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "theme-color", content = "#0f766e")
public class SorrisoApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SorrisoApplication.class, args);
    }
}
