package org.sitrep.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds place-name spans in a document: gazetteer n-gram matches over capitalised token runs (so names NER misses,
 * such as "Kurakhove" or "Tal Rifaat", are found) and NER LOCATION mentions (kept even when the gazetteer does not
 * know them, so unknown places stay visible). A gazetteer-only match must look like a place: not a demonym or
 * adjective ("Syrian"), not a month or weekday, not a person's name or part of an organisation's name, and either
 * follow a locative word ("in", "near", "from", ...), continue a list of places, or name a well-known place.
 * A person-tagged name needs a strong locative cue. Once a name is taken as a place, its other occurrences in the
 * document are taken too (one sense per discourse).
 */
final class NameFinder {
    private static final int MAX_TOKENS = 6;
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "from", "to", "outside", "toward",
            "towards", "around", "into", "across", "via", "through", "of", "between", "inside", "entered", "captured",
            "seized", "took", "reached", "on", "over", "nearby", "encircled", "besieged", "shelled", "struck",
            "hit", "bombed", "targeted", "within", "beyond", "outskirts", "countryside", "rural", "visited", "fled",
            "recaptured", "stormed");
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "at", "outside", "around", "into",
            "towards", "toward", "inside", "across", "from", "nearby", "entered", "fled", "shelled", "bombed", "reached",
            "besieged", "encircled", "rural", "outskirts", "countryside", "recaptured", "stormed");
    private static final Set<String> CONNECTORS = Set.of("al", "el", "as", "ar", "an", "ad", "at", "az", "ash",
            "ez", "es", "en", "ed", "de", "del", "di", "da", "la", "le", "of", "upon", "on", "am", "im", "sur", "and", "the", "do", "dos",
            "das", "du", "des");
    private static final Set<String> NOT_PLACES = Set.copyOf(java.util.Arrays.asList("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "president", "minister", "ministry", "police", "army",
            "god", "university", "hospital", "center", "centre", "court", "church", "city", "county", "state",
            "north", "south", "east", "west", "central", "republic", "kingdom", "union", "council", "department",
            "mr", "mrs", "ms", "dr", "sir", "general", "colonel", "major", "captain", "governor", "mayor", "senator",
            "officer", "office", "news", "reuters", "today", "tomorrow", "yesterday", "a", "i", "the", "this", "that",
            "it", "he", "she", "they", "we", "you", "his", "her", "our", "their", "and", "but", "or", "as", "for",
            "with", "by", "after", "before", "during", "while", "when", "if", "on", "in", "at", "of", "to", "from",
            "details", "source", "update", "photo", "video", "read", "more", "said", "says", "according", "also",
            "however", "meanwhile", "moreover", "earlier", "later", "then", "there", "here", "what", "who", "why",
            "how", "where", "which", "all", "some", "many", "most", "people", "time", "day", "week", "year", "new",
            "old", "big", "best", "good", "great", "home", "house", "school", "street", "road", "park", "lake",
            "river", "beach", "hill", "valley", "bay", "port", "station", "market", "hall", "club", "bank",
            "christmas", "easter", "ramadan", "eid", "internet", "twitter", "facebook", "telegram", "google",
            "opposition", "regime", "government", "forces", "rebels", "islamic", "jihad", "hezbollah", "hamas",
            "kremlin", "pentagon", "white", "black", "red", "green", "blue", "victory", "liberty", "independence",
            "freedom", "peace", "war", "road", "avenue", "hall", "hill", "room", "patrol", "warden", "van", "lane", "drive", "square", "plaza", "tower", "bridge", "airport", "prison", "jail", "police", "sheriff", "fire", "library", "college", "academy", "museum", "theater", "theatre", "stadium", "arena", "field", "island", "sea", "ocean", "gulf", "mountain", "mountains", "forest", "desert", "lake", "creek", "post", "mail", "times", "herald", "tribune", "journal", "globe", "star", "sun", "daily", "weekly", "study", "institute", "press", "agency", "media", "hope", "unity", "progress", "enterprise", "commerce", "friendship", "mission"));
    private static final Set<String> PLACE_WORDS = Set.of("province", "provinces", "governorate", "oblast",
            "region", "district", "county", "parish", "countryside", "city", "town", "village", "state");
    private static final Set<String> PROTECTED_LABELS = Set.of("PERSON", "DATE", "TIME", "DURATION", "NUMBER",
            "MONEY", "PERCENT", "ORDINAL", "SET", "EMAIL", "URL", "TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE",
            "RELIGION", "IDEOLOGY", "NATIONALITY");

    private final Gazetteer gazetteer;

    NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<NameSpan> find(Doc doc, boolean[] blocked) {
        List<NameSpan> out = new ArrayList<>();
        List<Mention> nerLocations = new ArrayList<>();
        for (Mention m : doc.entities()) if (isLocationLabel(m.label())) nerLocations.add(m);
        for (Sentence s : doc.sentences()) {
            int i = s.firstToken();
            int lastEnd = -10;
            while (i < s.endToken()) {
                Token t = doc.token(i);
                if (blocked[i] || !startsName(t)) {
                    i++;
                    continue;
                }
                List<NameSpan> parts = hyphenParts(doc, i, s);
                if (!parts.isEmpty()) {
                    out.addAll(parts);
                    lastEnd = i + 1;
                    i++;
                    continue;
                }
                int runEnd = i;
                while (runEnd < s.endToken() && runEnd - i < MAX_TOKENS + 2 && !blocked[runEnd]
                        && (startsName(doc.token(runEnd))
                            || (runEnd > i && (connector(doc, runEnd, s) || attached(doc, runEnd))))) runEnd++;
                int matched = 0;
                for (int e = runEnd; e > i; e--) {
                    if (!canEnd(doc, i, e - 1)) continue;
                    String text = doc.text().substring(doc.token(i).span().begin(), doc.token(e - 1).span().end());
                    if (gazetteer.contains(text)) {
                        matched = e;
                        break;
                    }
                }
                if (matched > 0 && cityOfABody(doc, i, matched, s)) matched--;
                if (matched > 0 && countyAbbreviated(doc, i, matched, s)) matched++;   // "Platte Co."
                if (matched > 0 && insideLongerNer(doc, nerLocations, i, matched)) {
                    i++;
                } else if (matched > 0 && beginsSettlementName(doc, matched, s)) {
                    i = matched + 1;   // "Tennessee Colony", "Meadow Grove": a longer name the gazetteer lacks
                } else if (matched > 0) {
                    boolean ner = overlapsAny(nerLocations, i, matched);
                    if (ner || plausible(doc, i, matched, lastEnd)) {
                        out.add(span(doc, i, matched, ner));
                        lastEnd = matched;
                    }
                    i = matched;
                } else {
                    i++;
                }
            }
        }
        propagate(doc, blocked, out);
        for (Mention m : nerLocations) {
            boolean covered = false;
            for (NameSpan n : out) if (n.first() < m.endToken() && m.firstToken() < n.end()) covered = true;
            boolean isBlocked = false;
            for (int k = m.firstToken(); k < m.endToken(); k++) if (blocked[k]) isBlocked = true;
            if (!covered && !isBlocked && !adjective(doc, m.firstToken(), m.endToken())) {
                int pos = possessiveInside(doc, m.firstToken(), m.endToken());
                if (pos > 0 && placeBeforePlace(doc, m.firstToken(), pos, m.endToken())) {
                    // "Warren County's Hamilton Township": two places
                    out.add(span(doc, m.firstToken(), pos, true));
                    out.add(span(doc, pos + 1, m.endToken(), true));
                } else {
                    out.add(span(doc, m.firstToken(), m.endToken(), true));
                }
            }
        }
        out.removeIf(n -> namesSomethingElse(doc, n.first(), n.end()));
        out.replaceAll(n -> countyInList(doc, n));
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    /** Party labels written before a member's state or town: "Sen. Jane Doe (D-Calif.)", "R-Charleston". */
    private static final Set<String> PARTY_LABELS = Set.of("D", "R", "I", "DFL", "GOP", "Ind", "L");

    /**
     * Place names inside one hyphenated token the gazetteer does not know as a whole: the state or town after a
     * party label ("D-Calif.", "R-Charleston", "DFL-Minneapolis"), and the towns of a compound ("Fargo-Moorhead",
     * "the Idlib-Latakia road", "Washington-Moscow talks"). A compound is split only when NER took it for a location
     * (not "Rolls-Royce", "Arab-Israeli", "Lennon-Ono"), is not a county's name ("Miami-Dade"), every part is a capitalised name
     * the gazetteer knows, and each part has a reading that is not a country ("the Russia-Ukraine war" names two
     * states as parties, not places). A token that with the next word forms a known name is that name ("the
     * Aleppo-Damascus highway", the M5). Each part keeps its own characters ({@link NameSpan#part}).
     */
    private List<NameSpan> hyphenParts(Doc doc, int i, Sentence s) {
        Token t = doc.token(i);
        String w = t.word();
        int begin = t.span().begin();
        if (w.length() < 4 || w.indexOf('-', 1) < 0 && w.indexOf('–', 1) < 0) return List.of();
        if (!doc.text().startsWith(w, begin) || gazetteer.contains(w)) return List.of();
        if (i + 1 < s.endToken() && gazetteer.contains(w + " " + doc.token(i + 1).word())) {
            // "the Aleppo-Damascus highway": a curated road, whatever the case of its last word
            String road = doc.text().substring(begin, doc.token(i + 1).span().end());
            return List.of(new NameSpan(i, i + 2, i, i + 2, road, null, NameSpan.Scope.ANY, 0, true, gazetteer.lookup(road)));
        }
        String[] pieces = w.split("[-–]", -1);
        List<NameSpan> out = new ArrayList<>();
        if (pieces.length >= 2 && PARTY_LABELS.contains(pieces[0])) {
            int b = begin + pieces[0].length() + 1;
            String rest = w.substring(pieces[0].length() + 1);
            if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return out;
            // the longest known name from here on: "R-Elbow Lake", "D-Iowa City"
            int last = i;
            while (last + 1 < Math.min(s.endToken(), i + MAX_TOKENS) && startsName(doc.token(last + 1))) last++;
            for (int e = last + 1; e > i; e--) {
                String name = doc.text().substring(b, doc.token(e - 1).span().end());
                List<Place> cands = gazetteer.lookup(name);
                if (!cands.isEmpty()) {
                    out.add(new NameSpan(i, e, i, e, name, null, NameSpan.Scope.ANY, 0, false, cands,
                            new Span(b, b + name.length())));
                    break;
                }
            }
            return out;
        }
        if (pieces.length > 3 || !isLocationLabel(t.ner())) return List.of();
        List<Place> county = countyNamed(w);
        if (!county.isEmpty()) return List.of(new NameSpan(i, i + 1, i, i + 1, w, null, NameSpan.Scope.ANY, 0, true, county));
        int at = begin;
        for (String piece : pieces) {
            List<Place> cands = piece.length() < 3 || !Character.isUpperCase(piece.charAt(0))
                    || NOT_PLACES.contains(piece.toLowerCase(Locale.ROOT)) ? List.of() : gazetteer.lookup(piece);
            if (cands.stream().allMatch(Place::isCountry)) return List.of();
            out.add(new NameSpan(i, i + 1, i, i + 1, piece, null, NameSpan.Scope.ANY, 0, true, cands,
                    new Span(at, at + piece.length())));
            at += piece.length() + 1;
        }
        return out;
    }

    /**
     * "Dublin City Council", "the Dublin City Manager": a match ending in "City" that opens the name of a city's
     * body or office is the town without the word ("Dublin"), not a reading known as "X City" only by an alternate
     * name (GeoNames lists "Dublin City" for the Irish capital, which would decide every Dublin of a story). A town
     * whose own name ends in "City" keeps it ("Kansas City Council", "Boulder City Council").
     */
    private boolean cityOfABody(Doc doc, int first, int matched, Sentence s) {
        if (matched - first < 2 || matched >= s.endToken()) return false;
        if (!doc.token(matched - 1).word().equals("City") || !startsName(doc.token(matched))) return false;
        String withCity = doc.text().substring(doc.token(first).span().begin(), doc.token(matched - 1).span().end());
        if (someonesOwnName(withCity)) return false;   // Kansas City
        return gazetteer.contains(doc.text().substring(doc.token(first).span().begin(), doc.token(matched - 2).span().end()));
    }

    /** "Platte Co.": the match is followed by "Co." and the gazetteer knows it as a county. */
    private boolean countyAbbreviated(Doc doc, int first, int matched, Sentence s) {
        if (matched >= s.endToken() || !doc.token(matched).word().matches("Co\\.?")) return false;
        String name = doc.text().substring(doc.token(first).span().begin(), doc.token(matched - 1).span().end());
        return gazetteer.contains(name + " County");
    }

    /** The index of a possessive "'s" inside [first, end) after its first token, or -1. */
    private static int possessiveInside(Doc doc, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            String w = doc.token(k).word();
            if (w.equals("'s") || w.equals("’s")) return k;
        }
        return -1;
    }

    /**
     * Whether a location NER took as one ("Warren County's Hamilton Township") is a known place, a possessive at
     * {@code pos}, then a place: a known one or one named with its kind. Not a saint's name ("St. Peter's Square"),
     * a possessive of people ("Children's Hospital") or a name with its kind word cut off ("Prince George's County").
     */
    private boolean placeBeforePlace(Doc doc, int first, int pos, int end) {
        if (pos + 1 >= end || NAME_PARTICLES.contains(doc.token(first).word().toLowerCase(Locale.ROOT))) return false;
        String before = doc.text().substring(doc.token(first).span().begin(), doc.token(pos - 1).span().end());
        String after = doc.text().substring(doc.token(pos + 1).span().begin(), doc.token(end - 1).span().end());
        return gazetteer.contains(before) && (gazetteer.contains(after)
                || (end - pos > 2 && namedWithItsKind(doc.token(end - 1).word().toLowerCase(Locale.ROOT))));
    }

    /** A last word that makes a name a place of its kind: "Hamilton Township", "Lincoln County", "Meadow Grove". */
    private static boolean namedWithItsKind(String lastWord) {
        return PLACE_WORDS.contains(lastWord) || SETTLEMENT_WORDS.contains(lastWord);
    }

    /** Whether the token at {@code k} is a capitalised village-name ending ("Colony", "Grove") in sentence {@code s}. */
    private static boolean beginsSettlementName(Doc doc, int k, Sentence s) {
        if (k >= s.endToken()) return false;
        String w = doc.token(k).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))
                && SETTLEMENT_SUFFIXES.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * The {@link #SETTLEMENT_WORDS} that end village names rather than name a part or an office of the town before
     * them ("Oxford City Council", "Lansing Township" and "Rock Hill" keep their town).
     */
    private static final Set<String> SETTLEMENT_SUFFIXES = Set.of("grove", "colony", "springs", "heights", "falls",
            "junction", "corners", "landing", "bluff", "prairie", "mills");

    /** Nouns that turn a place name before them into the name of something else: "the Astana Process". */
    private static final Set<String> NAME_HEADS = Set.of("process", "format", "agreement", "agreements", "accord",
            "accords", "declaration", "memorandum", "formula", "framework", "platform", "protocol", "protocols",
            "communique", "summit", "conference");

    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "to", "from", "into", "outside");

    /**
     * "the Astana Process", "the Sochi agreement", "the Minsk Protocols": the place names a diplomatic process or
     * document, not where an event happens. "talks held in Astana" or "in the Astana summit" keep the place.
     */
    static boolean namesSomethingElse(Doc doc, int first, int end) {
        // NER sometimes takes the whole name ("Minsk Protocols") as one location
        if (end - first > 1 && NAME_HEADS.contains(doc.token(end - 1).word().toLowerCase(Locale.ROOT))) return true;
        if (end >= doc.tokens().size() || doc.token(end).sentence() != doc.token(first).sentence()) return false;
        if (!NAME_HEADS.contains(doc.token(end).word().toLowerCase(Locale.ROOT))) return false;
        int before = first - 1;
        if (before >= 0 && doc.token(before).word().equalsIgnoreCase("the")) before--;
        return before < 0 || doc.token(before).sentence() != doc.token(first).sentence()
                || !LOCATIVES.contains(doc.token(before).word().toLowerCase(Locale.ROOT));
    }

    /**
     * One sense per discourse, for recall: once a name was taken as a place, its other occurrences in the document
     * are places too, even inside a longer name ("Mansfield Police Department") or where no cue is present.
     */
    private void propagate(Doc doc, boolean[] blocked, List<NameSpan> out) {
        java.util.Map<String, Integer> known = new java.util.HashMap<>();
        for (NameSpan n : out) if (!n.candidates().isEmpty()) known.merge(n.surface(), n.end() - n.first(), Math::max);
        if (known.isEmpty()) return;
        boolean[] taken = new boolean[doc.tokens().size()];
        for (NameSpan n : out) for (int k = n.first(); k < n.end(); k++) taken[k] = true;
        List<NameSpan> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (taken[i] || blocked[i] || !startsName(doc.token(i))) continue;
                if (doc.token(i).ner().equals("PERSON") && !placeMistakenForPerson(doc, i)) continue;
                for (Map.Entry<String, Integer> e : known.entrySet()) {
                    int end = i + e.getValue();
                    if (end > s.endToken()) continue;
                    boolean free = true;
                    for (int k = i; k < end; k++) if (taken[k] || blocked[k]) free = false;
                    if (!free) continue;
                    String text = doc.text().substring(doc.token(i).span().begin(), doc.token(end - 1).span().end());
                    if (!text.equalsIgnoreCase(e.getKey())) continue;
                    if (insideLongerKnownName(doc, s, i, end)) break;   // "North Platte" is not Platte
                    added.add(span(doc, i, end, false));
                    for (int k = i; k < end; k++) taken[k] = true;
                    break;
                }
            }
        }
        out.addAll(added);
    }

    /**
     * Whether the occurrence [first, end) is part of a longer name some place bears as its own, with a capitalised word
     * before or after it ("North Platte", "Platte City"): another place, not one more mention of the shorter one.
     */
    private boolean insideLongerKnownName(Doc doc, Sentence s, int first, int end) {
        if (first > s.firstToken() && startsName(doc.token(first - 1)) && someonesOwnName(
                doc.text().substring(doc.token(first - 1).span().begin(), doc.token(end - 1).span().end()))) return true;
        return end < s.endToken() && startsName(doc.token(end)) && someonesOwnName(
                doc.text().substring(doc.token(first).span().begin(), doc.token(end).span().end()));
    }

    /** Whether some gazetteer entry bears the name as its own (not only as an alternate name: "Dublin City"). */
    private boolean someonesOwnName(String name) {
        return Place.anyBearsAsOwn(gazetteer.lookup(name), NameKey.of(name));
    }

    /**
     * NER sometimes calls an unfamiliar town a person ("fighters captured Saraqib"). When the same name is a place
     * elsewhere in the document, a lone PERSON word that is an object (not a subject, not part of a longer name) is
     * taken as that place.
     */
    private static boolean placeMistakenForPerson(Doc doc, int i) {
        for (Mention m : doc.entities()) {
            if (m.label().equals("PERSON") && m.containsToken(i) && m.endToken() - m.firstToken() > 1) return false;
        }
        String rel = doc.token(i).deprel();
        return rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod");
    }

    /** Last words of street names: "Orchard Road" is a street, not the town of Orchard. */
    private static final Set<String> STREET_WORDS = Set.of("road", "rd", "rd.", "street", "st", "st.", "avenue",
            "ave", "ave.", "drive", "dr.", "lane", "ln.", "boulevard", "blvd", "blvd.", "way", "highway", "parkway",
            "pike", "trail", "circle", "court", "place", "terrace");

    /**
     * Last words that make a settlement of its own rather than a facility named after a town: "Meadow Grove" is a
     * village, not Meadow; "Tennessee Colony" a town in Texas, not Tennessee. A known name followed by one of them
     * in capitals is not read alone either. ("Valley" and "Village" are left out: the Salinas Valley lies around
     * Salinas, and Bicester Village is a shop in Bicester.)
     */
    private static final Set<String> SETTLEMENT_WORDS = Set.of("grove", "colony", "springs", "spring", "heights",
            "hills", "hill", "falls", "creek", "junction", "corner", "corners", "landing", "ridge", "bluff",
            "crossroads", "settlement", "township", "town", "city", "mills", "station", "prairie");

    /** First words that begin longer names rather than name a place by themselves ("Abu Shok", "Fort Detrick"). */
    private static final Set<String> NAME_PARTICLES = Set.of("abu", "al", "el", "ad", "ar", "as", "an", "ash", "bin",
            "ibn", "beit", "bet", "deir", "kafr", "tal", "tel", "ain", "ein", "wadi", "jabal", "jebel", "ras", "san",
            "santa", "santo", "sao", "são", "saint", "st.", "st", "ste.", "fort", "ft.", "port", "mount", "mt.",
            "lake", "new", "upper", "lower", "little", "great", "big", "old", "east", "west", "north", "south", "los",
            "las", "la", "le", "les", "nueva", "nuevo", "nova", "novo", "novi", "novaya", "nizhny", "bad", "cape");

    /**
     * An unknown multi-word location whose opening words name a town may be read as that town ("Vancouver
     * International Airport", "Athens Regional Park", "St. Cloud Hospital"): not a street nor a settlement of its
     * own; the town's name is never a lone word that only begins longer names ("Fort" of "Fort Detrick").
     */
    private static boolean namedAfterTown(Doc doc, int first, int end) {
        String lastWord = doc.token(end - 1).word().toLowerCase(Locale.ROOT);
        return !STREET_WORDS.contains(lastWord) && !SETTLEMENT_WORDS.contains(lastWord);
    }

    /** Last words that name the kind of a place NER took in ("Sindh province", "Panamá Province"). */
    private static final Set<String> KIND_WORDS = Set.of("province", "governorate", "oblast", "region", "state",
            "county", "parish", "district", "city");

    /**
     * The county a bare name stands for when the gazetteer knows the name only with its kind word: "Henrico",
     * "Gwinnett", "Miami-Dade" for Henrico County and so on (also "X Parish"); empty when there is none.
     */
    private List<Place> countyNamed(String name) {
        for (String kind : List.of(" County", " Parish")) {
            List<Place> c = gazetteer.lookup(name + kind).stream().filter(p -> p.featureCode().equals("ADM2")).toList();
            if (!c.isEmpty()) return c;
        }
        return List.of();
    }

    private NameSpan span(Doc doc, int first, int end, boolean ner) {
        String text = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 1).span().end());
        List<Place> cands = gazetteer.lookup(text);
        if (ner && end - first == 1 && !Place.anyBearsAsOwn(cands, NameKey.of(text)) && !NOT_PLACES.contains(text.toLowerCase(Locale.ROOT))) {
            // NER's "Henrico", "Sarpy": the county, rather than a place known by the name only as an alternate
            List<Place> county = countyNamed(text);
            if (!county.isEmpty()) cands = county;
        }
        if (cands.isEmpty() && end - first > 1 && KIND_WORDS.contains(doc.token(end - 1).word().toLowerCase(Locale.ROOT))) {
            // unknown as a whole: the name without its kind word, which SpatialRelations then reads
            String bare = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 2).span().end());
            List<Place> b = gazetteer.lookup(bare);
            if (!b.isEmpty()) return new NameSpan(first, end - 1, first, end - 1, bare, null, NameSpan.Scope.ANY, 0, ner, b);
        }
        String last = doc.token(end - 1).word();
        if (cands.isEmpty() && end - first > 1 && (last.equals("Co.") || last.equals("Co"))) {
            // "Platte Co.": the county
            String county = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 2).span().end()) + " County";
            List<Place> c = gazetteer.lookup(county);
            if (!c.isEmpty()) return new NameSpan(first, end, first, end, county, null, NameSpan.Scope.ANY, 0, ner, c);
        }
        if (cands.isEmpty() && ner && end - first > 1 && namedAfterTown(doc, first, end)) {
            // an unknown facility or area named after a town ("Vancouver International Airport", "Athens Regional
            // Park"): the town it is named after, the longest known opening words
            for (int e = end - 1; e > first; e--) {
                if (!startsName(doc.token(e - 1))) continue;
                String head = doc.text().substring(doc.token(first).span().begin(), doc.token(e - 1).span().end());
                String w = head.toLowerCase(Locale.ROOT);
                if (head.length() < 3 || NOT_PLACES.contains(w) || ORGANISATION_WORDS.contains(w)) continue;
                if (e - 1 == first && NAME_PARTICLES.contains(w)) continue;   // "Fort" of "Fort Detrick"
                if (possessive(doc, e)) continue;   // "St. John's Union Cemetery": a saint, not a town
                List<Place> h = gazetteer.lookup(head);
                if (!h.isEmpty()) return new NameSpan(first, e, first, e, head, null, NameSpan.Scope.ANY, 0, ner, h);
            }
        }
        return new NameSpan(first, end, first, end, text, null, NameSpan.Scope.ANY, 0, ner, cands);
    }

    /**
     * "Clay, Becker and Otter Tail counties", "Douglas and Grant counties": names listed before "counties" or
     * "parishes" are counties, read as "Clay County" and so on when the gazetteer knows them so.
     */
    private NameSpan countyInList(Doc doc, NameSpan n) {
        String kind = countyListKind(doc, n.end());
        if (kind == null) return n;
        List<Place> c = gazetteer.lookup(n.surface() + kind);
        return c.isEmpty() ? n : new NameSpan(n.first(), n.end(), n.phraseFirst(), n.phraseEnd(), n.surface() + kind,
                n.relation(), n.scope(), n.extraKm(), n.fromNer(), c, n.part());
    }

    /** " County" or " Parish" when the names from token {@code end} on run into "counties"/"parishes", else null. */
    private static String countyListKind(Doc doc, int end) {
        if (end >= doc.tokens().size()) return null;
        int sentence = doc.token(end).sentence();
        for (int k = end; k < doc.tokens().size() && k < end + 16; k++) {
            Token t = doc.token(k);
            if (t.sentence() != sentence) return null;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("counties")) return " County";
            if (w.equals("parishes")) return " Parish";
            if (!w.equals(",") && !w.equals("and") && !w.equals("or") && !startsName(t)) return null;
        }
        return null;
    }

    private static boolean isLocationLabel(String label) {
        return label.equals("LOCATION") || label.equals("COUNTRY") || label.equals("CITY")
                || label.equals("STATE_OR_PROVINCE");
    }

    /** Capitalised word, or an article-prefixed name ("al-Qusayr"). */
    static boolean startsName(Token t) {
        String w = t.word();
        if (w.isEmpty()) return false;
        char c = w.charAt(0);
        if (Character.isUpperCase(c)) return true;
        int dash = w.indexOf('-');
        return dash > 0 && dash < 4 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
    }

    /** A token glued to the previous one ("al-Nu" "’" "man"): part of the same written word. */
    private static boolean attached(Doc doc, int i) {
        Token t = doc.token(i), prev = doc.token(i - 1);
        if (t.span().begin() != prev.span().end()) return false;
        String w = t.word();
        if (w.equals("'s") || w.equals("’s") || w.equals("'") && i + 1 < doc.tokens().size()
                && doc.token(i + 1).span().begin() != t.span().end()) return false;
        return !w.isEmpty() && (Character.isLetter(w.charAt(0)) || "'’‘`ʿ-".indexOf(w.charAt(0)) >= 0);
    }

    private static boolean canEnd(Doc doc, int first, int last) {
        Token t = doc.token(last);
        String w = t.word();
        if (w.isEmpty() || !Character.isLetter(w.charAt(0)) && w.charAt(w.length() - 1) != '.') return false;
        return last == first || startsName(t) || attached(doc, last);
    }

    private static boolean connector(Doc doc, int i, Sentence s) {
        // a run of up to two connectors followed by a name: "Republic of the Congo", "Isle of Man"
        for (int k = i; k < Math.min(s.endToken(), i + 3); k++) {
            Token t = doc.token(k);
            if (k > i && startsName(t)) return true;
            if (!CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) return false;
        }
        return false;
    }

    /** Words that narrow a place name down without changing which place it is: "Northern Syria", "Greater Idlib". */
    private static final Set<String> QUALIFIERS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
            "north-eastern", "north-western", "south-eastern", "south-western", "greater", "upper", "lower", "inner",
            "outer", "mid", "middle", "rural", "metropolitan", "metro", "downtown", "coastal", "occupied", "the");

    /** Tokens [from, to) are all qualifiers ("Eastern" in "Eastern Ukraine"). */
    private static boolean onlyQualifiers(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) if (!QUALIFIERS.contains(doc.token(k).word().toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /**
     * A match inside a longer NER location that does not stand for it: its first words ("Nueva Ecija" is not
     * "Ecija", "Kasai Occidental" not "Occidental") unless they only qualify it ("Eastern Ukraine"), a modifier ("Danube" in "Danube Delta",
     * "Western" in "Western Europe") or a generic last word ("Road" in "Dublin Road").
     */
    private static boolean insideLongerNer(Doc doc, List<Mention> ms, int first, int end) {
        for (Mention m : ms) {
            if (m.firstToken() > first || end > m.endToken() || end - first == m.endToken() - m.firstToken()) continue;
            if (end < m.endToken()) return true;
            if (m.firstToken() < first && !onlyQualifiers(doc, m.firstToken(), first)) return true;
            if (end - first == 1 && NOT_PLACES.contains(doc.token(first).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean overlapsAny(List<Mention> ms, int first, int end) {
        for (Mention m : ms) if (m.firstToken() < end && first < m.endToken()) return true;
        return false;
    }

    /** Whether a gazetteer match that NER did not tag as a location should be taken as a place. */
    private boolean plausible(Doc doc, int first, int end, int lastPlaceEnd) {
        if (end - first == 1) {
            String w = doc.token(first).word();
            if (w.chars().anyMatch(Character::isDigit)) return curated(w);
            if (w.length() <= 2 && !w.endsWith(".")) return false;
            if (NOT_PLACES.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        boolean proper = false, person = false;
        for (int k = first; k < end; k++) {
            Token t = doc.token(k);
            if (t.ner().equals("PERSON")) person = true;
            else if (PROTECTED_LABELS.contains(t.ner())) return false;
            if (t.isProperNoun()) proper = true;
        }
        if (adjective(doc, first, end)) return false;
        if (numbered(doc, end)) return false;
        if (insideLargerEntity(doc, first, end)) return !person && locatesOrganisation(doc, first, end);
        Sentence s = doc.sentenceOf(doc.token(first));
        boolean initial = first == s.firstToken();
        if (initial && dateline(doc, first, end)) return true;
        if (partOfLongerName(doc, s, first, end) && !localBodyFollows(doc, end)) return false;
        if (!proper && initial) return false;
        boolean cue = false, strongCue = false;
        if (!initial) {
            String prev = doc.token(first - 1).word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(prev)) cue = true;
            if (STRONG_LOCATIVE.contains(prev)) strongCue = true;
            if ((prev.equals(",") || prev.equals("and") || prev.equals("or")) && lastPlaceEnd >= first - 2) {
                cue = true;
                strongCue = true;
            }
            if ((prev.equals("'s") || prev.equals("’s")) && lastPlaceEnd == first - 1) cue = true;
            if (prev.equals("of") && residenceOf(doc, first - 1)) {
                cue = true;
                strongCue = true;
            }
        }
        if (!possessive(doc, end) && (localNounFollows(doc, end) || countyListKind(doc, end) != null)) {
            cue = true;
            strongCue = true;
        }
        if (person && (possessive(doc, end) || surnameOfPerson(doc, first, end))) return false;
        if (cue && person) return strongCue || end - first > 1;
        if (cue) return true;
        if (person || !proper) return false;
        String text = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 1).span().end());
        if (end - first == 1 && text.length() <= 4 && text.equals(text.toUpperCase(Locale.ROOT))) {
            for (Place p : gazetteer.lookup(text)) if (p.isCountry() || p.isAdmin1()) return true;
            return false;
        }
        for (Place p : gazetteer.lookup(text)) {
            if (p.isCountry() || p.isAdmin1() || p.id().startsWith("sitrep:") || p.population() >= 100_000) return true;
        }
        return false;
    }

    /**
     * "a session in Talla 2", "Gate 14": a name followed by a small number labels a room, a gate or a unit, not a
     * place (a year, "Kharkiv 2024", does not count).
     */
    private static boolean numbered(Doc doc, int end) {
        if (end >= doc.tokens().size() || doc.token(end).sentence() != doc.token(end - 1).sentence()) return false;
        return doc.token(end).word().matches("\\d{1,3}");
    }

    /** Nouns a town name modifies when it says where someone lives or works: "an Alton man", "Roselle police". */
    private static final Set<String> LOCAL_NOUNS = Set.of("man", "men", "woman", "women", "resident", "residents",
            "native", "natives", "couple", "family", "families", "teen", "teenager", "boy", "girl", "police",
            "officer", "officers", "firefighters", "mayor", "home", "homes", "neighborhood", "neighborhoods",
            "neighbourhood", "neighbourhoods", "area", "businessman", "businesswoman", "student", "students",
            "voters", "youth", "farmer", "farmers", "villagers", "townspeople");

    /** Words that make an organisation local: the place name before them says where it is. */
    private static final Set<String> LOCAL_BODIES = Set.of("police", "sheriff", "sheriff's", "sheriff’s", "fire",
            "city", "county", "council", "commission", "commissioners", "court", "school", "schools", "township",
            "village", "town", "municipal", "public", "high", "elementary");

    /** Words that open organisation names without naming a place, whatever the gazetteer holds ("Superior Court"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("superior", "supreme", "federal", "continental",
            "border", "human", "justice", "national", "royal", "metro", "landmark", "reservoir", "law", "northeast",
            "northwest", "southeast", "southwest", "united", "international", "first", "citizens", "community",
            "municipal", "circuit", "general", "district", "probate", "family", "juvenile", "common", "regional");

    /**
     * A place name that opens an organisation's name or follows its "of" ("Edgar County Community Foundation",
     * "Athens Police Department", "University of Rochester"): the name locates the organisation. Taken when the
     * name is a country, first-level division, county or curated place, or when the organisation is a local body
     * (police, sheriff, fire service, council, court, school, ...).
     */
    private boolean locatesOrganisation(Doc doc, int first, int end) {
        if (possessive(doc, end)) return false;
        String w = doc.token(first).word().toLowerCase(Locale.ROOT);
        if (end - first == 1 && (NOT_PLACES.contains(w) || ORGANISATION_WORDS.contains(w))) return false;
        for (Mention m : doc.entities()) {
            if (!m.label().equals("ORGANIZATION") || m.firstToken() > first || end > m.endToken()) continue;
            if (m.endToken() - m.firstToken() <= end - first) continue;
            boolean opens = first == m.firstToken()
                    || (first - 1 == m.firstToken() && doc.token(m.firstToken()).word().equalsIgnoreCase("the"));
            boolean ofIt = first > m.firstToken() && doc.token(first - 1).word().equals("of") && end == m.endToken();
            if (!opens && !ofIt) continue;
            String text = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 1).span().end());
            for (Place p : gazetteer.lookup(text)) {
                if (p.isCountry() || p.isAdmin1() || p.featureCode().equals("ADM2") || p.id().startsWith("sitrep:")) return true;
            }
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                if (k >= first && k < end) continue;
                if (LOCAL_BODIES.contains(doc.token(k).word().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /** "CROMWELL — The town council ...": an upper-case place name opening a sentence, then a dash. */
    static boolean dateline(Doc doc, int first, int end) {
        return first == doc.sentenceOf(doc.token(first)).firstToken() && upperCaseThenDash(doc, first, end);
    }

    private static boolean upperCaseThenDash(Doc doc, int first, int end) {
        if (end >= doc.tokens().size() || doc.token(end).sentence() != doc.token(first).sentence()) return false;
        String dash = doc.token(end).word();
        if (!dash.equals("—") && !dash.equals("--") && !dash.equals("-") && !dash.equals("–")) return false;
        String text = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 1).span().end());
        return text.length() > 2 && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** "Mindy Miller of Ravenel": "of" right after a person's name (or "Miller, 34, of"), which gives a residence. */
    private static boolean residenceOf(Doc doc, int of) {
        int k = of - 1;
        if (k < 0 || doc.token(k).sentence() != doc.token(of).sentence()) return false;
        if (doc.token(k).word().equals(",")) {
            k--;
            if (k >= 0 && doc.token(k).pos().equals("CD")) k--;
            if (k >= 0 && doc.token(k).word().equals(",")) k--;
        }
        return k >= 0 && doc.token(k).ner().equals("PERSON");
    }

    /**
     * "Rapides Parish Fire District", "Marion Police": the capitalised word after the name opens a local body's name
     * (police, sheriff, fire service, council, court, school, ...), which the name locates.
     */
    private static boolean localBodyFollows(Doc doc, int end) {
        if (end >= doc.tokens().size() || doc.token(end).sentence() != doc.token(end - 1).sentence()) return false;
        return LOCAL_BODIES.contains(doc.token(end).word().toLowerCase(Locale.ROOT));
    }

    /** The word after the name is a people/local noun the name locates ("an Alton man", "Grovetown police"). */
    private static boolean localNounFollows(Doc doc, int end) {
        if (end >= doc.tokens().size()) return false;
        Token next = doc.token(end);
        return !startsName(next) && LOCAL_NOUNS.contains(next.word().toLowerCase(Locale.ROOT));
    }

    /** Codes such as "M5" are places only as curated entries (highways). */
    private boolean curated(String text) {
        for (Place p : gazetteer.lookup(text)) if (p.id().startsWith("sitrep:")) return true;
        return false;
    }

    private static boolean possessive(Doc doc, int end) {
        if (end >= doc.tokens().size()) return false;
        String w = doc.token(end).word();
        return w.equals("'s") || w.equals("’s") || w.equals("'");
    }

    /** The name is the last word of a longer PERSON mention elsewhere in the document ("Bashar al-Assad"). */
    private static boolean surnameOfPerson(Doc doc, int first, int end) {
        if (end - first != 1) return false;
        String key = NameKey.of(doc.token(first).word());
        for (Mention m : doc.entities()) {
            if (m.label().equals("PERSON") && m.endToken() - m.firstToken() > 1
                    && NameKey.of(doc.token(m.endToken() - 1).word()).equals(key)) return true;
        }
        return false;
    }

    /** "Dublin Road", "Orchard Street": the match is glued to other capitalised words that are not place words. */
    private static boolean partOfLongerName(Doc doc, Sentence s, int first, int end) {
        if (end < s.endToken()) {
            Token next = doc.token(end);
            String w = next.word().toLowerCase(Locale.ROOT);
            if (startsName(next) && next.isProperNoun() && !PLACE_WORDS.contains(w)) return true;
        }
        if (first > s.firstToken() + 1) {
            Token prev = doc.token(first - 1);
            if (startsName(prev) && prev.isProperNoun()) return true;
        }
        return false;
    }

    /** A demonym or adjective ("Syrian", "Russian-backed"), or a plural people noun ("Syrians"). */
    static boolean adjective(Doc doc, int first, int end) {
        if (end - first != 1) return false;
        Token t = doc.token(first);
        String w = t.word();
        if (t.pos().startsWith("JJ") || t.pos().equals("NNPS")) return true;
        if (t.ner().equals("NATIONALITY") || t.ner().equals("MISC")) {
            return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i") || w.endsWith("ans");
        }
        return false;
    }

    /** Part of a longer PERSON/ORGANIZATION/MISC mention whose whole text is not a place. */
    private boolean insideLargerEntity(Doc doc, int first, int end) {
        for (Mention m : doc.entities()) {
            if (isLocationLabel(m.label())) continue;
            if (m.label().equals("PERSON") && m.endToken() - m.firstToken() <= end - first) continue;
            if (m.firstToken() <= first && end <= m.endToken() && (m.endToken() - m.firstToken()) > (end - first)) {
                return true;
            }
        }
        return false;
    }
}
