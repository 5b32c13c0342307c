package org.sitrep.model;

/**
 * Where a claim stands in its report.
 *
 * @param reportId     the report
 * @param sentence     sentence index in the report's body
 * @param sentenceSpan character offsets of the sentence in the report's text
 * @param triggerSpan  character offsets of the word(s) that triggered the event
 * @param text         the sentence text (a copy, so outputs need no join)
 */
public record Evidence(String reportId, int sentence, Span sentenceSpan, Span triggerSpan, String text) {}
