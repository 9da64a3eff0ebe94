package org.goldenthread.tracking.domain;

/**
 * The DfE Unique Pupil Number: 13 characters, a check letter then 12 digits (a permanent UPN), or
 * 11 digits and a letter (a temporary UPN, given until the permanent one is known).
 *
 * <p>The check letter: multiply characters 2–13 by the weights 2–13 (a temporary UPN's final
 * letter counts as its position in the check alphabet), sum, take the remainder on division by 23,
 * and read it off {@code ABCDEFGHJKLMNPQRTUVWXYZ} (I, O and S are never used).</p>
 */
public final class Upn {
    public static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    /** Why the text is not a valid UPN, or null when it is one. */
    public static String problem(String upn) {
        if (upn == null || upn.isEmpty()) {
            return "is required";
        }
        if (upn.length() != 13) {
            return "must be 13 characters (a check letter and 12 digits, or 11 digits and a letter for a temporary UPN)";
        }
        char check = upn.charAt(0);
        if (CHECK_ALPHABET.indexOf(check) < 0) {
            return "must start with a check letter (A–Z without I, O and S)";
        }
        for (int i = 1; i < 12; i++) {
            if (upn.charAt(i) < '0' || upn.charAt(i) > '9') {
                return "characters 2 to 12 must be digits";
            }
        }
        char last = upn.charAt(12);
        if (!(last >= '0' && last <= '9') && CHECK_ALPHABET.indexOf(last) < 0) {
            return "must end with a digit, or for a temporary UPN a letter other than I, O and S";
        }
        char expected = checkLetter(upn);
        if (check != expected) {
            return "has the wrong check letter (expected " + expected + " for these digits)";
        }
        return null;
    }

    public static boolean isValid(String upn) {
        return problem(upn) == null;
    }

    public static boolean isTemporary(String upn) {
        return isValid(upn) && Character.isLetter(upn.charAt(12));
    }

    /** The check letter for characters 2–13 of {@code upn} (its first character is ignored). */
    public static char checkLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value = c >= '0' && c <= '9' ? c - '0' : CHECK_ALPHABET.indexOf(c);
            sum += value * (i + 1);
        }
        return CHECK_ALPHABET.charAt(sum % 23);
    }

    /** A valid UPN from 12 characters (11 digits and a digit or letter): prefixes the check letter. */
    public static String withCheckLetter(String twelve) {
        String padded = "?" + twelve;
        return checkLetter(padded) + twelve;
    }
}
