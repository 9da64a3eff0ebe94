package org.goldenthread.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validates events against the published contracts (the envelope and the type's data schema), formats asserted. */
public final class Contracts {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Contracts() {
    }

    private static JsonSchema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, f -> FACTORY.getSchema(SchemaLocation.of("classpath:contracts/events/" + f), CONFIG));
    }

    /** Fails unless the CloudEvent's envelope and its data both follow the contract of its type. */
    public static void assertValid(JsonNode event) {
        Set<ValidationMessage> envelope = schema("cloudevent.schema.json").validate(event);
        assertTrue(envelope.isEmpty(), () -> "envelope breaks the contract: " + envelope + "\n" + event);
        String type = event.path("type").asText();
        Set<ValidationMessage> data = schema(type + ".schema.json").validate(event.path("data"));
        assertTrue(data.isEmpty(), () -> "data of " + type + " breaks the contract: " + data + "\n" + event);
    }
}
