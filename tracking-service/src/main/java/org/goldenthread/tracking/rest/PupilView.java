package org.goldenthread.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.goldenthread.tracking.domain.PriorAttainment;
import org.goldenthread.tracking.domain.Pupil;
import org.goldenthread.tracking.domain.SenStatus;
import org.goldenthread.tracking.domain.Sex;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Pupil", description = "A pupil of a school, with their characteristics.")
public record PupilView(
        @Schema(example = "01932f3e-8c1a-7b2e-9f10-3c4d5e6f7a8b") UUID id,
        @Schema(example = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") UUID schoolId,
        @Schema(example = "A820200100026") String upn,
        @Schema(example = "Amelia") String firstName,
        @Schema(example = "Khan") String lastName,
        @Schema(example = "2016-03-14") LocalDate dateOfBirth,
        @Schema(example = "F") Sex sex,
        @Schema(example = "4") int yearGroup,
        @Schema(example = "4B") String className,
        @Schema(example = "true") boolean disadvantaged,
        @Schema(example = "true") boolean freeSchoolMeals,
        @Schema(example = "SEN_SUPPORT") SenStatus senStatus,
        @Schema(example = "false") boolean eal,
        @Schema(example = "WBRI") String ethnicityCode,
        @Schema(example = "MIDDLE") PriorAttainment priorAttainment,
        @Schema(example = "2021-09-01") LocalDate joinedOn,
        @Schema(example = "null") LocalDate leftOn,
        @Schema(description = "false once the pupil has left", example = "true") boolean onRoll,
        @Schema(description = "Whether the UPN is a temporary one", example = "false") boolean temporaryUpn) {

    public static PupilView of(Pupil p) {
        return new PupilView(p.id, p.schoolId, p.upn, p.firstName, p.lastName, p.dateOfBirth, p.sex, p.yearGroup,
                p.className, p.disadvantaged, p.freeSchoolMeals, p.senStatus, p.eal, p.ethnicityCode, p.priorAttainment,
                p.joinedOn, p.leftOn, p.onRoll(LocalDate.now()), org.goldenthread.tracking.domain.Upn.isTemporary(p.upn));
    }
}
