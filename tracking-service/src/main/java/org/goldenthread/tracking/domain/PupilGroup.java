package org.goldenthread.tracking.domain;

/** The groups termly results are broken down by, and lists filter by. */
public enum PupilGroup {
    ALL, DISADVANTAGED, NOT_DISADVANTAGED, BOYS, GIRLS, SEN_SUPPORT, EHCP, EAL, PRIOR_LOW, PRIOR_MIDDLE, PRIOR_HIGH;

    /** Whether a pupil with these characteristics belongs to the group. */
    public boolean includes(Sex sex, boolean disadvantaged, SenStatus sen, boolean eal, PriorAttainment prior) {
        return switch (this) {
            case ALL -> true;
            case DISADVANTAGED -> disadvantaged;
            case NOT_DISADVANTAGED -> !disadvantaged;
            case BOYS -> sex == Sex.M;
            case GIRLS -> sex == Sex.F;
            case SEN_SUPPORT -> sen == SenStatus.SEN_SUPPORT;
            case EHCP -> sen == SenStatus.EHCP;
            case EAL -> eal;
            case PRIOR_LOW -> prior == PriorAttainment.LOW;
            case PRIOR_MIDDLE -> prior == PriorAttainment.MIDDLE;
            case PRIOR_HIGH -> prior == PriorAttainment.HIGH;
        };
    }

    /** The JPQL condition on a pupil alias {@code p} that selects this group. */
    public String jpql(String p) {
        return switch (this) {
            case ALL -> "true = true";
            case DISADVANTAGED -> p + ".disadvantaged = true";
            case NOT_DISADVANTAGED -> p + ".disadvantaged = false";
            case BOYS -> p + ".sex = org.goldenthread.tracking.domain.Sex.M";
            case GIRLS -> p + ".sex = org.goldenthread.tracking.domain.Sex.F";
            case SEN_SUPPORT -> p + ".senStatus = org.goldenthread.tracking.domain.SenStatus.SEN_SUPPORT";
            case EHCP -> p + ".senStatus = org.goldenthread.tracking.domain.SenStatus.EHCP";
            case EAL -> p + ".eal = true";
            case PRIOR_LOW -> p + ".priorAttainment = org.goldenthread.tracking.domain.PriorAttainment.LOW";
            case PRIOR_MIDDLE -> p + ".priorAttainment = org.goldenthread.tracking.domain.PriorAttainment.MIDDLE";
            case PRIOR_HIGH -> p + ".priorAttainment = org.goldenthread.tracking.domain.PriorAttainment.HIGH";
        };
    }
}
