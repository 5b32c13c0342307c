package org.sitrep.model;

import java.util.List;

/**
 * An attributed assertion in a report that some event happened (or did not).
 *
 * @param id          stable id: report id + sentence + trigger offset
 * @param reportId    the report it stands in
 * @param claimants   claimant chain from the outermost relay to the direct source, e.g. ["ISW", "Reuters sources"];
 *                    empty when the report asserts it in its own voice
 * @param stance      whether it supports or contradicts the event it is linked to
 * @param certainty   how firmly it is made
 * @param context     present, negated, hypothetical, future or historical
 * @param evidence    the sentence and offsets
 * @param event       what is claimed
 * @param claimTime   when the claim was made ("stated on 29 November"), or null
 */
public record Claim(String id, String reportId, List<String> claimants, Stance stance, Certainty certainty,
                    ClaimContext context, Evidence evidence, EventCoding event, TimeSpan claimTime) {
    public Claim {
        claimants = claimants == null ? List.of() : List.copyOf(claimants);
    }

    /** The direct source of the claim, or null if the report speaks in its own voice. */
    public String claimant() { return claimants.isEmpty() ? null : claimants.get(claimants.size() - 1); }
}
