package org.sitrep.extract.places;

import java.text.Normalizer;

/**
 * The form of a gazetteer name shown to English-language readers: GeoNames' scholarly transliteration with its
 * diacritics folded ("Ḩamāh" -> "Hamah", "Ma‘arrat an Nu‘mān" -> "Ma'arrat an Nu'man"), so names in briefs, tables
 * and maps read the way reports spell them. The gazetteer id stays the identity; this is only the label.
 */
public final class DisplayName {
    private DisplayName() {}

    public static String of(String name) {
        if (name == null) return null;
        String s = name.replace('‘', '\'').replace('’', '\'').replace('ʿ', '\'').replace('ʾ', '\'').replace('`', '\'');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd');
    }
}
