package org.sitrep.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.AnalysisStage;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The place layer: finds every place mention in a report, its spatial relation and the gazetteer entry it refers to.
 *
 * <p>Steps: {@link NameFinder} (gazetteer n-grams + NER locations, minus demonyms, months, people and
 * organisations), {@link SpatialRelations} ("north of X", "X countryside", "X province"), {@link Disambiguator}
 * (focus countries, explicit context, feature class, population; one sense per document). Spans overlapping an
 * actor whose entry id contains "metonym" (a capital standing for its government, marked by the actor stage) are
 * skipped; when the analysis has no actors at all, a capital that is the subject of a verb or a possessor
 * ("Moscow promised", "Moscow's position") is taken as an actor and skipped as well.
 *
 * <p>Each output {@link PlaceRef} carries the gazetteer id, coordinates, feature code, country, first-level division,
 * an ACLED-compatible precision (1 town or point feature, 2 near/district/county/countryside of a town, 3 province,
 * large region or an offset of 50 km or more, 4 country) and an uncertainty radius in km. Names the gazetteer does not know are still output, with a
 * null id and NaN coordinates. A sentence that cannot be handled is skipped; the stage never throws on bad input.
 */
public final class PlaceTagger implements AnalysisStage {
    private static final Set<String> PLACE_NOUNS = Set.of("countryside", "outskirts", "suburbs", "streets", "centre",
            "center", "north", "south", "east", "west", "airport", "province", "governorate", "oblast", "region",
            "port", "city", "residents", "people", "population", "neighbourhoods", "neighborhoods", "districts");

    private final Gazetteer gazetteer;
    private final NameFinder finder;
    private final Disambiguator disambiguator;
    private final OutletLexicon lexicon;
    private final OutletTown outletTown;

    /** A tagger without outlet priors: every report is read on its own. */
    public PlaceTagger(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    /**
     * A tagger that reads each report with its outlet's home region as a prior for ambiguous names, and teaches
     * the lexicon the places it resolved confidently (see {@link OutletLexicon}).
     *
     * @param lexicon shared, thread-safe; null for none
     */
    public PlaceTagger(Gazetteer gazetteer, OutletLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.finder = new NameFinder(gazetteer);
        this.disambiguator = new Disambiguator(gazetteer);
        this.lexicon = lexicon;
        this.outletTown = new OutletTown(gazetteer);
    }

    /**
     * The analysis with its place layer, and per place (same order) why the outlet prior decided its reading,
     * or null where it did not.
     */
    public record Tagged(Analysis analysis, List<String> notes) {}

    @Override
    public Analysis apply(Analysis analysis) {
        return tag(analysis).analysis();
    }

    /** Like {@link #apply}, with the outlet prior's notes (also kept in each place's {@code basis}). */
    public Tagged tag(Analysis analysis) {
        Doc doc = analysis.doc();
        if (doc == null || doc.tokens().isEmpty()) return new Tagged(analysis.withPlaces(List.of()), List.of());
        boolean[] blocked = new boolean[doc.tokens().size()];
        for (Anchored<ActorRef> a : analysis.actors()) {
            ActorRef v = a.value();
            if (v != null && v.entryId() != null && v.entryId().contains("metonym")) {
                for (int k = Math.max(0, a.firstToken()); k < Math.min(blocked.length, a.endToken()); k++) blocked[k] = true;
            }
        }
        List<NameSpan> spans = new ArrayList<>();
        for (NameSpan n : safeFind(doc, blocked)) {
            try {
                spans.add(SpatialRelations.apply(doc, n));
            } catch (RuntimeException e) {
                spans.add(n);
            }
        }
        OutletLexicon.Home home = null;
        Place town = null;
        OutletDomains.Country domain = null;
        if (lexicon != null) {
            String outlet = OutletLexicon.key(analysis.report());
            home = lexicon.homeFor(analysis.report()).orElse(null);
            // the address's country domain stands in for the home until the lexicon has seen enough of the outlet
            if (!lexicon.settledFor(analysis.report())) domain = OutletDomains.bundled().of(outlet);
            town = outletTown.of(outlet, home, domain == null ? null : domain.country());
        }
        Disambiguator.Resolution res = disambiguator.resolve(doc, spans, home, town, domain);
        List<Place> chosen = res.places();
        if (lexicon != null) {
            List<Place> confident = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) if (res.confident().get(i) && chosen.get(i) != null) confident.add(chosen.get(i));
            lexicon.observe(analysis.report(), confident);
        }
        List<Anchored<PlaceRef>> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean noActorLayer = analysis.actors().isEmpty();
        for (int i = 0; i < spans.size(); i++) {
            NameSpan n = spans.get(i);
            Place p = chosen.get(i);
            if (noActorLayer && p != null && p.isCapital() && n.relation() == null && usedAsActor(doc, n)) continue;
            int b = doc.token(n.phraseFirst()).span().begin();
            int e = doc.token(n.phraseEnd() - 1).span().end();
            if (n.part() != null) {   // a name inside a hyphenated token: its own characters, relation words kept
                if (n.phraseFirst() == n.first()) b = n.part().begin();
                if (n.phraseEnd() == n.end()) e = n.part().end();
            }
            String text = doc.text().substring(b, e);
            PlaceRef ref = ref(text, n, p);
            String why = res.notes().get(i);
            if (why != null && ref.resolved()) {
                ref = new PlaceRef(ref.text(), ref.gazetteerId(), ref.name(), ref.lat(), ref.lon(), ref.featureCode(), ref.country(),
                        ref.admin1(), ref.precision(), ref.radiusKm(), ref.relation(), why);
            }
            out.add(new Anchored<>(n.phraseFirst(), n.phraseEnd(), new Span(b, e), text, ref));
            notes.add(res.notes().get(i));
        }
        return new Tagged(analysis.withPlaces(out), java.util.Collections.unmodifiableList(notes));
    }

    private List<NameSpan> safeFind(Doc doc, boolean[] blocked) {
        try {
            return finder.find(doc, blocked);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private PlaceRef ref(String text, NameSpan n, Place p) {
        if (p == null) {
            return new PlaceRef(text, null, n.surface(), Double.NaN, Double.NaN, null, null, null, 0, Double.NaN, n.relation());
        }
        int precision = precisionOf(p);
        double radius = p.radiusKm();
        if (n.relation() != null && !n.relation().equals("province")) {
            radius += n.extraKm();
            if (n.scope() == NameSpan.Scope.COUNTRYSIDE) precision = p.isAdmin1() || precision >= 3 ? 3 : 2;
            else if (n.relation().equals("district")) precision = Math.max(2, precision);
            else precision = Math.max(2, precision);
            // an offset of 50 km or more ("60 km beyond X") leaves only the region known: coarse precision
            if (n.extraKm() >= 50) precision = Math.max(3, precision);
        }
        return new PlaceRef(text, p.id(), DisplayName.of(p.name()), p.lat(), p.lon(), p.featureCode(), p.country(),
                DisplayName.of(p.admin1()), precision, radius, n.relation());
    }

    static int precisionOf(Place p) {
        if (p.isCountry()) return 4;
        if (p.isAdmin1()) return 3;
        if (p.isPopulatedPlace()) return 1;
        if (p.featureCode().startsWith("ADM")) return 2;
        if (p.radiusKm() > 50) return 3;
        if (p.radiusKm() > 10) return 2;
        return 1;
    }

    /** "Moscow promised", "Moscow's stance": a capital as the subject of a verb or as a possessor. */
    private static boolean usedAsActor(Doc doc, NameSpan n) {
        Token head = null;
        for (int k = n.first(); k < n.end(); k++) {
            Token t = doc.token(k);
            if (t.head() < n.first() || t.head() >= n.end()) {
                head = t;
                break;
            }
        }
        if (head == null) return false;
        Token parent = doc.parent(head);
        if (parent == null) return false;
        String rel = head.deprel();
        if (rel.equals("nsubj") && parent.isVerb()) return true;
        return rel.startsWith("nmod:poss") && !PLACE_NOUNS.contains(parent.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** The gazetteer this tagger resolves against. */
    public Gazetteer gazetteer() { return gazetteer; }
}
