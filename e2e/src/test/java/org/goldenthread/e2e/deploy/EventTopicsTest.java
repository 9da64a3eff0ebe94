package org.goldenthread.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The topics the deployment files create are derived from the services' sources; these are the
 * same topics the published contract names, so neither can drift from the other unnoticed.
 */
class EventTopicsTest {

    @Test
    void everyServiceThatPublishesNamesItsOwnTopic() {
        Set<String> topics = Services.topicsUsed();
        for (String module : Services.MODULES) {
            if (!module.equals(Services.GATEWAY)) {
                String own = module.replaceFirst("-service$", "") + ".events";
                assertTrue(topics.contains(own), module + " publishes " + own + " (DESIGN: topic <service>.events); found " + topics);
            }
        }
    }

    @Test
    void theServicesTopicsAreTheContractsChannels() {
        JsonNode asyncapi = Yaml.document(ProjectFiles.read(Services.ROOT.resolve("contracts/asyncapi.yaml")));
        Set<String> channels = new TreeSet<>();
        Yaml.fields(asyncapi.get("channels")).forEach(c -> channels.add(c.getValue().path("address").asText()));
        assertEquals(Services.topicsWithDeadLetters(), channels, "contracts/asyncapi.yaml channels against the services' topics and their dead letters");
    }
}
