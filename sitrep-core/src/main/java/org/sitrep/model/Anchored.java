package org.sitrep.model;

/**
 * A value found at a token range of a {@link Doc}: an actor, place, time or quantity mention.
 *
 * @param firstToken document index of the first token
 * @param endToken   one past the last token
 * @param span       character offsets
 * @param text       surface text
 * @param value      what it resolved to
 */
public record Anchored<T>(int firstToken, int endToken, Span span, String text, T value) {
    public boolean containsToken(int i) { return i >= firstToken && i < endToken; }

    public boolean overlapsTokens(int first, int end) { return firstToken < end && first < endToken; }
}
