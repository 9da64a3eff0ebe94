package org.goldenthread.plans.messaging;

import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.plans.domain.PupilGroup;
import org.goldenthread.plans.domain.Subject;
import org.goldenthread.plans.domain.Term;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * plans-service's copy of the fields it reads from {@code org.goldenthread.tracking.termly-results-published.v1}
 * (contracts/events): a school's versioned snapshot of termly results for one term.
 */
public record TermlyResultsPublished(UUID trustId, UUID schoolId, String academicYear, Term term, Integer version,
                                     UUID snapshotId, OffsetDateTime publishedAt, List<Row> results) {
    public static final String TYPE = "org.goldenthread.tracking.termly-results-published.v1";

    /** One year group × subject × pupil group. */
    public record Row(Integer yearGroup, Subject subject, PupilGroup pupilGroup, Integer cohort, Exact exact,
                      Published published) {
    }

    /** The school's exact figures (one decimal place), absent when the event was served without them. */
    public record Exact(BigDecimal pctAtOrAboveExpected, BigDecimal pctGreaterDepth, BigDecimal pctOnTrack,
                        BigDecimal averageScaledScore, BigDecimal disadvantagedGap) {
    }

    /** The figures as published: whole numbers, all null when suppressed. */
    public record Published(BigDecimal pctAtOrAboveExpected, BigDecimal pctGreaterDepth, BigDecimal pctOnTrack,
                            BigDecimal averageScaledScore, BigDecimal disadvantagedGap, Boolean suppressed) {
    }

    /** This data, after checking what plans-service reads against the contract (dead-letters it otherwise). */
    TermlyResultsPublished checked(CloudEvent event) {
        ContractCheck c = new ContractCheck(event).tenant(trustId, schoolId)
                .academicYear(academicYear, "academicYear")
                .present(term, "term")
                .atLeast(version, 1, "version")
                .present(snapshotId, "snapshotId")
                .present(publishedAt, "publishedAt")
                .present(results, "results");
        if (results != null) {
            for (int i = 0; i < results.size(); i++) {
                String at = "results[" + i + "]";
                Row r = results.get(i);
                if (r == null) {
                    c.require(false, at, "must be an object");
                    continue;
                }
                c.between(r.yearGroup(), 0, 13, at + ".yearGroup")
                        .present(r.subject(), at + ".subject")
                        .present(r.pupilGroup(), at + ".pupilGroup")
                        .atLeast(r.cohort(), 0, at + ".cohort")
                        .present(r.published(), at + ".published");
                if (r.exact() != null) {
                    Exact e = r.exact();
                    c.figure(e.pctAtOrAboveExpected(), 0, 100, false, at + ".exact.pctAtOrAboveExpected")
                            .figure(e.pctGreaterDepth(), 0, 100, false, at + ".exact.pctGreaterDepth")
                            .figure(e.pctOnTrack(), 0, 100, false, at + ".exact.pctOnTrack")
                            .figure(e.averageScaledScore(), 80, 120, false, at + ".exact.averageScaledScore")
                            .figure(e.disadvantagedGap(), -100, 100, false, at + ".exact.disadvantagedGap");
                }
                if (r.published() != null) {
                    Published p = r.published();
                    c.figure(p.pctAtOrAboveExpected(), 0, 100, true, at + ".published.pctAtOrAboveExpected")
                            .figure(p.pctGreaterDepth(), 0, 100, true, at + ".published.pctGreaterDepth")
                            .figure(p.pctOnTrack(), 0, 100, true, at + ".published.pctOnTrack")
                            .figure(p.averageScaledScore(), 80, 120, true, at + ".published.averageScaledScore")
                            .figure(p.disadvantagedGap(), -100, 100, true, at + ".published.disadvantagedGap")
                            .present(p.suppressed(), at + ".published.suppressed");
                    boolean anyFigure = p.pctAtOrAboveExpected() != null || p.pctGreaterDepth() != null
                            || p.pctOnTrack() != null || p.averageScaledScore() != null || p.disadvantagedGap() != null;
                    c.require(!Boolean.TRUE.equals(p.suppressed()) || !anyFigure, at + ".published",
                            "a suppressed group has no figures");
                }
            }
        }
        c.done();
        return this;
    }
}
