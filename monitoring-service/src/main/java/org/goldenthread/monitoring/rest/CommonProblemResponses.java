package org.goldenthread.monitoring.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.goldenthread.platform.problem.ProblemTypes;

import java.util.Map;

/**
 * Completes the OpenAPI document: every error response is described as problem+json (the Problem
 * schema), and every operation lists the responses any request can get (401, 403, 500), so the
 * annotations on each operation only name what is particular to it.
 */
public class CommonProblemResponses implements OASFilter {
    private static final Map<String, String> EVERYWHERE = Map.of(
            "401", "No valid internal token (the gateway authenticates callers)",
            "403", "Your role does not allow this",
            "500", "Unexpected failure; quote the requestId");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        EVERYWHERE.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (isError(entry.getKey()) && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType(ProblemTypes.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            }
        }
        return operation;
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }
}
