/**
 * Places: the offline {@link org.sitrep.extract.places.Gazetteer} (GeoNames cities500, countries, first-level
 * divisions, Natural Earth second-level divisions where GeoNames has none, curated natural features, a supplement and
 * aliases; optional SQLite import of full GeoNames dumps through {@link org.sitrep.extract.places.GazetteerImporter})
 * and the {@link org.sitrep.extract.places.PlaceTagger} stage that finds place mentions, reads their spatial relation
 * ("north of", "countryside", "province") and resolves them to gazetteer entries with ACLED-style precision and an
 * uncertainty radius.
 *
 * <p>The {@link org.sitrep.extract.places.Disambiguator} reads each name against the document: its focus countries and
 * divisions, explicit context ("al-Qusayr in Homs"), feature class and population. An outlet's earlier reports teach
 * its home region ({@link org.sitrep.extract.places.OutletLexicon}, kept in the store's {@code outlet_place} table);
 * when the text alone leaves a name ambiguous, a reading in that region gets a bounded bonus
 * ({@link org.sitrep.extract.places.OutletPrior}) that never overrides a cue in the text, and the place records it in
 * {@code PlaceRef.basis}.
 */
package org.sitrep.extract.places;
