/**
 * Sitrep's domain model: immutable records shared by every pipeline stage.
 *
 * <p>Text side (spaCy-like): {@link org.sitrep.model.Doc} holds {@link org.sitrep.model.Sentence}s and
 * {@link org.sitrep.model.Token}s with their dependency heads; {@link org.sitrep.model.Mention}s are spans
 * over tokens. Domain side: a {@link org.sitrep.model.Report} is one article; a {@link org.sitrep.model.Claim}
 * is an attributed assertion in it carrying an {@link org.sitrep.model.EventCoding}; an
 * {@link org.sitrep.model.Event} is the happening merged from claims.
 */
package org.sitrep.model;
