package org.goldenthread.bench;

import java.util.concurrent.CompletionStage;

/**
 * One asynchronous unit of work that {@link ConstantRateLoad} starts at each scheduled instant.
 *
 * <p>{@link HttpTarget} is the HTTP implementation; a scenario can supply its own (a Kafka produce, a JDBC call on its
 * own executor, ...). The stage completes with a status code: 2xx counts as success, anything else is counted as an
 * error under that code (non-HTTP work should use 200 for success). Completing exceptionally counts as an error under
 * the exception's kind.
 */
@FunctionalInterface
public interface LoadOperation {

    /**
     * Starts operation number {@code sequence} (0, 1, 2, ... in schedule order, warm-up included). Must not block: the
     * caller is the scheduler thread.
     */
    CompletionStage<Integer> start(long sequence);

    /** A short description for reports, e.g. {@code GET http://host/path}. */
    default String describe() {
        return getClass().getSimpleName();
    }
}
