package org.sitrep.model;

import java.util.List;

/**
 * What a claim says happened, coded in PLOVER with CAMEO and ACLED mappings.
 *
 * @param type        PLOVER event type
 * @param mode        PLOVER mode or Sitrep extension mode ("phone", "visit", "air", "captured", "withdraw", ...), or null
 * @param context     PLOVER contexts ("military", "diplomatic", "territory", ...)
 * @param cameo       CAMEO code ("042", "190"), or null
 * @param acledType   ACLED event type, or null when none applies
 * @param acledSubType ACLED sub-event type, or null
 * @param initiator   who acts (PLOVER source / ACLED actor1), or null
 * @param recipient   who is acted upon (PLOVER target / ACLED actor2), or null
 * @param place       where, or null
 * @param time        when, or null
 * @param quantities  counts and measures
 * @param trigger     trigger word(s) as in the text
 * @param provenance  rule and dictionary entries
 */
public record EventCoding(PloverType type, String mode, List<String> context, String cameo, String acledType,
                          String acledSubType, ActorRef initiator, ActorRef recipient, PlaceRef place, TimeSpan time,
                          List<Quantity> quantities, String trigger, Provenance provenance) {
    public EventCoding {
        context = context == null ? List.of() : List.copyOf(context);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }

    public EventCoding withPlace(PlaceRef p) {
        return new EventCoding(type, mode, context, cameo, acledType, acledSubType, initiator, recipient, p, time, quantities, trigger, provenance);
    }

    public EventCoding withTime(TimeSpan t) {
        return new EventCoding(type, mode, context, cameo, acledType, acledSubType, initiator, recipient, place, t, quantities, trigger, provenance);
    }
}
