package org.sitrep.model;

/**
 * A span of tokens [firstToken, endToken) with a label, e.g. an NER entity "LOCATION" or a time expression.
 *
 * @param label  what it is (NER tag, or a stage-specific label)
 * @param text   surface text
 * @param normalized normalised value if any (SUTime value for DATE/TIME/DURATION), else null
 */
public record Mention(int firstToken, int endToken, Span span, String label, String text, String normalized) {
    public boolean containsToken(int i) { return i >= firstToken && i < endToken; }
}
