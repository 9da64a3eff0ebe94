package org.goldenthread.e2e.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid permanent UPNs (DfE check letter), unique within a test run. */
public final class Upns {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Upns() {
    }

    public static String next() {
        // LA 850, establishment, then a serial: 12 digits after the check letter
        String digits = "850" + String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i + 2);
        }
        return LETTERS.charAt(sum % 23) + digits;
    }
}
