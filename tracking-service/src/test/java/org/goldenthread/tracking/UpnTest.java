package org.goldenthread.tracking;

import org.goldenthread.tracking.domain.Upn;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
class UpnTest {

    @Test
    void publishedExamplesAreValid() {
        // python-stdnum's documented valid example: 8×2 + 1×4 + 2×5 + 5×10 + 1×13 = 93, 93 mod 23 = 1 → B
        assertNull(Upn.problem("B801200005001"));
        // the census guidance's digits 207000016049: 2×2 + 7×4 + 1×9 + 6×10 + 4×12 + 9×13 = 266, mod 23 = 13 → P
        assertNull(Upn.problem("P207000016049"));
    }

    @Test
    void wrongCheckLetterIsRejectedWithTheRightOne() {
        String problem = Upn.problem("A801200005001");
        assertNotNull(problem);
        assertTrue(problem.contains("expected B"), problem);
        assertNotNull(Upn.problem("B207000016049"));
    }

    @Test
    void temporaryUpnEndsInALetterThatCountsInTheCheck() {
        // 11 digits then a letter; the letter counts as its place in the check alphabet (A = 0 ...)
        String temporary = Upn.withCheckLetter("82020010002A");
        assertNull(Upn.problem(temporary));
        assertTrue(Upn.isTemporary(temporary));
        // the final letter changes the check letter: B counts 1 × 13 more than A
        String other = Upn.withCheckLetter("82020010002B");
        assertFalse(temporary.charAt(0) == other.charAt(0));
        assertEquals(Upn.CHECK_ALPHABET.charAt((Upn.CHECK_ALPHABET.indexOf(temporary.charAt(0)) + 13) % 23), other.charAt(0));
    }

    @Test
    void malformedUpnsAreRejected() {
        assertNotNull(Upn.problem("Q20700001604"));        // 12 characters
        assertNotNull(Upn.problem("Q2070000160490"));      // 14 characters
        assertNotNull(Upn.problem("I207000016049"));       // I is never a check letter
        assertNotNull(Upn.problem("Q2070000X6049"));       // a letter in the middle
        assertNotNull(Upn.problem("Q20700001604O"));       // O is never used, even for a temporary UPN
        assertNotNull(Upn.problem(""));
    }
}
