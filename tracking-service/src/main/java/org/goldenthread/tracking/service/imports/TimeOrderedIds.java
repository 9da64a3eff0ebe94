package org.goldenthread.tracking.service.imports;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUIDv7-shaped ids for one bulk write, made without a secure random per id: the time and 34
 * random bits are drawn once, then a counter fills the rest. Ids come out in order (so index pages
 * fill in order) and are unique within the write; another write has another time and random part.
 */
final class TimeOrderedIds {
    private final long msb;
    private final long lsbPrefix;
    private long counter;

    TimeOrderedIds() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        msb = (System.currentTimeMillis() << 16) | 0x7000L | random.nextInt(1 << 12);
        lsbPrefix = 0x8000_0000_0000_0000L | ((random.nextLong() & 0x3F_FFFFL) << 40);
    }

    UUID next() {
        return new UUID(msb, lsbPrefix | (counter++ & 0xFF_FFFF_FFFFL));
    }
}
