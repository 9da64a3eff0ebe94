package org.goldenthread.plans.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The clock "today" comes from, in the schools' time zone. */
@ApplicationScoped
public class Clocks {
    @Produces
    @ApplicationScoped
    Clock clock(PlansConfig config) {
        return Clock.system(config.timeZone());
    }
}
