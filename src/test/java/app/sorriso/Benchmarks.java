package app.sorriso;

import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: the application on a fresh, empty embedded database, and one way to print figures. */
public final class Benchmarks {

    private Benchmarks() {}

    /** The whole application on a throw-away embedded PostgreSQL, without demo data, quiet in the log. */
    public static ConfigurableApplicationContext startOnEmptyDatabase() {
        return new SpringApplicationBuilder(SorrisoApplication.class)
                .run(
                        "--server.port=0",
                        "--sorriso.database.embedded-directory=",
                        "--sorriso.demo.enabled=false",
                        "--sorriso.admin.password=benchmark-only",
                        "--logging.level.root=WARN");
    }

    /** One line of figures from sorted timings in nanoseconds. */
    public static void report(String kind, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "%-26s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d runs)%n",
                kind,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }
}
