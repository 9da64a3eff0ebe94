package org.goldenthread.plans.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** plans-service settings ({@code goldenthread.plans.*}). */
@ConfigMapping(prefix = "goldenthread.plans")
public interface PlansConfig {

    /** An open action whose due date is within this many days from today is "due soon". */
    @WithDefault("14")
    int dueSoonDays();

    /** The schools' time zone: "today" for due and overdue actions. */
    @WithDefault("Europe/London")
    ZoneId timeZone();

    Quality quality();

    interface Quality {
        /** More priorities than this and the quality check says the plan is not concise. */
        @WithDefault("6")
        int maxPriorities();
    }
}
