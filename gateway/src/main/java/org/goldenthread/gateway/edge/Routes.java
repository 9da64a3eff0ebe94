package org.goldenthread.gateway.edge;

import java.util.Map;
import java.util.Set;

/**
 * Which service answers a path (DESIGN.md, API conventions); the most specific rule wins:
 * <ul>
 *   <li>plans: {@code /api/v1/plans/**} (with {@code /api/v1/plans/events}), {@code /priorities},
 *       {@code /objectives}, {@code /actions}, {@code /milestones}, {@code /reviews};</li>
 *   <li>tracking: {@code /api/v1/schools/{id}/pupils|assessments|targets|termly-results/**},
 *       {@code /pupils/**}, {@code /imports/**}, {@code /trusts/{id}/termly-results/**},
 *       {@code /tracking/**};</li>
 *   <li>monitoring: {@code /monitoring-activities}, {@code /findings}, {@code /evidence},
 *       {@code /self-evaluations}, {@code /frameworks}, {@code /monitoring/**};</li>
 *   <li>the gateway itself: everything else under {@code /api/v1} ({@code /trusts}, {@code /schools},
 *       {@code /clients}) and {@code /oauth/token}.</li>
 * </ul>
 */
public final class Routes {
    private static final String PREFIX = "/api/v1/";

    private static final Map<String, Upstream> FIRST_SEGMENT = Map.ofEntries(
            Map.entry("plans", Upstream.PLANS),
            Map.entry("priorities", Upstream.PLANS),
            Map.entry("objectives", Upstream.PLANS),
            Map.entry("actions", Upstream.PLANS),
            Map.entry("milestones", Upstream.PLANS),
            Map.entry("reviews", Upstream.PLANS),
            Map.entry("pupils", Upstream.TRACKING),
            Map.entry("imports", Upstream.TRACKING),
            Map.entry("tracking", Upstream.TRACKING),
            Map.entry("monitoring-activities", Upstream.MONITORING),
            Map.entry("findings", Upstream.MONITORING),
            Map.entry("evidence", Upstream.MONITORING),
            Map.entry("self-evaluations", Upstream.MONITORING),
            Map.entry("frameworks", Upstream.MONITORING),
            Map.entry("monitoring", Upstream.MONITORING));

    private static final Set<String> SCHOOL_TRACKING = Set.of("pupils", "assessments", "targets", "termly-results");
    private static final Set<String> TRUST_TRACKING = Set.of("termly-results");

    private Routes() {
    }

    /** The service for the (normalised) path, or null when the gateway answers it itself. */
    public static Upstream match(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        int firstEnd = path.indexOf('/', PREFIX.length());
        String first = firstEnd < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), firstEnd);
        Upstream direct = FIRST_SEGMENT.get(first);
        if (direct != null) {
            return direct;
        }
        if (firstEnd < 0 || !(first.equals("schools") || first.equals("trusts"))) {
            return null;
        }
        // /api/v1/schools/{id}/<third>/... and /api/v1/trusts/{id}/<third>/...
        int secondEnd = path.indexOf('/', firstEnd + 1);
        if (secondEnd < 0 || secondEnd == firstEnd + 1) {
            return null;
        }
        int thirdEnd = path.indexOf('/', secondEnd + 1);
        String third = thirdEnd < 0 ? path.substring(secondEnd + 1) : path.substring(secondEnd + 1, thirdEnd);
        Set<String> tracked = first.equals("schools") ? SCHOOL_TRACKING : TRUST_TRACKING;
        return tracked.contains(third) ? Upstream.TRACKING : null;
    }

    /** Whether the service owns this path, for filtering its OpenAPI paths into the merged document. */
    public static boolean ownedBy(String path, Upstream upstream) {
        String concrete = path.replaceAll("\\{[^}/]+}", "x");
        return match(concrete) == upstream;
    }
}
