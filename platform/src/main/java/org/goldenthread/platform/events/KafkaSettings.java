package org.goldenthread.platform.events;

import java.util.HashMap;
import java.util.Map;

/**
 * The client settings the relay, consumers and dead-letter producers start from: every
 * {@code kafka.*} property of the service (bootstrap servers, and TLS or SASL where a deployment
 * needs them), without the settings meant for the Quarkus extension itself.
 */
public final class KafkaSettings {
    private KafkaSettings() {
    }

    public static Map<String, Object> clientProperties(Map<String, Object> kafkaConfig) {
        Map<String, Object> p = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            // the extension's own keys (health, devservices, snappy ...) are not client settings
            if (!key.startsWith("health") && !key.startsWith("devservices") && !key.startsWith("snappy")) {
                p.put(key, value);
            }
        });
        p.putIfAbsent("bootstrap.servers", "localhost:9092");
        return p;
    }
}
