package org.sitrep.extract.events;

import java.util.Locale;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchored;
import org.sitrep.model.PlaceRef;

/**
 * A country named as a place can stand for that country as an event's recipient: "sent arms to Pakistan", "aid for
 * Romania", "visited Albania" (CAMEO codes the country as the target). The actor tagger leaves a country name after
 * a locative preposition to the place tagger, so the coder turns such a place back into an actor when a recipient
 * role path reaches it. Only whole countries (GeoNames PCL* features) and capitals (PPLC) qualify; towns and
 * provinces never do.
 */
final class CountryPlaces {
    private CountryPlaces() {}

    /** The country actor a place mention stands for, or null if it is not a country or capital. */
    static Anchored<ActorRef> asActor(Anchored<PlaceRef> place) {
        if (place == null) return null;
        PlaceRef p = place.value();
        String fc = p.featureCode();
        if (fc == null || !(fc.startsWith("PCL") || fc.equals("PPLC"))) return null;
        return withCountry(place, fc.equals("PPLC") ? "GOV" : null, "place:", p.name());
    }

    /**
     * The place where an event with no other target happened, standing for its country as the target: "imposed a
     * curfew in Cizre", "shelled targets in Jericho" (CAMEO and PLOVER code the location's country as the target
     * when no actor is acted on). Any resolved place with a country qualifies; null otherwise.
     */
    static Anchored<ActorRef> asTarget(Anchored<PlaceRef> place) {
        if (place == null || place.value().featureCode() == null) return null;
        return withCountry(place, null, "place-as-target:", null); // named as the country ("Syria"), not the town
    }

    /** The place's country as an actor, named {@code name}, or by the country's English name when null. */
    private static Anchored<ActorRef> withCountry(Anchored<PlaceRef> place, String sector, String marker, String name) {
        PlaceRef p = place.value();
        if (p.country() == null) return null;
        String iso3 = Gazetteer.iso3(p.country());
        if (iso3 == null) return null;
        String shown = name != null ? name : new Locale("", p.country()).getDisplayCountry(Locale.ENGLISH);
        ActorRef ref = new ActorRef(place.text(), shown, iso3, sector, null, marker + p.gazetteerId());
        return new Anchored<>(place.firstToken(), place.endToken(), place.span(), place.text(), ref);
    }
}
