package org.goldenthread.devstack.demo;

/**
 * One service's part of the demo trust, seeded through the public API (via the gateway) the way a
 * real trust, MIS or leader would enter it. Steps run in order ({@link DemoSeeder#steps()}) on a
 * fresh system only; a step may leave ids for later steps in {@link DemoContext#shared()}.
 */
public interface SeedStep {
    /** A short name for the log, e.g. "plans". */
    String name();

    void seed(DemoContext context) throws Exception;
}
