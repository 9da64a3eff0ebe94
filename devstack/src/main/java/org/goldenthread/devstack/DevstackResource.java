package org.goldenthread.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The Quarkus test resource that points a service at the shared devstack: its own database on the
 * JVM's one PostgreSQL server, and the JVM's one Kafka broker. Use it with GLOBAL scope and the
 * init argument {@code database} naming the service's database.
 */
public class DevstackResource implements QuarkusTestResourceLifecycleManager {
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Devstack.Endpoints endpoints = Devstack.shared();
        endpoints.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", endpoints.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey", DevTokens.publicKey());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", DevTokens.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // the stack lives as long as the JVM: other test classes share it
    }
}
