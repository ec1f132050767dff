package app.sorriso.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;

/**
 * A filter's drop-down whose empty choice means "any" (all statuses, every professional): it shows that word, and
 * its value is null when it is chosen.
 */
public class OptionalSelect<T> extends Select<T> {

    /**
     * @param anyText what the empty choice says, already translated
     * @param itemLabel the translated name of each item
     */
    public OptionalSelect(String label, Collection<T> items, ItemLabelGenerator<T> itemLabel, String anyText) {
        setLabel(label);
        setItems(items);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(anyText);
        setItemLabelGenerator(item -> item == null ? anyText : itemLabel.apply(item));
    }
}
