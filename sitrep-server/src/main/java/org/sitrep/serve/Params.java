package org.sitrep.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Certainty;
import org.sitrep.model.EventStatus;
import org.sitrep.model.PloverType;
import org.sitrep.store.EventQuery;

/**
 * The validated query parameters of one request. Only the parameters the OpenAPI document lists for the route are
 * accepted; anything unknown, repeated or malformed is a 400 with a message naming the parameter.
 */
final class Params {
    private static final Set<String> STATUSES = codes(EventStatus.values());
    private static final Set<String> CERTAINTIES = codes(Certainty.values());

    private final Context ctx;
    private final Set<String> allowed;
    private final Limits limits;

    private Params(Context ctx, Set<String> allowed, Limits limits) {
        this.ctx = ctx;
        this.allowed = allowed;
        this.limits = limits;
    }

    /** Checks the request's parameter names against the route's documented ones. */
    static Params of(Context ctx, OpenApi api, Limits limits) {
        Set<String> allowed = api.queryParams(ctx.method().name(), ctx.endpointHandlerPath());
        if (allowed == null) {
            throw new IllegalStateException("route not in the OpenAPI document: " + ctx.method() + " " + ctx.endpointHandlerPath());
        }
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + e.getKey() + "'"
                        + (allowed.isEmpty() ? ": this route takes none" : "; this route takes " + String.join(", ", allowed)));
            }
            if (e.getValue().size() > 1) throw ApiException.badRequest("parameter '" + e.getKey() + "' is given more than once");
        }
        return new Params(ctx, allowed, limits);
    }

    /** The trimmed value, or null when absent or blank. */
    String string(String name) {
        if (!allowed.contains(name)) throw new IllegalStateException("parameter '" + name + "' is not documented for this route");
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > 500) throw ApiException.badRequest("parameter '" + name + "' is longer than 500 characters");
        return v.strip();
    }

    /** A required value. */
    String required(String name) {
        String v = string(name);
        if (v == null) throw ApiException.badRequest("parameter '" + name + "' is required");
        return v;
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date like 2024-12-01, not '" + v + "'");
        }
    }

    LocalDate requiredDate(String name) {
        required(name);
        return date(name);
    }

    int integer(String name, int fallback, int min, int max) {
        String v = string(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
    }

    int limit() { return integer("limit", limits.defaultPageSize(), 1, limits.maxPageSize()); }

    int offset() { return integer("offset", 0, 0, limits.maxOffset()); }

    /** minLon,minLat,maxLon,maxLat in WGS84 degrees. */
    double[] bbox(String name) {
        String v = string(name);
        if (v == null) return null;
        String[] parts = v.split(",");
        String usage = "parameter '" + name + "' must be minLon,minLat,maxLon,maxLat in degrees, not '" + v + "'";
        if (parts.length != 4) throw ApiException.badRequest(usage);
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) b[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(usage);
        }
        for (double d : b) if (!Double.isFinite(d)) throw ApiException.badRequest(usage);
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3]) {
            throw ApiException.badRequest(usage + " (longitudes -180..180, latitudes -90..90, min before max)");
        }
        return b;
    }

    /** A PLOVER event type, upper case. */
    String ploverType(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return PloverType.parse(v).name();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a PLOVER type (" + Arrays.toString(PloverType.values())
                    + "), not '" + v + "'");
        }
    }

    String oneOf(String name, Set<String> values) {
        String v = string(name);
        if (v == null) return null;
        String low = v.toLowerCase(Locale.ROOT);
        if (!values.contains(low)) throw ApiException.badRequest("parameter '" + name + "' must be one of " + values + ", not '" + v + "'");
        return low;
    }

    /**
     * The event filters shared by the event routes (time range, type, actor, place, bbox, status, certainty, q); actor,
     * place and q only where the route documents them.
     */
    EventQuery eventQuery(int limit, int offset) {
        LocalDate from = date("from"), to = date("to");
        if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("'from' is after 'to'");
        String q = allowed.contains("q") ? string("q") : null;
        String fts = q == null ? null : FtsQuery.of(q);
        return new EventQuery(from, to, ploverType("type"), allowed.contains("actor") ? string("actor") : null,
                allowed.contains("place") ? string("place") : null, fts == null || fts.isEmpty() ? null : fts,
                oneOf("status", STATUSES), oneOf("certainty", CERTAINTIES), bbox("bbox"), limit, offset);
    }

    static Set<String> statuses() { return STATUSES; }

    static Set<String> certainties() { return CERTAINTIES; }

    private static Set<String> codes(Enum<?>[] values) {
        Set<String> s = new TreeSet<>();
        for (Enum<?> v : values) s.add(v.name().toLowerCase(Locale.ROOT));
        return s;
    }

    static List<String> ploverTypes() {
        return Arrays.stream(PloverType.values()).map(Enum::name).toList();
    }
}
