package org.goldenthread.devstack.demo;

import java.util.Map;
import java.util.Optional;

/**
 * A real school of the demo trust, as GIAS lists it, with its KS2 2018 performance-table row when
 * the school has one (Hampshire schools only). {@code id} is the gateway's school id, known once
 * the organisation seed has registered the school.
 */
public final class DemoSchool {
    private final String urn;
    private final String name;
    private final String phase;
    private final String localAuthority;
    private final int pupils;
    private final double percentFsm;
    private final int lowAge;
    private final int highAge;
    private final Map<String, String> ks2;
    private String id;

    DemoSchool(String urn, String name, String phase, String localAuthority, int pupils, double percentFsm,
               int lowAge, int highAge, Map<String, String> ks2) {
        this.urn = urn;
        this.name = name;
        this.phase = phase;
        this.localAuthority = localAuthority;
        this.pupils = pupils;
        this.percentFsm = percentFsm;
        this.lowAge = lowAge;
        this.highAge = highAge;
        this.ks2 = ks2;
    }

    public String urn() {
        return urn;
    }

    public String name() {
        return name;
    }

    /** GIAS phase, e.g. "Primary". */
    public String phase() {
        return phase;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public int pupils() {
        return pupils;
    }

    public double percentFsm() {
        return percentFsm;
    }

    /** Statutory age range: 4–7 is an infant school, 7–11 a junior school, 4–11 a primary. */
    public int lowAge() {
        return lowAge;
    }

    public int highAge() {
        return highAge;
    }

    /** Whether the school teaches the year group (Reception = 0, Year 1 = 1 …). */
    public boolean teachesYearGroup(int yearGroup) {
        int age = yearGroup + 4; // age at the start of the year
        return age >= lowAge && age < highAge;
    }

    /** The school's KS2 2018 row (columns as in ks2-meta.csv), when it has published figures. */
    public Optional<Map<String, String>> ks2() {
        return Optional.ofNullable(ks2);
    }

    /** The gateway's id for the school. */
    public String id() {
        if (id == null) {
            throw new IllegalStateException("school " + urn + " is not registered yet");
        }
        return id;
    }

    public void id(String id) {
        this.id = id;
    }

    /** A short slug for demo user names, e.g. "frogmore-junior". */
    public String slug() {
        return name.toLowerCase().replaceAll("\\b(school|and nursery|primary|the|village)\\b", " ")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    @Override
    public String toString() {
        return name + " (URN " + urn + ")";
    }
}
