package org.sitrep.model;

import java.util.List;

/**
 * A happening merged from one or more claims across reports.
 *
 * @param id           stable id
 * @param coding       the event's consensus coding
 * @param supporting   ids of claims supporting it
 * @param contradicting ids of claims contradicting it (denials)
 * @param outlets      number of independent outlets supporting it
 * @param status       corroboration status
 * @param certainty    the strongest certainty among supporting claims (never upgraded beyond what a claim says)
 * @param context      context of the event (from its claims)
 * @param mergeNotes   why claims were merged into it
 */
public record Event(String id, EventCoding coding, List<String> supporting, List<String> contradicting, int outlets,
                    EventStatus status, Certainty certainty, ClaimContext context, List<String> mergeNotes) {
    public Event {
        supporting = List.copyOf(supporting);
        contradicting = contradicting == null ? List.of() : List.copyOf(contradicting);
        mergeNotes = mergeNotes == null ? List.of() : List.copyOf(mergeNotes);
    }
}
