package app.sorriso.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The administrator's morning: the dashboard's key figures, then the month's financial report as a PDF. */
class AdminJourney extends BrowserJourney {

    @ParameterizedTest
    @EnumSource(names = {"DESKTOP", "PHONE"})
    void the_admin_reads_the_dashboard_and_downloads_a_pdf_report(Size size) throws IOException {
        Page page = open(size);
        login(page, "admin@sorriso.demo");

        go(page, "/dashboard");
        Locator kpis = page.locator(".kpi-card");
        kpis.first().waitFor();
        assertThat(kpis.count()).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < kpis.count(); i++) {
            assertThat(kpis.nth(i).locator(".kpi-value").innerText()).isNotBlank();
        }
        look(page, "journey-dashboard", size);

        go(page, "/reports");
        Locator financial =
                page.locator(".report-card").filter(new Locator.FilterOptions().setHasText("Relatório financeiro"));
        financial.scrollIntoViewIfNeeded();
        look(page, "journey-reports", size);
        Download download = page.waitForDownload(() -> button(financial, "PDF").click());
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).startsWith("financeiro-").endsWith(".pdf");

        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(4 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).containsIgnoringCase("financeiro");
        }
    }
}
