package org.goldenthread.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** YAML documents as Jackson trees, and the small lookups the deployment checks need. */
final class Yaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Yaml() {
    }

    /** Every non-empty document of a (multi-document) YAML text. */
    static List<JsonNode> documents(String text) {
        try (var parser = FACTORY.createParser(text)) {
            List<JsonNode> docs = new ArrayList<>();
            var values = MAPPER.readValues(parser, JsonNode.class);
            while (values.hasNextValue()) {
                JsonNode doc = values.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML", e);
        }
    }

    static JsonNode document(String text) {
        List<JsonNode> docs = documents(text);
        if (docs.size() != 1) {
            throw new IllegalArgumentException("expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    static List<JsonNode> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : StreamSupport.stream(node.spliterator(), false).toList();
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(out::add);
        }
        return out;
    }

    static String text(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
