package org.goldenthread.plans.service;

import org.goldenthread.platform.Ids;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered ids that also keep the order of rows written within one millisecond (UUIDv7 alone
 * orders only by the millisecond), for trails read in order: history entries and evaluations.
 */
final class SequentialIds {
    private static final AtomicLong LAST = new AtomicLong();

    private SequentialIds() {
    }

    static UUID next() {
        UUID candidate = Ids.newId();
        long msb = LAST.accumulateAndGet(candidate.getMostSignificantBits(),
                (last, next) -> Long.compareUnsigned(next, last) > 0 ? next : last + 1);
        return new UUID(msb, candidate.getLeastSignificantBits());
    }
}
