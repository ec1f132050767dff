package app.sorriso.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Switches a grid between its columns on wide screens and one card-like column on phones, where columns would be
 * unreadable. The same lazy data provider serves both, so nothing is loaded twice.
 */
public final class ResponsiveGrid {

    /** Below this window width (in CSS pixels) the grid shows cards. */
    public static final int PHONE_WIDTH = 700;

    private ResponsiveGrid() {}

    public static <T> void switchColumns(Grid<T> grid, Grid.Column<T> cardColumn, List<Grid.Column<T>> columns) {
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(
                    details -> apply(grid, cardColumn, columns, details.getWindowInnerWidth()));
            page.addBrowserWindowResizeListener(resize -> apply(grid, cardColumn, columns, resize.getWidth()));
        });
        apply(grid, cardColumn, columns, Integer.MAX_VALUE);
    }

    private static <T> void apply(Grid<T> grid, Grid.Column<T> cardColumn, List<Grid.Column<T>> columns, int width) {
        boolean phone = width < PHONE_WIDTH;
        cardColumn.setVisible(phone);
        columns.forEach(column -> column.setVisible(!phone));
        grid.setAllRowsVisible(false);
        grid.getElement().getClassList().set("grid-as-cards", phone);
    }
}
