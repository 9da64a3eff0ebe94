package org.goldenthread.e2e.deploy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port and path a container health-check command asks for: bash's {@code /dev/tcp/host/port}
 * with a {@code GET <path>} request line, or a curl/wget URL on localhost. The port may be a
 * variable ({@code ${QUARKUS_HTTP_PORT}}), resolved against the container's environment.
 */
record HttpCheck(String port, String path) {
    private static final Pattern DEV_TCP = Pattern.compile("/dev/tcp/(?:127\\.0\\.0\\.1|localhost)/(\\$\\{?\\w+}?|\\d+)");
    private static final Pattern REQUEST_LINE = Pattern.compile("GET\\s+(/\\S*)\\s+HTTP/");
    private static final Pattern URL = Pattern.compile("https?://(?:127\\.0\\.0\\.1|localhost):(\\$\\{?\\w+}?|\\d+)(/[^\\s'\"]*)");

    static Optional<HttpCheck> in(String command) {
        Matcher tcp = DEV_TCP.matcher(command);
        Matcher request = REQUEST_LINE.matcher(command);
        if (tcp.find() && request.find()) {
            return Optional.of(new HttpCheck(tcp.group(1), request.group(1)));
        }
        Matcher url = URL.matcher(command);
        if (url.find()) {
            return Optional.of(new HttpCheck(url.group(1), url.group(2)));
        }
        return Optional.empty();
    }

    /** The port as a number, looking a variable up in the given environment; -1 when unknown. */
    int portIn(Map<String, String> environment) {
        if (port.matches("\\d+")) {
            return Integer.parseInt(port);
        }
        String value = environment.get(port.replaceAll("[${}]", ""));
        return value != null && value.matches("\\d+") ? Integer.parseInt(value) : -1;
    }
}
