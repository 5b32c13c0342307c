package org.sitrep.extract.claims;

import java.util.List;
import org.sitrep.model.Certainty;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * Who a coded event is attributed to and how firmly.
 *
 * @param claimants   claimant chain, outermost relay first ("ISW", "Reuters sources"); empty for the outlet's voice
 * @param certainty   weakest certainty along the chain
 * @param stance      CONTRADICTS when the closest claimant denies the event
 * @param context     negated, hypothetical, future or none (historical is decided once the event time is known)
 * @param claimTime   time attached to the innermost reporting verb ("stated on 29 November"), or null
 * @param speaker     subject token of the innermost reporting verb, or null
 * @param notes       how it was decided, with the lexicon lines used
 */
public record Attribution(List<String> claimants, Certainty certainty, Stance stance, ClaimContext context,
                          TimeSpan claimTime, Token speaker, List<String> notes) {
    public Attribution {
        claimants = List.copyOf(claimants);
        notes = List.copyOf(notes);
    }
}
