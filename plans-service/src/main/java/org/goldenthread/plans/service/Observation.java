package org.goldenthread.plans.service;

import org.goldenthread.plans.domain.TermOfYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Evidence for a milestone: a figure from published termly results (a percentage, a gap in
 * points or an average scaled score) or a monitoring judgement (1–4), the term it is for, and
 * the event that carried it.
 *
 * @param cohort          pupils behind a tracking figure, when known
 * @param sourceEventId   the CloudEvent id of the evidence
 * @param sourceEventType its CloudEvent type
 * @param observedOn      the day a monitoring finding was observed, when known
 * @param about           what a finding was about in words ("work scrutiny on developmental-marking"),
 *                        when it differs from what the measure names; null to describe it from the measure
 */
public record Observation(BigDecimal value, TermOfYear term, Integer cohort, UUID sourceEventId,
                          String sourceEventType, LocalDate observedOn, String about) {

    public Observation {
        if (value == null || term == null) {
            throw new IllegalArgumentException("an observation needs a value and a term");
        }
    }

    public Observation(BigDecimal value, TermOfYear term, Integer cohort, UUID sourceEventId, String sourceEventType) {
        this(value, term, cohort, sourceEventId, sourceEventType, null, null);
    }
}
