package org.goldenthread.gateway.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.goldenthread.gateway.config.GatewayConfig;
import org.goldenthread.gateway.rest.GatewayApi;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document for the whole API: the gateway's own paths and, for each service, the paths
 * the gateway routes to it, from the service's {@code /q/openapi}. Service documents are fetched
 * in the background and the last good copy kept, so a service that is down leaves its previous
 * paths (or, before it was ever seen, a note in the description) rather than an error. The
 * services' internal-token security scheme is replaced by the gateway's: callers use a bearer
 * token from {@code /oauth/token} or their OIDC issuer.
 */
@ApplicationScoped
public class OpenApiMerger {
    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Inject
    GatewayConfig config;
    @Inject
    HttpClients http;
    @Inject
    ObjectMapper json;
    @Inject
    Vertx vertx;
    @Inject
    Instance<OpenApiDocumentService> gatewayDocument;

    private final Map<Upstream, JsonNode> fetched = new EnumMap<>(Upstream.class);
    private volatile String merged;

    private volatile long refreshedAtNanos;

    void start(@Observes StartupEvent ignored) {
        refresh();
        // Every 10 s while a service has not been seen yet (they may start after the gateway), then at the interval.
        vertx.setPeriodic(10_000, id -> {
            boolean missing;
            synchronized (fetched) {
                missing = fetched.size() < Upstream.values().length;
            }
            if (missing || System.nanoTime() - refreshedAtNanos > config.openapi().refreshInterval().toNanos()) {
                refresh();
            }
        });
    }

    /** Fetches every service's document again; completes when all have answered or failed. */
    public Future<Void> refresh() {
        refreshedAtNanos = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            String base = switch (upstream) {
                case PLANS -> config.upstreams().plans();
                case TRACKING -> config.upstreams().tracking();
                case MONITORING -> config.upstreams().monitoring();
            };
            String url = base.replaceAll("/+$", "") + "/q/openapi?format=json";
            all.add(http.fetch(url, config.openapi().fetchTimeout()).map(body -> {
                JsonNode doc = parse(body.toString());
                if (doc != null && doc.has("paths")) {
                    synchronized (fetched) {
                        fetched.put(upstream, doc);
                    }
                    merged = null;
                }
                return null;
            }).otherwise(e -> {
                LOG.debugf("OpenAPI of %s not fetched: %s", upstream.serviceName(), e.getMessage());
                return null;
            }));
        }
        return Future.join(all).mapEmpty();
    }

    /** The merged document as JSON. */
    public String document() {
        String doc = merged;
        if (doc == null) {
            doc = merge().toString();
            merged = doc;
        }
        return doc;
    }

    ObjectNode merge() {
        ObjectNode doc = ownDocument();
        ObjectNode paths = object(doc, "paths");
        ObjectNode components = object(doc, "components");
        ArrayNode tags = doc.has("tags") && doc.get("tags").isArray() ? (ArrayNode) doc.get("tags") : doc.putArray("tags");
        Set<String> tagNames = new LinkedHashSet<>();
        tags.forEach(t -> tagNames.add(t.path("name").asText()));
        List<String> missing = new ArrayList<>();
        Map<Upstream, JsonNode> documents;
        synchronized (fetched) {
            documents = new EnumMap<>(fetched);
        }
        for (Upstream upstream : Upstream.values()) {
            JsonNode service = documents.get(upstream);
            if (service == null) {
                missing.add(upstream.serviceName());
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> servicePaths = service.path("paths").fields();
            while (servicePaths.hasNext()) {
                Map.Entry<String, JsonNode> path = servicePaths.next();
                if (Routes.ownedBy(path.getKey(), upstream) && path.getValue().isObject()) {
                    ObjectNode item = path.getValue().deepCopy();
                    item.fields().forEachRemaining(op -> {
                        if (OPERATIONS.contains(op.getKey()) && op.getValue().isObject()) {
                            gatewaySecurity((ObjectNode) op.getValue());
                        }
                    });
                    paths.set(path.getKey(), item);
                }
            }
            service.path("components").fields().forEachRemaining(section -> {
                if (section.getKey().equals("securitySchemes") || !section.getValue().isObject()) {
                    return;
                }
                ObjectNode target = object(components, section.getKey());
                section.getValue().fields().forEachRemaining(entry -> {
                    if (!target.has(entry.getKey())) {
                        target.set(entry.getKey(), entry.getValue().deepCopy());
                    }
                });
            });
            service.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag.deepCopy());
                }
            });
        }
        ObjectNode info = object(doc, "info");
        info.put("title", "Golden Thread API");
        String description = "School improvement plans kept honest by pupil tracking and monitoring: the whole API "
                + "through the gateway. Authenticate with a bearer token from `POST /oauth/token` (client credentials for "
                + "MIS and analytics clients) or from your OIDC issuer. Errors are RFC 9457 problem+json.";
        if (!missing.isEmpty()) {
            description += "\n\nNot included right now (the service did not answer): " + String.join(", ", missing) + ".";
        }
        info.put("description", description);
        doc.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
        ObjectNode status = doc.putObject("x-golden-thread-services");
        for (Upstream upstream : Upstream.values()) {
            status.put(upstream.serviceName(), documents.containsKey(upstream) ? "included" : "unavailable");
        }
        return doc;
    }

    private ObjectNode ownDocument() {
        try {
            byte[] own = gatewayDocument.get().getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON);
            JsonNode node = own == null ? null : json.readTree(own);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot read the gateway's own OpenAPI document: %s", e.getMessage());
        }
        ObjectNode empty = json.createObjectNode();
        empty.put("openapi", "3.1.0");
        return empty;
    }

    /** Replaces whatever scheme the service named (its internal token) with the gateway's. */
    private void gatewaySecurity(ObjectNode operation) {
        JsonNode security = operation.get("security");
        if (security != null && security.isArray() && security.isEmpty()) {
            return; // explicitly public
        }
        ArrayNode replaced = operation.putArray("security");
        replaced.addObject().putArray(GatewayApi.BEARER);
        replaced.addObject().putArray(GatewayApi.OAUTH2);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(field);
    }
}
