package org.goldenthread.tracking.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One termly-results row: school (or trust) × year group × subject × pupil group. */
@Schema(name = "TermlyResultsRow", description = "One year group × subject × pupil group. `exact` is present only for the school's own staff.")
public record ResultsRow(
        @Schema(example = "6") int yearGroup,
        @Schema(example = "RWM") ResultsSubject subject,
        @Schema(example = "DISADVANTAGED") PupilGroup pupilGroup,
        @Schema(description = "Pupils in the group with a result", example = "28") int cohort,
        @JsonInclude(JsonInclude.Include.NON_NULL) TermlyFigures.Exact exact,
        TermlyFigures.Published published) {

    /** The row's identity, for maps and ordering. */
    public record Key(int yearGroup, ResultsSubject subject, PupilGroup pupilGroup) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(yearGroup, o.yearGroup);
            if (c == 0) {
                c = subject.compareTo(o.subject);
            }
            return c != 0 ? c : pupilGroup.compareTo(o.pupilGroup);
        }
    }
}
