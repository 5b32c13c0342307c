package org.sitrep.fuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Report;
import org.sitrep.model.Stance;

/**
 * The simplest fuser: one event per claim, no merging across reports. Event ids derive from claim ids, so
 * re-ingesting a report gives the same ids. A claim that contradicts (a denial) makes its event disputed.
 */
public final class ClaimEvents implements Fuser {
    @Override
    public List<Event> fuse(Report report, List<Claim> claims) {
        List<Event> out = new ArrayList<>();
        for (Claim c : claims) out.add(eventOf(c));
        return out;
    }

    /** The event a single claim describes on its own. */
    public static Event eventOf(Claim c) {
        boolean denial = c.stance() == Stance.CONTRADICTS;
        return new Event(eventId(c.id()), c.event(), denial ? List.of() : List.of(c.id()),
                denial ? List.of(c.id()) : List.of(), denial ? 0 : 1,
                denial ? EventStatus.DISPUTED : EventStatus.REPORTED, c.certainty(), c.context(),
                List.of("new event from claim " + c.id()));
    }

    /** A stable event id ("ev-" + 12 hex chars) derived from a seed string such as the first claim's id. */
    public static String eventId(String seed) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
