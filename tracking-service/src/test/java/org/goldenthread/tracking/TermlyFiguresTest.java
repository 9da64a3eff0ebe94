package org.goldenthread.tracking;

import org.goldenthread.tracking.domain.DfeRounding;
import org.goldenthread.tracking.domain.GroupCounts;
import org.goldenthread.tracking.domain.PupilGroup;
import org.goldenthread.tracking.domain.TermlyFigures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain rules, but run inside the one Quarkus test application: a plain test in the same JVM loads
 * the service's classes outside Quarkus's class loader, which then breaks the Quarkus tests.
 */
@io.quarkus.test.junit.QuarkusTest
@io.quarkus.test.common.WithTestResource(value = org.goldenthread.devstack.DevstackResource.class,
        scope = io.quarkus.test.common.TestResourceScope.GLOBAL,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "tracking"))
class TermlyFiguresTest {

    private static GroupCounts group(int cohort, int atExpected) {
        return new GroupCounts(cohort, atExpected, 0, atExpected, 0, 0);
    }

    @Test
    void percentagesRoundHalfUpAsTheDfeDoes() {
        assertEquals(13, DfeRounding.percent(1, 8));     // 12.5 → 13 (half-even would give 12)
        assertEquals(63, DfeRounding.percent(5, 8));     // 62.5 → 63
        assertEquals(1, DfeRounding.percent(1, 200));    // 0.5 → 1
        assertEquals(33, DfeRounding.percent(1, 3));
        assertEquals(67, DfeRounding.percent(2, 3));
        assertEquals(new BigDecimal("66.7"), DfeRounding.percentOneDecimal(2, 3));
        assertEquals(new BigDecimal("0.0"), DfeRounding.percentOneDecimal(0, 7));
        assertEquals(99, DfeRounding.average(3965, 40));  // 99.125
    }

    @Test
    void smallGroupsAreSuppressedAndEmptyOnesAreBlank() {
        TermlyFigures.Published five = TermlyFigures.published(PupilGroup.BOYS, group(5, 3), null, false);
        assertTrue(five.suppressed());
        assertNull(five.pctAtOrAboveExpected());
        TermlyFigures.Published six = TermlyFigures.published(PupilGroup.BOYS, group(6, 3), null, false);
        assertFalse(six.suppressed());
        assertEquals(50, six.pctAtOrAboveExpected());
        TermlyFigures.Published empty = TermlyFigures.published(PupilGroup.GIRLS, group(0, 0), null, false);
        assertFalse(empty.suppressed());
        assertNull(empty.pctAtOrAboveExpected());
    }

    @Test
    void theDisadvantagedPairIsSuppressedTogether() {
        // 40 disadvantaged could be published alone, but 4 not disadvantaged would then be worked out from the total
        assertTrue(TermlyFigures.published(PupilGroup.DISADVANTAGED, group(40, 20), group(4, 2), false).suppressed());
        assertTrue(TermlyFigures.published(PupilGroup.NOT_DISADVANTAGED, group(4, 2), group(40, 20), false).suppressed());
        // with no disadvantaged pupils at all the other half is suppressed and the empty half is blank
        assertTrue(TermlyFigures.published(PupilGroup.NOT_DISADVANTAGED, group(25, 20), group(0, 0), false).suppressed());
        assertFalse(TermlyFigures.published(PupilGroup.DISADVANTAGED, group(0, 0), group(25, 20), false).suppressed());
        // boys and girls are not paired
        assertFalse(TermlyFigures.published(PupilGroup.GIRLS, group(25, 20), group(3, 1), false).suppressed());
    }

    @Test
    void theGapIsOnTheDisadvantagedRow() {
        TermlyFigures.Published dis = TermlyFigures.published(PupilGroup.DISADVANTAGED, group(28, 19), group(62, 49), false);
        assertEquals(68, dis.pctAtOrAboveExpected());
        assertEquals(68 - 79, dis.disadvantagedGap());
        assertEquals(new BigDecimal("-11.2"), TermlyFigures.exact(PupilGroup.DISADVANTAGED, group(28, 19), group(62, 49), false).disadvantagedGap());
        assertNull(TermlyFigures.published(PupilGroup.NOT_DISADVANTAGED, group(62, 49), group(28, 19), false).disadvantagedGap());
    }
}
