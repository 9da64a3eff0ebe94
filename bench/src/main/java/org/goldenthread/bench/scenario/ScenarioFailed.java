package org.goldenthread.bench.scenario;

/** A scenario could not go on (the system answered something unexpected); the message says what and where. */
public final class ScenarioFailed extends RuntimeException {

    public ScenarioFailed(String message) {
        super(message);
    }

    public ScenarioFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
