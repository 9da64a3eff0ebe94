package org.goldenthread.platform.events;

/**
 * An event that can never be applied, however often it is retried (it does not parse, or breaks
 * the contract). It goes straight to the dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
