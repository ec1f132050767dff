package app.sorriso.scheduling;

import java.time.Instant;

/** A free stretch of one professional's time that a patient can ask for. */
public record Slot(long professionalId, Instant startsAt, Instant endsAt) {}
