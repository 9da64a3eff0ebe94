package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.monitoring.domain.Term;

import java.util.List;
import java.util.UUID;

/** A school's monitoring calendar: the year's terms, each with its activities in date order. */
@Schema(name = "Calendar", description = "A school's termly monitoring calendar.")
public record CalendarView(
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "2026-27") String academicYear,
        List<TermView> terms) {

    @Schema(name = "CalendarTerm", description = "One term of the calendar.")
    public record TermView(
            @Schema(example = "AUTUMN") Term term,
            @Schema(example = "3") int planned,
            @Schema(example = "4") int completed,
            @Schema(example = "1") int cancelled,
            @Schema(description = "Still planned after their date", example = "1") int overdue,
            @Schema(description = "In date order") List<ActivityView> activities) {
    }
}
