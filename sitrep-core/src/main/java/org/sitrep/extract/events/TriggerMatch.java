package org.sitrep.extract.events;

import org.sitrep.model.Token;

/**
 * A rule that matched at a token.
 *
 * @param rule      the rule
 * @param trigger   the trigger token (verb or noun)
 * @param frameNoun the object noun of a light-verb frame ("held talks": talks), or null
 * @param support   for a nominal trigger, the verb it is an argument of ("carried out airstrikes": carried), or null
 */
public record TriggerMatch(EventRule rule, Token trigger, Token frameNoun, Token support) {
    /** The highest token of the event's construction: where claim attribution starts walking up. */
    public Token anchor() { return support != null && rule.pos() == EventRule.Pos.NOUN ? support : trigger; }
}
