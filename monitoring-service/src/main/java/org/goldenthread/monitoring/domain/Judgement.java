package org.goldenthread.monitoring.domain;

/**
 * The 4 point scale of the primary self-evaluation and improvement toolkit (DCSF, 2010), in its own
 * words; 1 is best. Findings and self-evaluation ratings are both judged on it, and events carry
 * the same words ({@code judgementMeaning}).
 */
public enum Judgement {
    STRONG_FEATURE(1, "Strong feature of the school, with proven impact, that could be replicated and shared with others"),
    DEVELOPING_FEATURE(2, "Developing feature of the school yet to be fully embedded and still requiring maintenance and monitoring"),
    NEEDS_SOME_IMPROVEMENT(3, "An aspect in need of some improvement requiring future action(s)"),
    NEEDS_SIGNIFICANT_DEVELOPMENT(4, "An aspect in need of significant development requiring immediate action(s)");

    private final int value;
    private final String meaning;

    Judgement(int value, String meaning) {
        this.value = value;
        this.meaning = meaning;
    }

    public int value() {
        return value;
    }

    public String meaning() {
        return meaning;
    }

    public static Judgement of(int value) {
        for (Judgement j : values()) {
            if (j.value == value) {
                return j;
            }
        }
        throw new IllegalArgumentException("judgement must be 1 to 4, not " + value);
    }

    /** The words for a value, or null for no value (a standard not rated yet). */
    public static String meaningOf(Integer value) {
        return value == null ? null : of(value).meaning;
    }
}
