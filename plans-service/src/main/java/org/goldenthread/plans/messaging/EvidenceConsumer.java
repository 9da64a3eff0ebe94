package org.goldenthread.plans.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.events.PoisonEventException;
import org.goldenthread.platform.inbox.EventConsumers;
import org.goldenthread.plans.service.EvidenceService;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The golden thread's way in: consumes {@code tracking.events} and {@code monitoring.events} and
 * hands published termly results and monitoring findings to {@link EvidenceService}, which keeps
 * plans-service's own copy and moves the milestones they are evidence for. Every other event type
 * on those topics is skipped. An event of a handled type whose data breaks the contract is
 * dead-lettered with the reason. Each event is applied once, in one transaction with its dedupe
 * record (the platform's inbox).
 */
@ApplicationScoped
public class EvidenceConsumer {
    public static final String GROUP = "plans-service";
    public static final String TRACKING_EVENTS = "tracking.events";
    public static final String MONITORING_EVENTS = "monitoring.events";
    private static final Logger LOG = Logger.getLogger(EvidenceConsumer.class);

    @Inject
    EventConsumers consumers;
    @Inject
    ObjectMapper json;
    @Inject
    EvidenceService evidence;

    void start(@Observes StartupEvent ignored) {
        consumers.subscribe(GROUP, List.of(TRACKING_EVENTS, MONITORING_EVENTS), Set.of(TermlyResultsPublished.TYPE,
                FindingPublished.RECORDED, FindingPublished.UPDATED, FindingWithdrawn.TYPE), this::apply);
    }

    /** Applies one event inside the inbox's transaction. */
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case TermlyResultsPublished.TYPE ->
                    evidence.termlyResultsPublished(event.id(), event.type(), read(event, TermlyResultsPublished.class).checked(event));
            case FindingPublished.RECORDED, FindingPublished.UPDATED ->
                    evidence.findingPublished(event.id(), event.type(), read(event, FindingPublished.class).checked(event));
            case FindingWithdrawn.TYPE ->
                    evidence.findingWithdrawn(event.id(), event.type(), read(event, FindingWithdrawn.class).checked(event));
            default -> LOG.tracef("skipping %s %s: not evidence for milestones", event.type(), event.id());
        }
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        if (event.data() == null || !event.data().isObject()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " breaks the contract: data must be an object");
        }
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " breaks the contract: " + describe(e), e);
        }
    }

    /** Where and why the data does not parse: "results[3].subject: "HISTORY" is not one of READING, WRITING, …". */
    static String describe(Exception e) {
        if (e instanceof JsonMappingException m) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            String message;
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                message = "\"" + f.getValue() + "\" is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", "));
            } else {
                message = m.getOriginalMessage();
                int cut = message.indexOf('\n');
                message = cut < 0 ? message : message.substring(0, cut);
            }
            return (path.isEmpty() ? "data" : path.toString()) + ": " + message;
        }
        return e.getMessage();
    }
}
