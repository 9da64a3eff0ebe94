package org.goldenthread.gateway.edge;

/** The services behind the gateway. */
public enum Upstream {
    PLANS("plans-service"),
    TRACKING("tracking-service"),
    MONITORING("monitoring-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
