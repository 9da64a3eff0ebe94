package org.goldenthread.plans.domain;

/** The inspection framework's areas a priority falls under, or CUSTOM with the school's own words. */
public enum PriorityArea {
    QUALITY_OF_EDUCATION("Quality of education"),
    BEHAVIOUR_AND_ATTITUDES("Behaviour and attitudes"),
    PERSONAL_DEVELOPMENT("Personal development"),
    LEADERSHIP_AND_MANAGEMENT("Leadership and management"),
    EARLY_YEARS("Early years"),
    SIXTH_FORM("Sixth form"),
    CUSTOM("Custom");

    private final String label;

    PriorityArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
