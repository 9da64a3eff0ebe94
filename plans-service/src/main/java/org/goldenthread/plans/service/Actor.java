package org.goldenthread.plans.service;

/** Who made a change: a user's token subject, or {@code system} for an evaluation from events. */
public record Actor(String id) {
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id");
        }
    }
}
