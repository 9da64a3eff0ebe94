package org.goldenthread.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.goldenthread.platform.events.CloudEvent;
import org.goldenthread.platform.paging.Cursor;
import org.goldenthread.platform.paging.Page;
import org.goldenthread.platform.paging.PageRequest;
import org.goldenthread.platform.tenancy.TenantScope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The service's event log, read from the outbox: the HTTP feed analytics clients pull. Events are
 * served in feed position order, which the relay gives in commit order, so a reader that pages
 * with the cursor never misses an event while writes go on.
 */
@ApplicationScoped
public class EventLog {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    /**
     * A page of the caller's events after the cursor. {@code view} may reshape an event for this
     * caller (e.g. remove figures they may not see); {@code type} filters by event type when given.
     */
    public Page<CloudEvent> page(TenantScope scope, PageRequest request, String type, UriInfo uri,
                                 UnaryOperator<CloudEvent> view) {
        long after = Cursor.decodeLong(request.after(), 0);
        List<Positioned> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT position, id, source, type, subject, time, trust_id, school_id, data::text
                     FROM outbox_event
                     WHERE position > ? AND trust_id = ? AND (? OR school_id = ANY(?))
                       AND (?::text IS NULL OR type = ?::text)
                     ORDER BY position LIMIT ?""")) {
            ps.setLong(1, after);
            ps.setObject(2, scope.trustId());
            ps.setBoolean(3, scope.trustWide());
            ps.setArray(4, c.createArrayOf("uuid", scope.schoolIdArray()));
            ps.setString(5, type);
            ps.setString(6, type);
            ps.setInt(7, request.fetchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                            CloudEvent.JSON, rs.getObject(7, UUID.class), rs.getObject(8, UUID.class),
                            json.readTree(rs.getString(9)));
                    rows.add(new Positioned(rs.getLong(1), event));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event log", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Page.feed(rows, request, Long.toString(after), r -> Long.toString(r.position()), r -> view.apply(r.event()), uri);
    }

    private record Positioned(long position, CloudEvent event) {
    }
}
