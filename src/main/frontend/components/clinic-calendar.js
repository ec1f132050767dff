import { Calendar } from '@fullcalendar/core';
import ptBrLocale from '@fullcalendar/core/locales/pt-br';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';

const NARROW = '(max-width: 700px)';
const HOURS = { hour: '2-digit', minute: '2-digit', hour12: false };

/*
 * The clinic's calendar: FullCalendar in the light DOM (its stylesheet is injected into the document), fed by the
 * server one visible range at a time.
 *
 * Times travel as the clinic's wall-clock time ("2026-12-03T14:30:00"). FullCalendar only knows the browser's zone
 * and UTC without a time-zone plugin, so the calendar runs in UTC and treats those strings as if they were UTC:
 * every slot then shows the clinic's own hours whatever zone the browser is in, and "now" comes from the server.
 */
class ClinicCalendar extends HTMLElement {
  configure(json) {
    const options = JSON.parse(json);
    const narrow = window.matchMedia(NARROW).matches;
    this.calendar?.destroy();
    this.calendar = new Calendar(this, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      locales: [ptBrLocale],
      locale: options.locale,
      timeZone: 'UTC',
      now: options.now,
      initialView: narrow ? 'timeGridDay' : 'timeGridWeek',
      headerToolbar: narrow
        ? { left: 'prev,next', center: 'title', right: 'today' }
        : { left: 'prev,next today', center: 'title', right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek' },
      footerToolbar: narrow ? { center: 'timeGridDay,listWeek,dayGridMonth' } : false,
      hiddenDays: options.hiddenDays,
      height: '100%',
      expandRows: true,
      slotEventOverlap: false,
      nowIndicator: true,
      allDaySlot: false,
      slotDuration: '00:30:00',
      snapDuration: '00:15:00',
      slotMinTime: options.slotMinTime,
      slotMaxTime: options.slotMaxTime,
      scrollTime: options.scrollTime,
      slotLabelFormat: HOURS,
      eventTimeFormat: HOURS,
      firstDay: 1,
      weekends: true,
      businessHours: options.businessHours,
      selectable: options.editable,
      selectMirror: true,
      editable: options.editable,
      eventDurationEditable: options.editable,
      longPressDelay: 400,
      dayMaxEvents: true,
      navLinks: true,
      events: (range, success, failure) =>
        this.$server
          .events(range.startStr, range.endStr)
          .then((json) => success(JSON.parse(json)))
          .catch(failure),
      eventContent: (arg) => this.content(arg),
      eventClassNames: (arg) => {
        // Half an hour or less leaves room for one line: time and patient.
        const minutes = (arg.event.end - arg.event.start) / 60000;
        return minutes <= 30 ? ['cal-short'] : [];
      },
      eventDidMount: (info) => {
        if (info.event.extendedProps.color) {
          info.el.style.setProperty('--entry-color', info.event.extendedProps.color);
        }
      },
      select: (info) => {
        this.calendar.unselect();
        if (!info.allDay) {
          this.$server.selected(info.startStr, info.endStr);
        }
      },
      dateClick: (info) => {
        // A tap on a month day opens that day: booking needs hours, which the month grid has not.
        if (info.view.type === 'dayGridMonth') {
          this.calendar.changeView('timeGridDay', info.date);
        }
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        if (info.event.display !== 'background') {
          this.$server.clicked(info.event.id);
        }
      },
      eventDrop: (info) => this.moved(info),
      eventResize: (info) => this.moved(info),
    });
    this.calendar.render();
    // The toolbar's arrows are icon fonts marked as images without a name; the buttons carry the name (title).
    this.querySelectorAll('.fc-icon').forEach((icon) => icon.setAttribute('aria-hidden', 'true'));
  }

  /** Asks the server to move the appointment; whatever it refuses goes back where it was. */
  moved(info) {
    const event = info.event;
    this.$server
      .moved(event.id, event.extendedProps.version, event.startStr, event.endStr)
      .then((accepted) => {
        if (!accepted) {
          info.revert();
        }
      })
      .catch(() => info.revert());
  }

  /** Time, patient, and the status as a small label, so colour is never the only sign of either. */
  content(arg) {
    const props = arg.event.extendedProps;
    if (arg.event.display === 'background') {
      return { html: `<div class="cal-time-off">${escape(arg.event.title)}</div>` };
    }
    const time = arg.timeText ? `<span class="cal-time">${escape(arg.timeText)}</span>` : '';
    const alert = props.alert ? '<span class="cal-alert" aria-hidden="true">!</span>' : '';
    return {
      html:
        `<div class="cal-entry">${time}<span class="cal-patient">${alert}${escape(arg.event.title)}</span>` +
        `<span class="cal-meta">${escape(props.professional)}</span>` +
        `<span class="cal-status status-${props.status}">${escape(props.statusLabel)}</span></div>`,
    };
  }

  refetch(businessHoursJson) {
    if (this.calendar) {
      this.calendar.setOption('businessHours', JSON.parse(businessHoursJson));
      this.calendar.refetchEvents();
    }
  }

  goTo(date) {
    this.calendar?.gotoDate(date);
  }

  connectedCallback() {
    // Re-attached after navigation: the calendar measures itself again.
    this.calendar?.updateSize();
  }
}

function escape(text) {
  const span = document.createElement('span');
  span.textContent = text ?? '';
  return span.innerHTML;
}

customElements.define('clinic-calendar', ClinicCalendar);
