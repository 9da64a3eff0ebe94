package org.goldenthread.gateway.edge;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C Trace Context at the edge: the gateway joins the caller's trace (same trace id and flags)
 * with a span of its own, or starts a trace when the caller sent none or a malformed one.
 */
final class TraceContext {
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE = "0".repeat(32);
    private static final String INVALID_PARENT = "0".repeat(16);

    private TraceContext() {
    }

    /** The traceparent to send on: the caller's trace with the gateway as parent. */
    static String next(String incoming) {
        if (incoming != null) {
            var m = TRACEPARENT.matcher(incoming.trim());
            if (m.matches() && !m.group(1).equals(INVALID_TRACE) && !m.group(2).equals(INVALID_PARENT)) {
                return "00-" + m.group(1) + "-" + hex(8) + "-" + m.group(3);
            }
        }
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    /** Whether tracestate may be passed on with the incoming traceparent. */
    static boolean joins(String incoming) {
        return incoming != null && TRACEPARENT.matcher(incoming.trim()).matches();
    }

    private static String hex(int bytes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            int b = random.nextInt(256);
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        String s = sb.toString();
        return s.chars().allMatch(c -> c == '0') ? hex(bytes) : s;
    }
}
