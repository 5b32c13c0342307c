package org.sitrep.fuse;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Stance;

/**
 * Corroboration of an event from its claims: the number of independent outlets, the status and the certainty.
 *
 * <ul>
 *   <li>Outlets: distinct independent sources among the supporting claims. The source of a claim is given by a
 *       function (the outlet of its report; for a copied report, the outlet of the original when the claim's sentence
 *       is in the original), so a syndicated story counts once.</li>
 *   <li>Status: RETRACTED when a source that supported the event contradicts it in its own voice; DISPUTED when any
 *       claim denies or contradicts it; CORROBORATED with two or more independent outlets; REPORTED otherwise.</li>
 *   <li>Certainty: the strongest certainty of a supporting claim (ASSERTED &gt; REPORTED &gt; ALLEGED &gt;
 *       UNVERIFIED), but never upgraded by one source: if any supporting claim is UNVERIFIED, the event stays
 *       UNVERIFIED until two independent outlets assert or report it. An event with no supporting claim is DENIED.</li>
 * </ul>
 */
public final class Corroboration {
    private Corroboration() {}

    /** The corroboration figures of an event. */
    public record Assessment(int outlets, EventStatus status, Certainty certainty, ClaimContext context, List<String> sources) {}

    /** True if a claim denies or contradicts the event it is linked to. */
    public static boolean isDenial(Claim c) {
        return c.stance() == Stance.CONTRADICTS || c.certainty() == Certainty.DENIED;
    }

    /** Assesses supporting and contradicting claims; {@code sourceOf} gives a claim's independent source. */
    public static Assessment assess(List<Claim> supporting, List<Claim> contradicting, Function<Claim, String> sourceOf) {
        Set<String> sources = new LinkedHashSet<>(), firm = new LinkedHashSet<>();
        EnumSet<Certainty> seen = EnumSet.noneOf(Certainty.class);
        for (Claim c : supporting) {
            String s = sourceOf.apply(c);
            sources.add(s);
            seen.add(c.certainty());
            if (c.certainty() == Certainty.ASSERTED || c.certainty() == Certainty.REPORTED) firm.add(s);
        }
        boolean retracted = false;
        for (Claim c : contradicting) {
            if (c.claimants().isEmpty() && sources.contains(sourceOf.apply(c))) retracted = true;
        }
        EventStatus status = retracted ? EventStatus.RETRACTED
                : !contradicting.isEmpty() ? EventStatus.DISPUTED
                : sources.size() >= 2 ? EventStatus.CORROBORATED : EventStatus.REPORTED;
        Certainty certainty;
        if (supporting.isEmpty()) certainty = Certainty.DENIED;
        else if (seen.contains(Certainty.UNVERIFIED) && firm.size() < 2) certainty = Certainty.UNVERIFIED;
        else if (seen.contains(Certainty.ASSERTED)) certainty = Certainty.ASSERTED;
        else if (seen.contains(Certainty.REPORTED)) certainty = Certainty.REPORTED;
        else if (seen.contains(Certainty.ALLEGED)) certainty = Certainty.ALLEGED;
        else certainty = Certainty.UNVERIFIED;
        ClaimContext context = ClaimContext.NONE;
        List<Claim> all = supporting.isEmpty() ? contradicting : supporting;
        if (!all.isEmpty() && all.stream().noneMatch(c -> c.context() == ClaimContext.NONE)) context = all.get(0).context();
        return new Assessment(sources.size(), status, certainty, context, List.copyOf(sources));
    }
}
