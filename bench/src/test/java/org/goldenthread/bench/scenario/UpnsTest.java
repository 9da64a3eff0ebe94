package org.goldenthread.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UpnsTest {

    @Test
    void checkLetterMatchesUpnsTheTrackingServiceAccepts() {
        // both accepted as valid by tracking-service's own UPN check (its UpnTest)
        assertEquals("B801200005001", Upns.of(801, 200_005_001));
        assertEquals("P207000016049", Upns.of(207, 16_049));
    }

    @Test
    void differentSerialsGiveDifferentUpns() {
        assertEquals(13, Upns.of(850, 1).length());
        assertEquals(false, Upns.of(850, 1).equals(Upns.of(850, 2)));
    }

    @Test
    void refusesWhatCannotBeAUpn() {
        assertThrows(IllegalArgumentException.class, () -> Upns.of(99, 1));
        assertThrows(IllegalArgumentException.class, () -> Upns.of(850, 1_000_000_000L));
    }
}
