package org.goldenthread.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay and the event consumers ({@code goldenthread.events.*}). */
@ConfigMapping(prefix = "goldenthread.events")
public interface EventsConfig {

    /** CloudEvents {@code source} of what this service writes, e.g. /golden-thread/plans-service. */
    String source();

    Relay relay();

    Consumer consumer();

    interface Relay {
        /** Turn off to keep events in the outbox only (e.g. a read replica). */
        @WithDefault("true")
        boolean enabled();

        /** Longest wait between looks at the outbox when no notification arrives. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** Events sent per round (and sequenced ten rounds ahead). */
        @WithDefault("1000")
        int batchSize();

        /** How long published events stay in the outbox, which is also the HTTP feed's history. */
        @WithDefault("P90D")
        Duration retention();

        /** Longest back-off between attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();
    }

    interface Consumer {
        /** Attempts before an event that keeps failing goes to the dead-letter topic. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("500ms")
        Duration pollTimeout();

        /**
         * How long applied event ids are kept for dedupe; longer than the topics' retention, so a
         * redelivered event is always recognised.
         */
        @WithDefault("P60D")
        Duration dedupeRetention();
    }
}
