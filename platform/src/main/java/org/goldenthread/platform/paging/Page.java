package org.goldenthread.platform.paging;

import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code next} is the link to the following page (absent on the last page);
 * follow it rather than building URLs.
 */
@Schema(name = "Page", description = "A page of results; follow `next` for more.")
public record Page<T>(List<T> items, @Schema(description = "Link to the next page; absent on the last page") String next) {

    /**
     * Builds the page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if
     * any, only tells that there is more.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, String> position,
                                    Function<R, T> view, UriInfo uri) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = null;
        if (more && !shown.isEmpty()) {
            String cursor = Cursor.encode(position.apply(shown.get(shown.size() - 1)));
            next = link(uri, cursor, request.limit());
        }
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /**
     * A page of a feed: {@code next} is always given (after the last item, or the same position
     * when nothing new has arrived), so a reader keeps polling it for new events.
     */
    public static <R, T> Page<T> feed(List<R> rows, PageRequest request, String currentPosition,
                                      Function<R, String> position, Function<R, T> view, UriInfo uri) {
        List<R> shown = rows.size() > request.limit() ? rows.subList(0, request.limit()) : rows;
        String last = shown.isEmpty() ? currentPosition : position.apply(shown.get(shown.size() - 1));
        String next = link(uri, Cursor.encode(last), request.limit());
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** The request's own path and filters with the new cursor: relative, so it works behind the gateway. */
    static String link(UriInfo uri, String cursor, int limit) {
        StringBuilder query = new StringBuilder();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("after") && !name.equals("limit")) {
                values.forEach(v -> query.append(name).append('=').append(encode(v)).append('&'));
            }
        });
        query.append("limit=").append(limit).append("&after=").append(cursor);
        String path = uri.getRequestUri().getRawPath();
        return path + "?" + query;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
