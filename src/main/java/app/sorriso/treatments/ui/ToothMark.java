package app.sorriso.treatments.ui;

import app.sorriso.treatments.PlanOverview;
import app.sorriso.treatments.Surface;
import app.sorriso.treatments.ToothState;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the odontogram draws on one tooth: how far its steps have come, which surfaces they cover, and whether one of
 * them concerns the whole tooth (a crown, a canal, an extraction).
 */
record ToothMark(ToothState state, Set<Surface> surfaces, boolean whole, int steps, int done) {

    static Map<Integer, ToothMark> of(List<PlanOverview.Step> steps) {
        return steps.stream()
                .filter(step -> step.tooth() != null)
                .collect(Collectors.groupingBy(PlanOverview.Step::tooth, TreeMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> ofTooth(entry.getValue()), (a, b) -> a, TreeMap::new));
    }

    private static ToothMark ofTooth(List<PlanOverview.Step> steps) {
        EnumSet<Surface> surfaces = EnumSet.noneOf(Surface.class);
        steps.forEach(step -> surfaces.addAll(step.surfaces()));
        int done = (int) steps.stream().filter(PlanOverview.Step::done).count();
        ToothState state = ToothState.of(steps).values().iterator().next();
        boolean whole = steps.stream().anyMatch(step -> step.surfaces().isEmpty());
        return new ToothMark(state, surfaces, whole, steps.size(), done);
    }
}
