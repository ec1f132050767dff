package app.sorriso.portal.ui;

import app.sorriso.base.ClinicFormats;
import app.sorriso.base.ClinicProperties;
import app.sorriso.scheduling.AgendaEntry;
import app.sorriso.scheduling.AppointmentStatus;
import app.sorriso.scheduling.PatientAppointmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/** The next appointment, large, and the requests still waiting for the clinic, each cancellable when allowed. */
class AppointmentCards extends Div {

    private final PatientAppointmentService appointments;
    private final ClinicProperties clinic;
    private final ZoneId zone;
    private final Runnable onChange;

    AppointmentCards(PatientAppointmentService appointments, ClinicProperties clinic, Clock clock, Runnable onChange) {
        this.appointments = appointments;
        this.clinic = clinic;
        this.zone = clock.getZone();
        this.onChange = onChange;
        addClassName("appointment-cards");
        Instant now = clock.instant();
        List<AgendaEntry> coming = appointments.mine().stream()
                .filter(entry -> entry.isOpen() && entry.endsAt().isAfter(now))
                .sorted(Comparator.comparing(AgendaEntry::startsAt))
                .toList();
        List<AgendaEntry> booked = coming.stream()
                .filter(entry -> entry.status() != AppointmentStatus.REQUESTED)
                .toList();
        List<AgendaEntry> requests = coming.stream()
                .filter(entry -> entry.status() == AppointmentStatus.REQUESTED)
                .toList();
        add(booked.isEmpty() ? nothingBooked() : next(booked.getFirst(), booked.size() - 1));
        if (!requests.isEmpty()) {
            add(pending(requests));
        }
    }

    private Div next(AgendaEntry entry, int more) {
        ZonedDateTime start = entry.startsAt().atZone(zone);
        Span label = new Span(getTranslation("me.home.next"));
        label.addClassName("card-label");
        Span day = new Span(Dates.day(this, start));
        day.addClassName("next-day");
        Span time = new Span(ClinicFormats.TIME.format(start));
        time.addClassName("next-time");
        Div card =
                new Div(label, time, day, new Paragraph(entry.professionalName()), new AppointmentPill(entry.status()));
        card.addClassNames("card", "next-appointment");
        card.add(cancelOrCall(entry));
        if (more > 0) {
            RouterLink all = new RouterLink(getTranslation("me.home.more-booked", more), MyHistoryView.class);
            all.addClassName("next-more");
            card.add(all);
        }
        return card;
    }

    private Component cancelOrCall(AgendaEntry entry) {
        if (appointments.canCancel(entry)) {
            Button cancel = new Button(getTranslation("me.cancel.action"), click -> confirmCancel(entry));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return cancel;
        }
        Anchor call = PublicPage.plainLink(
                clinic.phoneUrl(),
                VaadinIcon.PHONE.create(),
                new Span(getTranslation("me.cancel.call", appointments.cancellationNoticeHours(), clinic.phone())));
        call.addClassName("next-call");
        return call;
    }

    private Div nothingBooked() {
        Div card = new Div(
                VaadinIcon.CALENDAR_O.create(),
                new H2(getTranslation("me.home.none")),
                new Paragraph(getTranslation("me.home.none-hint")));
        card.addClassNames("card", "next-appointment", "empty");
        return card;
    }

    private Div pending(List<AgendaEntry> requests) {
        Div card = new Div(new H2(getTranslation("me.home.pending", requests.size())));
        card.addClassNames("card", "pending-card");
        for (AgendaEntry request : requests) {
            Span when =
                    new Span(ClinicFormats.DATE_TIME.format(request.startsAt().atZone(zone)));
            when.addClassName("pending-when");
            Span who = new Span(request.professionalName());
            Div text = new Div(when, who);
            Button withdraw = new Button(getTranslation("me.cancel.withdraw"), click -> confirmCancel(request));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div row = new Div(text, withdraw);
            row.addClassName("pending-item");
            card.add(row);
        }
        card.add(new Paragraph(getTranslation("me.home.pending-hint")));
        return card;
    }

    private void confirmCancel(AgendaEntry entry) {
        new CancelAppointmentDialog(entry, appointments, zone, onChange).open();
    }
}
