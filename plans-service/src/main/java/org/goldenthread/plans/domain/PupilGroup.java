package org.goldenthread.plans.domain;

/** The pupil groups termly results are published for. */
public enum PupilGroup {
    ALL("pupils"),
    DISADVANTAGED("disadvantaged pupils"),
    NOT_DISADVANTAGED("non-disadvantaged pupils"),
    BOYS("boys"),
    GIRLS("girls"),
    SEN_SUPPORT("pupils on SEN support"),
    EHCP("pupils with an EHC plan"),
    EAL("pupils with English as an additional language"),
    PRIOR_LOW("low prior attainers"),
    PRIOR_MIDDLE("middle prior attainers"),
    PRIOR_HIGH("high prior attainers");

    private final String words;

    PupilGroup(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
