/**
 * Places: the offline {@link org.sitrep.extract.places.Gazetteer} (GeoNames cities500, countries, first-level
 * divisions, a curated supplement and aliases; optional SQLite import of full GeoNames dumps through
 * {@link org.sitrep.extract.places.GazetteerImporter}) and the {@link org.sitrep.extract.places.PlaceTagger}
 * stage that finds place mentions, reads their spatial relation ("north of", "countryside", "province") and
 * resolves them to gazetteer entries with ACLED-style precision and an uncertainty radius.
 */
package org.sitrep.extract.places;
