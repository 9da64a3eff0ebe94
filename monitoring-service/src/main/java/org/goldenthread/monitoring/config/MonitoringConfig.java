package org.goldenthread.monitoring.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The service's own settings ({@code goldenthread.monitoring.*}). */
@ConfigMapping(prefix = "goldenthread.monitoring")
public interface MonitoringConfig {

    Evidence evidence();

    interface Evidence {
        /** Largest file accepted; a larger one is answered 413 and nothing is stored. */
        @WithDefault("10M")
        MemorySize maxSize();

        /**
         * Where content is kept: absent keeps it in the database (bytea); a directory keeps files
         * there (env GOLDENTHREAD_MONITORING_EVIDENCE_DIRECTORY).
         */
        Optional<Path> directory();

        /** Content types that may be uploaded; anything else is answered 415. */
        @WithDefault("application/pdf,image/jpeg,image/png,text/plain")
        List<String> allowedContentTypes();
    }
}
