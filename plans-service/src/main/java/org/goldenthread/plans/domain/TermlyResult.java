package org.goldenthread.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/**
 * One row of published termly results: a year group × subject × pupil group, its cohort, the
 * school's exact figures when the event carried them (one decimal place) and the figures as
 * published (whole numbers; none for a suppressed or empty group).
 */
@Embeddable
public class TermlyResult {
    public int yearGroup;
    @Enumerated(EnumType.STRING)
    public Subject subject;
    @Enumerated(EnumType.STRING)
    public PupilGroup pupilGroup;
    public int cohort;
    public boolean exactGiven;
    @Column(precision = 4, scale = 1)
    public BigDecimal exactPctAtOrAboveExpected;
    @Column(precision = 4, scale = 1)
    public BigDecimal exactPctGreaterDepth;
    @Column(precision = 4, scale = 1)
    public BigDecimal exactPctOnTrack;
    @Column(precision = 4, scale = 1)
    public BigDecimal exactAverageScaledScore;
    @Column(precision = 4, scale = 1)
    public BigDecimal exactDisadvantagedGap;
    public Integer pctAtOrAboveExpected;
    public Integer pctGreaterDepth;
    public Integer pctOnTrack;
    public Integer averageScaledScore;
    public Integer disadvantagedGap;
    public boolean suppressed;

    /**
     * The row's figure for a metric: the school's exact figure when the event carried exact
     * figures, else the published one; null when there is none (empty group, suppressed, not applicable).
     */
    public BigDecimal figure(Metric metric) {
        if (exactGiven) {
            return switch (metric) {
                case PCT_AT_OR_ABOVE_EXPECTED -> exactPctAtOrAboveExpected;
                case PCT_GREATER_DEPTH -> exactPctGreaterDepth;
                case PCT_ON_TRACK -> exactPctOnTrack;
                case AVG_SCALED_SCORE -> exactAverageScaledScore;
                case GAP_DISADVANTAGED -> exactDisadvantagedGap;
            };
        }
        Integer published = switch (metric) {
            case PCT_AT_OR_ABOVE_EXPECTED -> pctAtOrAboveExpected;
            case PCT_GREATER_DEPTH -> pctGreaterDepth;
            case PCT_ON_TRACK -> pctOnTrack;
            case AVG_SCALED_SCORE -> averageScaledScore;
            case GAP_DISADVANTAGED -> disadvantagedGap;
        };
        return published == null ? null : BigDecimal.valueOf(published);
    }
}
