package org.sitrep.model;

/**
 * A sentence of a {@link Doc}: tokens [firstToken, endToken) of the document.
 *
 * @param index      sentence number in the document, from 0
 * @param firstToken document index of its first token
 * @param endToken   document index one past its last token
 * @param span       character offsets in the report text
 */
public record Sentence(int index, int firstToken, int endToken, Span span) {
    public int size() { return endToken - firstToken; }

    public boolean containsToken(int tokenIndex) { return tokenIndex >= firstToken && tokenIndex < endToken; }
}
