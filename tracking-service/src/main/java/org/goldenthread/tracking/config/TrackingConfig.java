package org.goldenthread.tracking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of tracking-service ({@code goldenthread.tracking.*}). */
@ConfigMapping(prefix = "goldenthread.tracking")
public interface TrackingConfig {

    /**
     * The secret each trust's pseudonym key is derived from (env GOLDENTHREAD_TRACKING_PSEUDONYM_SECRET).
     * Pupil-level events carry HMAC-SHA256(trust key, pupil id), so whoever reads events without
     * this secret cannot link them to a pupil.
     */
    String pseudonymSecret();

    Imports imports();

    interface Imports {
        /** Worker threads per replica that run import jobs (jobs of one trust always run one at a time). */
        @WithDefault("1")
        int workers();

        /** Longest wait between looks for queued jobs (a job submitted to this replica starts at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /** A running job whose worker has not reported for this long is re-queued (its replica died). */
        @WithDefault("2m")
        Duration staleAfter();

        /** Attempts before a job that keeps dying is marked FAILED. */
        @WithDefault("3")
        int maxAttempts();

        /** Most rows (pupils plus assessments) in one JSON import. */
        @WithDefault("100000")
        int maxJsonRows();

        /** Most rows in one CSV import. */
        @WithDefault("1000000")
        int maxCsvRows();

        /** Row errors kept per job (all are counted). */
        @WithDefault("10000")
        int maxStoredErrors();
    }
}
