package app.sorriso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.List;

/** Date pickers that read and write dd/MM/yyyy, as Brazilians do, whatever the screen's language. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePickerI18n brazilian(Component owner) {
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "ddMMyyyy", "dd/MM/yy");
        i18n.setFirstDayOfWeek(0);
        i18n.setMonthNames(List.of(owner.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(owner.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(
                List.of(owner.getTranslation("date.weekdays-short").split(",")));
        i18n.setToday(owner.getTranslation("date.today"));
        i18n.setCancel(owner.getTranslation("form.cancel"));
        return i18n;
    }
}
