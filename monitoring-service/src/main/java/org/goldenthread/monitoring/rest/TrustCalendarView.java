package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The monitoring calendars of every school the caller can see in the trust. */
@Schema(name = "TrustCalendar", description = "The monitoring calendar of every school you can see in the trust.")
public record TrustCalendarView(
        @Schema(example = "2026-27") String academicYear,
        @Schema(description = "One calendar per school that has activities") List<CalendarView> schools) {
}
