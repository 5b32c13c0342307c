package org.sitrep.fuse;

import java.util.Objects;
import org.sitrep.model.ActorRef;

/**
 * How two coded actors relate when deciding whether two claims tell one happening. Identity is the actor's country and
 * sector (its code) and, when both name one, the person behind it; the display name is not identity, since a
 * country's army and its rebels share the country's name ("Syria"). An actor known only by name (no country, no
 * sector) is compared by name.
 *
 * <ul>
 *   <li>{@link #same}: one actor (same code, no conflicting persons).</li>
 *   <li>{@link #refines}: one actor, or one is a less specific reading of the other (the country alone against one of
 *       its sectors, a state's government against its armed forces, or a sector without a country against the same
 *       sector of a country).</li>
 *   <li>{@link #compatible}: unknown on either side, or {@link #refines}.</li>
 *   <li>{@link #firmly}: both name a side ({@link #identified}) and are the same, or refine each other within one
 *       country.</li>
 * </ul>
 */
public final class ActorMatch {
    private ActorMatch() {}

    /** True if both are known and are the same actor. */
    public static boolean same(ActorRef a, ActorRef b) {
        if (a == null || b == null) return false;
        if (!coded(a) && !coded(b)) return a.name() != null && a.name().equalsIgnoreCase(b.name());
        if (coded(a) != coded(b)) return a.code() != null && a.code().equalsIgnoreCase(b.code());
        return Objects.equals(a.country(), b.country()) && Objects.equals(a.sector(), b.sector()) && persons(a, b);
    }

    /** True if both are known and one is the other or a less specific reading of it ("Russia" and "Russian military"). */
    public static boolean refines(ActorRef a, ActorRef b) {
        if (same(a, b)) return true;
        if (a == null || b == null || !coded(a) || !coded(b) || !persons(a, b)) return false;
        if (a.country() != null && b.country() != null) {
            return a.country().equals(b.country()) && (a.sector() == null || b.sector() == null || state(a) && state(b));
        }
        return a.sector() != null && a.sector().equals(b.sector());
    }

    /** True if either is unknown, or one refines the other. */
    public static boolean compatible(ActorRef a, ActorRef b) {
        return a == null || b == null || refines(a, b);
    }

    /**
     * True if both are known, identified ({@link #identified}) and one refines the other within one country (or are
     * the same named group): the test for claims that have nothing but their actors and time in common.
     */
    public static boolean firmly(ActorRef a, ActorRef b) {
        if (!identified(a) || !identified(b)) return false;
        if (same(a, b)) return true;
        return refines(a, b) && a.country() != null && b.country() != null;
    }

    /** True for an actor that names a side: a country, a person or a named group, not a bare sector ("forces"). */
    public static boolean identified(ActorRef a) {
        return a != null && (a.country() != null || a.person() != null || a.sector() == null && a.name() != null);
    }

    /**
     * A state's government or armed forces: reports name either for the same act ("the government withdrew from
     * Aleppo", "the army withdrew from Aleppo"), so each is a reading of the other.
     */
    private static boolean state(ActorRef a) {
        return "GOV".equals(a.sector()) || "MIL".equals(a.sector());
    }

    private static boolean coded(ActorRef a) {
        return a.country() != null || a.sector() != null;
    }

    private static boolean persons(ActorRef a, ActorRef b) {
        return a.person() == null || b.person() == null || a.person().equalsIgnoreCase(b.person());
    }
}
