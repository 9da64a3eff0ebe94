package org.goldenthread.bench.scenario;

/**
 * Permanent unique pupil numbers with the DfE check letter: a letter, then 12 digits (a 3-digit local authority
 * code, then 9 more). The check letter is the sum of characters 2–13 weighted 2–13, mod 23, read off
 * {@code ABCDEFGHJKLMNPQRTUVWXYZ}.
 */
public final class Upns {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upns() {
    }

    /** The UPN with serial {@code serial} (0..999,999,999) in local authority {@code la} (100..999). */
    public static String of(int la, long serial) {
        if (la < 100 || la > 999 || serial < 0 || serial > 999_999_999L) {
            throw new IllegalArgumentException("la must be 100-999 and serial 0-999999999");
        }
        String digits = la + String.format("%09d", serial);
        return checkLetter(digits) + digits;
    }

    /** The check letter for the 12 characters after it (digits only: permanent UPNs). */
    static char checkLetter(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < twelveDigits.length(); i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
