package org.goldenthread.platform.inbox;

import org.goldenthread.platform.events.CloudEvent;

/**
 * Applies one event. It runs inside the transaction that also records the event id, so the change
 * and the record commit together; throw {@link org.goldenthread.platform.events.PoisonEventException}
 * for an event that can never be applied.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(CloudEvent event);
}
