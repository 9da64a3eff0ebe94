package org.goldenthread.platform.tenancy;

import java.util.Set;

/** The roles carried in the internal token's {@code roles} claim (DESIGN.md, API conventions). */
public final class Roles {
    public static final String TRUST_LEADER = "TRUST_LEADER";
    public static final String SCHOOL_LEADER = "SCHOOL_LEADER";
    public static final String SUBJECT_LEADER = "SUBJECT_LEADER";
    public static final String TEACHER = "TEACHER";
    public static final String GOVERNOR = "GOVERNOR";
    public static final String MIS_INTEGRATION = "MIS_INTEGRATION";
    public static final String ANALYTICS = "ANALYTICS";

    public static final Set<String> ALL = Set.of(TRUST_LEADER, SCHOOL_LEADER, SUBJECT_LEADER, TEACHER, GOVERNOR,
            MIS_INTEGRATION, ANALYTICS);

    /** Roles that see every school of their trust rather than a list of schools. */
    public static final Set<String> TRUST_WIDE = Set.of(TRUST_LEADER, ANALYTICS);

    private Roles() {
    }
}
