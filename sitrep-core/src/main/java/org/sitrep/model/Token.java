package org.sitrep.model;

/**
 * One token of a {@link Doc}.
 *
 * @param index    index in the document's token list
 * @param sentence index of its sentence
 * @param word     surface form
 * @param lemma    lemma (lower case for regular words)
 * @param pos      Penn Treebank tag
 * @param ner      coarse NER tag (PERSON, LOCATION, ORGANIZATION, DATE, ...) or "O"
 * @param normNer  normalised value for numeric/temporal NER (e.g. "2024-11-30"), or null
 * @param span     character offsets in the report text
 * @param head     document-level index of the dependency head, or -1 for the root
 * @param deprel   Universal Dependencies relation to the head ("nsubj", "obl:from", "root", ...)
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner, String normNer,
                    Span span, int head, String deprel) {
    public boolean isRoot() { return head < 0; }

    public boolean isVerb() { return pos.startsWith("VB"); }

    public boolean isNoun() { return pos.startsWith("NN"); }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }
}
