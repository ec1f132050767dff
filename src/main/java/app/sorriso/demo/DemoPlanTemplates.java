package app.sorriso.demo;

import app.sorriso.treatments.StepContent;
import app.sorriso.treatments.Surface;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The kinds of plan the demo clinic writes, with its prices; each names the dentist who usually takes it. */
final class DemoPlanTemplates {

    /** Indexes into the demo dentists: general practice, orthodontics, endodontics, implants; -1 for anyone. */
    private static final int ANYONE = -1;

    private static final int ENDODONTICS = 2;
    private static final int IMPLANTS = 3;

    static final List<Template> ALL = List.of(
            new Template(
                    "Reabilitação do lado direito",
                    "Cáries em 15 e 16, canal e coroa no 46.",
                    ANYONE,
                    List.of(
                            item("Raspagem e profilaxia", null, "", "250.00", null),
                            item("Restauração em resina", 16, "MOD", "220.00", "Cor A2."),
                            item("Restauração em resina", 15, "OD", "180.00", null),
                            item("Tratamento de canal (molar)", 46, "", "850.00", "Três condutos."),
                            item("Coroa de porcelana", 46, "", "1450.00", null))),
            new Template(
                    "Implante do 36",
                    "Perda do 36 por fratura; implante com enxerto.",
                    IMPLANTS,
                    List.of(
                            item("Tomografia da mandíbula", null, "", "280.00", null),
                            item("Extração", 36, "", "300.00", null),
                            item("Enxerto ósseo", 36, "", "900.00", null),
                            item("Implante dentário", 36, "", "3200.00", "Aguardar 90 dias após o enxerto."),
                            item("Coroa sobre implante", 36, "", "1800.00", null))),
            new Template(
                    "Tratamento de cáries",
                    null,
                    ANYONE,
                    List.of(
                            item("Profilaxia", null, "", "180.00", null),
                            item("Restauração em resina", 36, "O", "180.00", null),
                            item("Restauração em resina", 37, "OD", "200.00", null),
                            item("Restauração em resina", 26, "MO", "200.00", null),
                            item("Aplicação de flúor", null, "", "90.00", null))),
            new Template(
                    "Canal e coroa do 11",
                    "Escurecimento do 11 após trauma.",
                    ENDODONTICS,
                    List.of(
                            item("Radiografia periapical", 11, "", "60.00", null),
                            item("Tratamento de canal", 11, "", "750.00", null),
                            item("Pino de fibra de vidro", 11, "", "350.00", null),
                            item("Coroa de porcelana", 11, "", "1600.00", "Moldagem digital."))),
            new Template(
                    "Estética do sorriso",
                    "Clareamento e facetas nos incisivos centrais.",
                    ANYONE,
                    List.of(
                            item("Profilaxia", null, "", "180.00", null),
                            item("Clareamento em consultório", null, "", "900.00", "Duas sessões."),
                            item("Faceta em resina", 11, "V", "450.00", null),
                            item("Faceta em resina", 21, "V", "450.00", null),
                            item("Restauração em resina", 12, "MI", "220.00", null))),
            new Template(
                    "Odontopediatria",
                    "Dentes decíduos: selantes, restauração e uma extração.",
                    ANYONE,
                    List.of(
                            item("Aplicação de flúor", null, "", "90.00", null),
                            item("Selante", 55, "O", "80.00", null),
                            item("Restauração em ionômero", 64, "OD", "150.00", null),
                            item("Extração de decíduo", 75, "", "180.00", "Mobilidade grau 3."),
                            item("Selante", 85, "O", "80.00", null))),
            new Template(
                    "Extração dos sisos",
                    "Terceiros molares inclusos, dois por sessão.",
                    IMPLANTS,
                    List.of(
                            item("Radiografia panorâmica", null, "", "120.00", null),
                            item("Extração de siso", 18, "", "450.00", null),
                            item("Extração de siso", 48, "", "550.00", null),
                            item("Extração de siso", 28, "", "450.00", null),
                            item("Extração de siso", 38, "", "550.00", null))),
            new Template(
                    "Tratamento periodontal",
                    "Periodontite crônica; reavaliar em 30 dias.",
                    ANYONE,
                    List.of(
                            item("Raspagem subgengival (superior direito)", null, "", "300.00", null),
                            item("Raspagem subgengival (superior esquerdo)", null, "", "300.00", null),
                            item("Raspagem subgengival (inferior esquerdo)", null, "", "300.00", null),
                            item("Raspagem subgengival (inferior direito)", null, "", "300.00", null),
                            item("Restauração em resina", 47, "DV", "200.00", null),
                            item("Reavaliação periodontal", null, "", "0.00", null))));

    private DemoPlanTemplates() {}

    private static Item item(String description, Integer tooth, String surfaces, String cost, String notes) {
        return new Item(description, tooth, surfaces, new BigDecimal(cost), notes);
    }

    record Item(String description, Integer tooth, String surfaces, BigDecimal cost, String notes) {}

    record Template(String name, String description, int specialist, List<Item> items) {

        /** The steps, one a week from {@code start}. */
        List<StepContent> steps(LocalDate start) {
            return IntStream.range(0, items.size())
                    .mapToObj(i -> {
                        Item item = items.get(i);
                        return new StepContent(
                                item.description(),
                                item.tooth(),
                                Surface.parse(item.surfaces()),
                                start.plusWeeks(i),
                                item.cost(),
                                item.notes());
                    })
                    .toList();
        }
    }
}
