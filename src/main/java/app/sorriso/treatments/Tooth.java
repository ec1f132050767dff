package app.sorriso.treatments;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A tooth in FDI two-digit notation: the first digit is the quadrant (1 to 4 for permanent teeth, 5 to 8 for primary
 * ones, clockwise from the patient's upper right), the second the tooth's place counted from the midline.
 */
public record Tooth(int number) {

    /** The chart's rows as a dentist reads them facing the patient: the patient's right on the left of the screen. */
    public static final List<Tooth> PERMANENT_UPPER = row(1, 2, 8);

    public static final List<Tooth> PRIMARY_UPPER = row(5, 6, 5);
    public static final List<Tooth> PRIMARY_LOWER = row(8, 7, 5);
    public static final List<Tooth> PERMANENT_LOWER = row(4, 3, 8);

    /** Every tooth, in chart order: permanent upper, primary upper, primary lower, permanent lower. */
    public static final List<Tooth> ALL = Stream.of(PERMANENT_UPPER, PRIMARY_UPPER, PRIMARY_LOWER, PERMANENT_LOWER)
            .flatMap(List::stream)
            .toList();

    public Tooth {
        if (!isValid(number)) {
            throw new IllegalArgumentException("Not an FDI tooth number: " + number);
        }
    }

    /** The same rule as the database's check on {@code treatment_step.tooth}. */
    public static boolean isValid(Integer number) {
        if (number == null) {
            return false;
        }
        int quadrant = number / 10;
        int place = number % 10;
        return (quadrant >= 1 && quadrant <= 4 && place >= 1 && place <= 8)
                || (quadrant >= 5 && quadrant <= 8 && place >= 1 && place <= 5);
    }

    private static List<Tooth> row(int rightQuadrant, int leftQuadrant, int count) {
        return IntStream.concat(
                        IntStream.iterate(count, place -> place >= 1, place -> place - 1)
                                .map(place -> rightQuadrant * 10 + place),
                        IntStream.rangeClosed(1, count).map(place -> leftQuadrant * 10 + place))
                .mapToObj(Tooth::new)
                .toList();
    }

    public int quadrant() {
        return number / 10;
    }

    /** The place counted from the midline: 1 for a central incisor, 8 for a wisdom tooth. */
    public int place() {
        return number % 10;
    }

    public boolean isPrimary() {
        return quadrant() >= 5;
    }

    public boolean isUpper() {
        int quadrant = quadrant();
        return quadrant == 1 || quadrant == 2 || quadrant == 5 || quadrant == 6;
    }

    /** On the patient's right, which a chart draws on the left. */
    public boolean isOnPatientsRight() {
        int quadrant = quadrant();
        return quadrant == 1 || quadrant == 4 || quadrant == 5 || quadrant == 8;
    }

    /** Incisors and canines bite with an edge (incisal); premolars and molars chew with a surface (occlusal). */
    public boolean isAnterior() {
        return place() <= 3;
    }

    /** The bundle key of the tooth's kind: {@code tooth.kind.permanent.6} is a first molar. */
    public String kindKey() {
        return "tooth.kind." + (isPrimary() ? "primary." : "permanent.") + place();
    }

    public String archKey() {
        return isUpper() ? "tooth.arch.upper" : "tooth.arch.lower";
    }

    public String sideKey() {
        return isOnPatientsRight() ? "tooth.side.right" : "tooth.side.left";
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}
