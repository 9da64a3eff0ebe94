package org.goldenthread.e2e.support;

import java.util.function.Supplier;

/**
 * Someone calling the API in the tenant-isolation suite, seen from school A0 of trust A: its own
 * staff and MIS, its trust's trust-wide roles, another school of the same trust, or another trust.
 */
public record Caller(String label, Relation relation, String role, String trustId, String subject, Supplier<String> tokens) {

    public enum Relation {
        /** A0's own staff and MIS clients. */
        OWN_SCHOOL("own-school"),
        /** Trust A's trust-wide roles (TRUST_LEADER, ANALYTICS), and the platform administrator. */
        OWN_TRUST("own-trust"),
        /** Staff and MIS of school A1, in the same trust as A0. */
        OTHER_SCHOOL("other-school"),
        /** Trust B: its school staff, trust leader, MIS and analytics clients. */
        OTHER_TRUST("other-trust");

        private final String words;

        Relation(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public boolean other() {
            return this == OTHER_SCHOOL || this == OTHER_TRUST;
        }
    }

    public static Caller of(Tenants.Trust trust, String persona, Relation relation, String role) {
        String subject = trust.users().containsKey(persona) ? trust.users().get(persona)
                : "client:" + trust.clients().get(persona)[0];
        String qualifier = persona.equals("mis") ? " (all schools)" : "";
        return new Caller(relation.words() + " " + role + qualifier, relation, role, trust.id(), subject,
                () -> trust.token(persona));
    }

    public String token() {
        return tokens.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
