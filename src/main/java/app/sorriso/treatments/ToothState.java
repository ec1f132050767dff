package app.sorriso.treatments;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How far the steps on one tooth have come, which the odontogram shows in colour. */
public enum ToothState {
    /** Steps planned, none done yet. */
    PLANNED,
    /** Some steps done, some not. */
    IN_PROGRESS,
    /** Every step on the tooth done. */
    DONE;

    public String messageKey() {
        return "tooth.state." + name();
    }

    /** The state of each tooth that has steps among these. */
    public static Map<Integer, ToothState> of(List<PlanOverview.Step> steps) {
        return steps.stream()
                .filter(step -> step.tooth() != null)
                .collect(Collectors.groupingBy(
                        PlanOverview.Step::tooth,
                        TreeMap::new,
                        Collectors.collectingAndThen(Collectors.toList(), ToothState::ofTooth)));
    }

    private static ToothState ofTooth(List<PlanOverview.Step> steps) {
        long done = steps.stream().filter(PlanOverview.Step::done).count();
        if (done == 0) {
            return PLANNED;
        }
        return done == steps.size() ? DONE : IN_PROGRESS;
    }
}
