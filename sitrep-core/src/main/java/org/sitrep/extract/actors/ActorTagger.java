package org.sitrep.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.sitrep.extract.AnalysisStage;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds actor mentions in a document and resolves them with an {@link ActorDictionary}.
 *
 * <p>Per sentence: longest dictionary matches (countries, capitals used as metonyms, adjectives, agent nouns,
 * people, groups, aliases) and PERSON entities the dictionary does not know become pieces; pieces joined in the
 * dependency tree by compound, amod, flat, appos, possessive or "of" relations form one noun phrase, resolved to one
 * {@link ActorRef} ("Russian Foreign Minister Sergei Lavrov" -> RUS GOV, person Sergei Lavrov). Coordinated
 * actors stay separate. A country name or capital alone after a locative preposition ("in Moscow", "to Syria") is
 * a place, not an actor, and is left to the place tagger. FOCUS aliases ("the regime") take the document's focus
 * country unless the phrase names one. A bare surname resolves to a person introduced earlier in the document.
 *
 * <p>Every ActorRef's entryId lists the data-file lines used ('+'-joined), plus "focus:XXX", "ner:PERSON" or
 * "coref" markers. A sentence that cannot be handled is skipped.
 */
public final class ActorTagger implements AnalysisStage {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "into", "inside", "within", "from", "to", "toward",
            "towards", "near", "across", "throughout", "around", "through", "via", "onto", "outside", "beyond", "along",
            "over", "out_of", "between", "among", "amid", "under", "off");
    private static final Set<String> PHRASE_RELS = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod:of");

    private final ActorDictionary dict;
    private final Function<String, String> townCountry;

    public ActorTagger(ActorDictionary dict) {
        this(dict, name -> null);
    }

    /**
     * @param townCountry the ISO alpha-3 country of a town name, or null (e.g. {@code Gazetteer::townCountry}); the
     *                    towns a story names help tell the country it is set in, for "the regime", "the opposition"
     */
    public ActorTagger(ActorDictionary dict, Function<String, String> townCountry) {
        this.dict = dict;
        this.townCountry = townCountry;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.withActors(tag(analysis.doc()));
    }

    /**
     * The country of each town named (a run of proper nouns or LOCATION tokens: NER often takes "Hama" for a
     * person), with the position of its first token.
     */
    private List<Map.Entry<Integer, String>> towns(Doc doc) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        List<Token> ts = doc.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!placeLike(ts.get(i))) continue;
            int j = i;
            while (j + 1 < ts.size() && j - i < 2 && placeLike(ts.get(j + 1)) && ts.get(j + 1).sentence() == ts.get(i).sentence()) j++;
            String name = doc.text().substring(ts.get(i).span().begin(), ts.get(j).span().end());
            try {
                String c = townCountry.apply(name);
                if (c != null) out.add(Map.entry(i, c));
            } catch (RuntimeException e) {
                // a lookup that fails gives no vote
            }
            i = j;
        }
        return out;
    }

    private static boolean placeLike(Token t) {
        return "LOCATION".equals(t.ner()) || t.isProperNoun();
    }

    /** Actor mentions of a document, in text order. */
    public List<Anchored<ActorRef>> tag(Doc doc) {
        if (doc == null) return List.of();
        List<Atom> all = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            try {
                List<Atom> atoms = atoms(doc, s);
                all.addAll(atoms);
                phrases.addAll(phrases(doc, atoms));
            } catch (RuntimeException e) {
                // a sentence we cannot handle is skipped
            }
        }
        FocusResolver focus = new FocusResolver(FocusCountry.of(all, towns(doc)));
        for (Phrase p : phrases) {
            try {
                focus.learn(resolve(doc, p, null, null));
            } catch (RuntimeException e) {
                // skipped below as well
            }
        }
        SurnameMemory memory = new SurnameMemory();
        List<Anchored<ActorRef>> out = new ArrayList<>();
        for (Phrase p : phrases) {
            try {
                if (patronOnly(doc, p)) continue; // "pro-Iranian" alone modifies an actor, it is none
                Resolved r = resolve(doc, p, focus, memory);
                if (r == null) continue;
                memory.remember(r.ref());
                Span span = new Span(doc.token(p.start()).span().begin(), doc.token(p.end() - 1).span().end());
                String text = doc.textOf(span);
                ActorRef ref = r.ref();
                out.add(new Anchored<>(p.start(), p.end(), span, text,
                        new ActorRef(text, ref.name(), ref.country(), ref.sector(), ref.person(), ref.entryId())));
            } catch (RuntimeException e) {
                // a phrase we cannot resolve is skipped
            }
        }
        return withEthnicResidence(doc, all, withLocatedCountry(doc, all, out));
    }

    /**
     * "ethnic Albanians" names a community, not the state of Albania: as CAMEO codes ethnic groups by the country they
     * live in, such a mention takes the one other country its sentence names ("ethnic Albanians demonstrated in
     * Serbia" = SRB). With no other country, or several, it keeps the adjective's. The entryId gains "+ethnic-in:".
     */
    private static List<Anchored<ActorRef>> withEthnicResidence(Doc doc, List<Atom> atoms, List<Anchored<ActorRef>> actors) {
        List<Anchored<ActorRef>> out = new ArrayList<>(actors.size());
        for (Anchored<ActorRef> x : actors) {
            ActorRef r = x.value();
            int first = x.firstToken();
            boolean ethnic = r.country() != null && (doc.token(first).lemma().equalsIgnoreCase("ethnic")
                    || first > 0 && doc.token(first - 1).lemma().equalsIgnoreCase("ethnic"));
            if (!ethnic) {
                out.add(x);
                continue;
            }
            Sentence s = doc.sentenceOf(doc.token(first));
            String country = null;
            Atom from = null;
            boolean unique = true;
            for (Atom a : atoms) {
                if (a.start() < s.firstToken() || a.end() > s.endToken() || a.entry() == null || x.overlapsTokens(a.start(), a.end())) continue;
                boolean countryAtom = a.kind() == ActorEntry.Kind.COUNTRY || a.kind() == ActorEntry.Kind.METONYM
                        || a.kind() == ActorEntry.Kind.ADJECTIVE;
                String c = a.entry().country();
                if (!countryAtom || c == null || ActorEntry.FOCUS.equals(c) || c.equals(r.country())) continue;
                if (country != null && !country.equals(c)) unique = false;
                country = c;
                from = a;
            }
            if (!unique || country == null) {
                out.add(x);
                continue;
            }
            ActorRef resident = new ActorRef(r.text(), r.name(), country, r.sector(), r.person(),
                    r.entryId() + "+ethnic-in:" + from.entry().provenance());
            out.add(new Anchored<>(x.firstToken(), x.endToken(), x.span(), x.text(), resident));
        }
        return out;
    }

    /**
     * Sectors of actors that act at home ("the judge", "rebels", "teachers", "riot police", "refugees", "parliament",
     * "Islamic fundamentalists"):
     * with no country of their own they take the one country their sentence names even when another actor stands
     * for it ("a judge charged Chilean officials"), which for governments and armies would be a foreign counterpart.
     */
    private static final Set<String> DOMESTIC = Set.of("JUD", "REB", "OPP", "EDU", "REF", "POL", "CVL", "LAB", "LEG", "MUS");
    /**
     * Sectors of a counterpart that shares such an actor's country (a government, court, union or newspaper); a
     * country, army or armed group named beside it ("US strikes killed militants") is more often a foreign party.
     */
    private static final Set<String> HOME_COUNTERPARTS = Set.of("GOV", "JUD", "LEG", "POL", "OPP", "EDU", "LAB", "CVL",
            "REF", "MED", "BUS");

    /** Sectors of actors that belong to no one country by themselves ("the Red Cross", "U.N. observers"). */
    private static final Set<String> TRANSNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "UAF");

    /**
     * A domestic actor with no country ("President Dos Santos", "riot police", "the journalist") in a sentence that
     * names exactly one country, and only as a place ("in Algiers", "throughout Indonesia"): the actor takes that
     * country, as the event is located there. A country named by another actor mention is a counterpart, not a
     * location, so it is never used, except for {@link #DOMESTIC} sectors. The entryId gains "+located:" and the
     * country piece's data-file line.
     */
    private static List<Anchored<ActorRef>> withLocatedCountry(Doc doc, List<Atom> atoms, List<Anchored<ActorRef>> actors) {
        List<Anchored<ActorRef>> out = new ArrayList<>(actors.size());
        for (Anchored<ActorRef> x : actors) {
            ActorRef r = x.value();
            if (r.country() != null || r.sector() == null || TRANSNATIONAL.contains(r.sector())) {
                out.add(x);
                continue;
            }
            Sentence s = doc.sentenceOf(doc.token(x.firstToken()));
            String country = null;
            Atom from = null;
            boolean unique = true;
            for (Atom a : atoms) {
                if (a.start() < s.firstToken() || a.end() > s.endToken() || a.entry() == null) continue;
                boolean countryAtom = a.kind() == ActorEntry.Kind.COUNTRY || a.kind() == ActorEntry.Kind.METONYM
                        || a.kind() == ActorEntry.Kind.ADJECTIVE;
                if (!countryAtom || a.entry().country() == null || ActorEntry.FOCUS.equals(a.entry().country())) continue;
                boolean inActor = false, homeCounterpart = true;
                for (Anchored<ActorRef> y : actors) {
                    if (!y.overlapsTokens(a.start(), a.end())) continue;
                    inActor = true;
                    if (!HOME_COUNTERPARTS.contains(String.valueOf(y.value().sector()))) homeCounterpart = false;
                }
                // "the Nigerian Union of Teachers": an adjective in an untagged name still names a home institution
                boolean inName = a.kind() == ActorEntry.Kind.ADJECTIVE && a.end() < s.endToken() && doc.token(a.end()).isProperNoun();
                boolean homeCountry = (inActor && homeCounterpart || inName) && DOMESTIC.contains(r.sector());
                if ((inActor || a.kind() == ActorEntry.Kind.ADJECTIVE) && !homeCountry) {
                    unique = false; // a country some actor mention or adjective stands for: a counterpart
                    break;
                }
                if (country != null && !country.equals(a.entry().country())) unique = false;
                country = a.entry().country();
                from = a;
            }
            if (!unique || country == null) {
                out.add(x);
                continue;
            }
            ActorRef located = new ActorRef(r.text(), r.name(), country, r.sector(), r.person(),
                    r.entryId() + "+located:" + from.entry().provenance());
            out.add(new Anchored<>(x.firstToken(), x.endToken(), x.span(), x.text(), located));
        }
        return out;
    }

    // ---- pieces --------------------------------------------------------------------------------------------

    private List<Atom> atoms(Doc doc, Sentence s) {
        List<Token> toks = doc.tokens();
        List<Atom> out = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            PhraseIndex.Hit h = dict.index().longest(toks, i, s.endToken());
            if (h == null) {
                Atom c = compoundCountry(toks.get(i), doc.docDate());
                if (c != null) out.add(c);
                i++;
                continue;
            }
            ActorEntry chosen = choose(h.entries(), doc.docDate());
            Atom a = new Atom(h.start(), h.end(), chosen, h.entries());
            if (a.proper() || toks.get(h.end() - 1).isNoun()) out.add(a);
            i = h.end();
        }
        for (Mention m : doc.entitiesIn(s)) {
            if (!m.label().equals("PERSON")) continue;
            boolean named = false;
            for (int t = m.firstToken(); t < m.endToken(); t++) named |= toks.get(t).isProperNoun();
            boolean overlaps = out.stream().anyMatch(a -> a.start() < m.endToken() && m.firstToken() < a.end());
            // "Jabal Zayn al-Abidin", "Tal Abyad": a place name the NER took for a person
            boolean placeName = PlaceWords.bundled().where(toks.get(m.firstToken()).word()) != null;
            if (named && !overlaps && !placeName) out.add(new Atom(m.firstToken(), m.endToken(), null, List.of()));
        }
        out.sort(Comparator.comparingInt(Atom::start));
        return out;
    }

    /**
     * A phrase that is nothing but a one-token "pro-X" modifier: it says whom an actor sides with, never who acts
     * ("US-led" alone still names the leader of a "US-led war").
     */
    private static boolean patronOnly(Doc doc, Phrase p) {
        if (p.members().size() != 1) return false;
        Atom a = p.members().get(0);
        String w = doc.token(a.start()).word();
        return a.end() - a.start() == 1 && w.regionMatches(true, 0, "pro-", 0, 4) && COMPOUND.matcher(w).matches();
    }

    /** "Vietnamese-led", "US-backed", "Iranian-trained", "pro-Syrian": the country part of such a one-token modifier. */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            "(?:[Pp]ro-(\\p{Lu}[\\p{L}.]*)|(\\p{Lu}[\\p{L}.]*)-(?:led|backed|sponsored|supported|trained|funded|armed|allied|brokered|controlled|run|dominated|installed))");

    /**
     * A one-token adjectival compound naming a country ("Vietnamese-led forces", "US-backed militias", "pro-Iranian
     * groups"): a piece standing for that country's entry (country name, capital or adjective), so the phrase it
     * modifies takes the country and keeps its own head's sector. Null if the token is no such compound.
     */
    private Atom compoundCountry(Token t, LocalDate day) {
        java.util.regex.Matcher m = COMPOUND.matcher(t.word());
        if (!m.matches()) return null;
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        List<ActorEntry> found = new ArrayList<>();
        for (ActorEntry e : dict.lookup(name)) {
            if (e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.ADJECTIVE
                    || e.kind() == ActorEntry.Kind.METONYM) found.add(e);
        }
        if (found.isEmpty()) return null;
        ActorEntry chosen = choose(found, day);
        // an adjective piece: a modifier of the phrase, never a place
        ActorEntry adj = found.stream().filter(e -> e.kind() == ActorEntry.Kind.ADJECTIVE).findFirst().orElse(chosen);
        return new Atom(t.index(), t.index() + 1, adj, found);
    }

    /** The entry a span stands for: by kind, then valid on the document date, then dated before undated. */
    static ActorEntry choose(List<ActorEntry> candidates, LocalDate day) {
        return candidates.stream().min(Atom.PREFERENCE
                .thenComparingInt((ActorEntry e) -> e.validOn(day) ? 0 : 1)
                .thenComparingInt(e -> day == null ? (e.to() == null ? 0 : 1) : (e.dated() ? 0 : 1)))
                .orElseThrow();
    }

    // ---- noun phrases --------------------------------------------------------------------------------------

    /** Groups a sentence's pieces into actor noun phrases and keeps those used as actors. */
    private List<Phrase> phrases(Doc doc, List<Atom> atoms) {
        List<Phrase> out = new ArrayList<>();
        List<Token> toks = doc.tokens();
        int n = atoms.size();
        int[] attachTo = new int[n];
        String[] attachRel = new String[n];
        for (int a = 0; a < n; a++) {
            attachTo[a] = -1;
            Token h = atoms.get(a).head(toks);
            String rel = h.deprel();
            if (!PHRASE_RELS.contains(rel) && !rel.startsWith("compound:") && !rel.startsWith("flat:")) continue;
            Token p = doc.parent(h);
            int b = p == null ? -1 : atomAt(atoms, p.index());
            if (b < 0 && rel.equals("appos") && atoms.get(a).kind() == ActorEntry.Kind.PERSON) {
                b = titleAbove(doc, atoms, p);
            }
            if (b < 0 && !rel.equals("appos")) b = personThroughTitle(doc, atoms, p);
            if (b < 0 || b == a || !joinable(doc, atoms.get(a), atoms.get(b), rel)) continue;
            attachTo[a] = b;
            attachRel[a] = rel;
        }
        boolean[] done = new boolean[n];
        for (int a = 0; a < n; a++) {
            if (done[a]) continue;
            int root = rootOf(a, attachTo);
            List<Atom> members = new ArrayList<>();
            List<String> rels = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                if (rootOf(m, attachTo) == root) {
                    members.add(atoms.get(m));
                    rels.add(m == root ? null : attachRel[m]);
                    done[m] = true;
                }
            }
            Phrase ph = new Phrase(members, rels, atoms.get(root), null, locatedIn(doc, atoms, members, atoms.get(root)));
            if (isActor(doc, ph)) out.add(ph);
        }
        return withPartners(doc, out);
    }

    /**
     * The country named after a phrase of common nouns by "in" or "from" ("soldiers from Gondor", "lawmakers in
     * Ruritania"): the country those people belong to. Null if the phrase names a specific actor or has no such
     * country.
     */
    private static Atom locatedIn(Doc doc, List<Atom> atoms, List<Atom> members, Atom root) {
        if (members.stream().anyMatch(Atom::proper)) return null;
        Token head = root.head(doc.tokens());
        for (Atom a : atoms) {
            if (!namesCountryOnly(a)) continue;
            Token h = a.head(doc.tokens());
            if ((h.deprel().equals("nmod:in") || h.deprel().equals("nmod:from")) && h.head() == head.index()) return a;
        }
        return null;
    }

    /**
     * The country modifier a common-noun phrase shares with the phrase it is coordinated with ("government" in
     * "the Danish media and government"), or null.
     */
    private static Atom sharedModifier(Doc doc, Phrase p, List<Phrase> phrases) {
        if (p.members().stream().anyMatch(Atom::proper)) return null;
        Token head = p.root().head(doc.tokens());
        if (!head.deprel().startsWith("conj")) return null;
        for (Phrase q : phrases) {
            if (q == p || !q.root().contains(head.head())) continue;
            for (int i = 0; i < q.members().size(); i++) {
                String rel = q.rels().get(i);
                if (rel != null && (rel.equals("amod") || rel.startsWith("compound")) && countryPiece(q.members().get(i))) {
                    return q.members().get(i);
                }
            }
        }
        return null;
    }

    /**
     * A country piece coordinated with the country modifier of another phrase ("Romanian" in "Hungarian and Romanian
     * officials") is its own actor that shares the other phrase's head: it gets that phrase as its partner, whose
     * agent nouns give it a sector.
     */
    private static List<Phrase> withPartners(Doc doc, List<Phrase> phrases) {
        List<Phrase> out = new ArrayList<>(phrases.size());
        for (Phrase p : phrases) {
            Phrase partner = null;
            Token head = p.root().head(doc.tokens());
            if (p.members().stream().allMatch(ActorTagger::countryPiece)) {
                Token t = head;
                for (int guard = 0; guard < 8 && t != null && t.deprel().startsWith("conj"); guard++) {
                    t = doc.parent(t);
                    for (Phrase q : phrases) {
                        if (q == p || t == null) continue;
                        int m = atomAt(q.members(), t.index());
                        if (m >= 0 && q.members().get(m) != q.root() && countryPiece(q.members().get(m))) {
                            partner = q;
                        }
                    }
                    if (partner != null) break;
                }
            }
            Atom country = p.countryFrom() != null ? p.countryFrom() : sharedModifier(doc, p, phrases);
            out.add(new Phrase(p.members(), p.rels(), p.root(), partner, country));
        }
        return out;
    }

    /**
     * A person in apposition to a longer phrase ("a researcher at the X Center, Jane Doe"): the title piece found
     * by climbing a few nominal relations from the apposition's head.
     */
    private static int titleAbove(Doc doc, List<Atom> atoms, Token from) {
        Token t = from;
        for (int guard = 0; guard < 4 && t != null; guard++) {
            int b = atomAt(atoms, t.index());
            if (b >= 0) return atoms.get(b).kind() == ActorEntry.Kind.AGENT ? b : -1;
            String rel = t.deprel();
            if (!(rel.startsWith("nmod") || rel.startsWith("compound") || rel.equals("appos"))) return -1;
            t = doc.parent(t);
        }
        return -1;
    }

    /**
     * A person reached from a modifier through title nouns the dictionary does not know ("U.N." in "U.N. mediator
     * Jane Doe": U.N. -> mediator -> Jane Doe): the person piece, or -1. Only common nouns in a compound chain are
     * crossed, at most three.
     */
    private static int personThroughTitle(Doc doc, List<Atom> atoms, Token from) {
        Token t = from;
        for (int guard = 0; guard < 3 && t != null; guard++) {
            if (!t.pos().startsWith("NN") || t.isProperNoun() || !t.deprel().startsWith("compound")) return -1;
            t = doc.parent(t);
            if (t == null) return -1;
            int b = atomAt(atoms, t.index());
            if (b >= 0) return atoms.get(b).kind() == ActorEntry.Kind.PERSON ? b : -1;
        }
        return -1;
    }

    private static int rootOf(int a, int[] attachTo) {
        int cur = a;
        for (int guard = 0; guard < attachTo.length && attachTo[cur] >= 0; guard++) cur = attachTo[cur];
        return cur;
    }

    private static int atomAt(List<Atom> atoms, int token) {
        for (int i = 0; i < atoms.size(); i++) if (atoms.get(i).contains(token)) return i;
        return -1;
    }

    /**
     * Two different people, countries or groups are never one actor, nor are pieces with a coordinating
     * conjunction between them (a parser's slip on "Turkey and opposition forces"); apposition joins only a person
     * to a title.
     */
    private static boolean joinable(Doc doc, Atom a, Atom b, String rel) {
        boolean ethnic = rel.equals("amod") && a.kind() == ActorEntry.Kind.ADJECTIVE && demonymNoun(doc, b);
        if (!ethnic && a.proper() && b.proper() && a.kind() == b.kind()) return false;
        if (!ethnic && a.proper() && b.proper() && isPlace(a) && isPlace(b)) return false;
        Atom left = a.start() < b.start() ? a : b;
        Atom right = left == a ? b : a;
        for (int t = left.end(); t < right.start(); t++) {
            Token tok = doc.token(t);
            if (tok.pos().equals("CC") && !coordinatesModifierOf(doc, tok, left)) return false;
        }
        if (rel.equals("appos")) return a.kind() == ActorEntry.Kind.PERSON || b.kind() == ActorEntry.Kind.PERSON;
        return true;
    }

    /**
     * A nationality noun used as a people ("Serbs", "Kurds" as tagged by the dictionary): a plural noun matched as an
     * adjective entry. A nationality adjective over it names where they live ("Bosnian Serbs" are Bosnian).
     */
    private static boolean demonymNoun(Doc doc, Atom b) {
        if (b.kind() != ActorEntry.Kind.ADJECTIVE) return false;
        String pos = b.head(doc.tokens()).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
    }

    /**
     * True if a coordinating conjunction joins another modifier to {@code left} ("Hungarian and Romanian officials",
     * "U.S. and Russian negotiators"): the conjunction hangs on a conjunct of the left piece, so it coordinates the
     * modifiers, not two actors.
     */
    private static boolean coordinatesModifierOf(Doc doc, Token cc, Atom left) {
        Token conj = doc.parent(cc);
        if (conj == null || !conj.deprel().startsWith("conj")) return false;
        Token first = doc.parent(conj);
        // the other conjunct must be a nationality or a name too ("Russian", "U.S."): in "Turkiye and opposition
        // forces" the common noun "opposition" makes two actors, however the parser groups them
        boolean nameOrAdjective = conj.pos().startsWith("JJ") || conj.isProperNoun();
        return first != null && left.contains(first.index()) && nameOrAdjective;
    }

    /**
     * A piece that names a country and nothing more: a country name, or an imported alias coded with a country and
     * no sector (PETRARCH-style dictionaries give country names that way).
     */
    private static boolean namesCountryOnly(Atom a) {
        if (a.kind() == ActorEntry.Kind.COUNTRY) return true;
        ActorEntry e = a.entry();
        return a.kind() == ActorEntry.Kind.ALIAS && e.sector() == null && e.country() != null
                && !ActorEntry.FOCUS.equals(e.country());
    }

    /** A piece naming a country: its name, capital or adjective. */
    private static boolean countryPiece(Atom a) {
        return isPlace(a) || a.kind() == ActorEntry.Kind.ADJECTIVE;
    }

    private static boolean isPlace(Atom a) {
        return a.kind() == ActorEntry.Kind.COUNTRY || a.kind() == ActorEntry.Kind.METONYM;
    }

    // ---- is it an actor here? -------------------------------------------------------------------------------

    private static boolean isActor(Doc doc, Phrase p) {
        Token head = p.root().head(doc.tokens());
        Token t = head;
        for (int guard = 0; guard < 16 && t.deprel().startsWith("conj"); guard++) {
            Token up = doc.parent(t);
            if (up == null) break;
            t = up;
        }
        String rel = t.deprel();
        boolean placeOnly = p.members().stream().allMatch(ActorTagger::isPlace);
        if (placeOnly && (locative(rel) || hasLocativeCase(doc, head) || hasLocativeCase(doc, t))) return false;
        boolean metonymOnly = p.members().stream().allMatch(a -> a.kind() == ActorEntry.Kind.METONYM);
        if (metonymOnly && rel.startsWith("compound")) return false;
        boolean common = p.members().stream().noneMatch(Atom::proper);
        // "army positions", "militia checkpoints": the noun names what the force holds, and the force is the target
        if (common && rel.startsWith("compound") && doc.parent(t) != null
                && HELD.contains(doc.parent(t).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        return !(common && rel.startsWith("compound"));
    }

    /** Things a force holds, whose noun-compound owner ("army positions") is the one acted on. */
    private static final Set<String> HELD = Set.of("position", "base", "post", "checkpoint", "outpost", "barracks",
            "depot", "headquarters", "stronghold", "trench", "bunker");

    private static boolean locative(String rel) {
        int colon = rel.indexOf(':');
        return colon > 0 && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl"))
                && LOCATIVE.contains(rel.substring(colon + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasLocativeCase(Doc doc, Token t) {
        for (Token c : doc.children(t, "case")) {
            if (LOCATIVE.contains(c.word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    // ---- resolution -----------------------------------------------------------------------------------------

    /** A resolved phrase; {@code focusAlias} if it contains a FOCUS alias (for learning which country it means). */
    record Resolved(ActorRef ref, boolean focusAlias, boolean explicitCountry) {}

    /**
     * Resolves a phrase. With {@code focus} null, FOCUS aliases stay unresolved (the learning pass); with
     * {@code memory} null, no surname coreference is tried.
     */
    private Resolved resolve(Doc doc, Phrase p, FocusResolver focus, SurnameMemory memory) {
        Atom referentPerson = null;
        ActorEntry possessor = null;
        ActorEntry group = null;
        String placeCountry = null;
        String patronCountry = null;
        int groupStart = -1;
        String homeCountry = null;
        String aliasCountry = null;
        boolean usesFocus = false;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < p.members().size(); i++) {
            Atom a = p.members().get(i);
            ActorEntry e = a.entry();
            ids.add(e == null ? "ner:PERSON" : e.provenance());
            String rel = p.rels().get(i);
            boolean possessive = "nmod:poss".equals(rel) || "nmod:of".equals(rel);
            switch (a.kind()) {
                case PERSON -> {
                    if (possessive && a != p.root()) {
                        if (possessor == null) possessor = e;
                    } else if (referentPerson == null) {
                        referentPerson = a;
                    }
                }
                case GROUP -> {
                    if (group == null) {
                        group = e;
                        groupStart = a.start();
                    }
                }
                case COUNTRY, ADJECTIVE, METONYM -> {
                    // "pro-Iranian Hezbollah", "Syrian-backed Amal": a named group keeps its own country
                    boolean patron = a.end() - a.start() == 1 && COMPOUND.matcher(doc.token(a.start()).word()).matches();
                    if (patron) {
                        if (patronCountry == null) patronCountry = e.country();
                    } else if (a != p.root() && a.kind() != ActorEntry.Kind.ADJECTIVE && ("nmod:of".equals(rel) || "nmod:in".equals(rel))) {
                        if (homeCountry == null) homeCountry = e.country();
                        if (placeCountry == null) placeCountry = e.country();
                    } else if (placeCountry == null) {
                        placeCountry = e.country();
                    }
                }
                case ALIAS -> {
                    if (ActorEntry.FOCUS.equals(e.country())) usesFocus = true;
                    else if (aliasCountry == null) aliasCountry = e.country();
                }
                default -> { }
            }
        }
        Atom root = p.root();
        String rootText = textOf(doc, root.start(), root.end());

        // a bare surname: an earlier full mention in this document wins over the dictionary
        if (p.members().size() == 1 && root.kind() == ActorEntry.Kind.PERSON && root.end() - root.start() == 1) {
            ActorRef earlier = memory == null ? null : memory.recall(rootText);
            if (earlier != null && (root.entry() == null || !earlier.person().equals(root.entry().name()))) {
                return new Resolved(new ActorRef(rootText, earlier.name(), earlier.country(), earlier.sector(),
                        earlier.person(), earlier.entryId() + "+coref"), false, true);
            }
            if (root.unknownPerson() && memory != null) return null;
        }

        ActorEntry personEntry = referentPerson == null ? null : referentPerson.entry();
        // "U.N. mediator Diego Cordovez", "NATO chief X": a person titled by an international body acts for it
        boolean forBody = referentPerson != null && group != null && group.country() == null
                && group.sector() != null && TRANSNATIONAL.contains(group.sector()) && groupStart >= 0 && groupStart < referentPerson.start();
        if (forBody) personEntry = null;
        String country = personEntry != null ? personEntry.country() : null;
        // "the Albanians of southern Serbia": a people named by where they live belong to that country
        if (country == null && root.kind() == ActorEntry.Kind.ADJECTIVE && homeCountry != null) country = homeCountry;
        if (country == null) country = placeCountry;
        if (country == null && group != null) country = group.country();
        if (country == null) country = patronCountry;
        if (country == null) country = aliasCountry;
        if (country == null && possessor != null) country = possessor.country();
        if (country == null && referentPerson != null && personEntry == null && !forBody && p.members().size() > 1) {
            ActorEntry known = surnameOfOneCountry(doc, referentPerson);
            if (known != null) {
                country = known.country();
                ids.add(known.provenance() + "#surname");
            }
        }
        boolean explicit = country != null;

        String sector = personEntry != null ? personEntry.sector() : forBody ? group.sector() : null;
        if (sector == null && group != null) sector = group.sector();
        if (sector == null && root.entry() != null) sector = root.entry().sector();
        for (int i = p.members().size() - 1; i >= 0 && sector == null; i--) {
            ActorEntry e = p.members().get(i).entry();
            if (e != null && (e.kind() == ActorEntry.Kind.AGENT || e.kind() == ActorEntry.Kind.ALIAS)) sector = e.sector();
        }

        if (country == null && p.countryFrom() != null) {
            country = p.countryFrom().entry().country();
            ids.add(p.countryFrom().entry().provenance());
        }
        if (sector == null && p.partner() != null) {
            List<Atom> pm = p.partner().members();
            for (int i = pm.size() - 1; i >= 0 && sector == null; i--) {
                ActorEntry e = pm.get(i).entry();
                if (e != null && (e.kind() == ActorEntry.Kind.AGENT || e.kind() == ActorEntry.Kind.ALIAS)) {
                    sector = e.sector();
                    ids.add(e.provenance());
                }
            }
        }

        if (country == null && usesFocus && focus != null) {
            country = focus.countryFor(sector);
            if (country != null) ids.add("focus:" + country);
        }
        String person = null;
        if (referentPerson != null) {
            person = personEntry != null ? personEntry.name()
                    : textOf(doc, referentPerson.start(), referentPerson.end());
        }
        String name;
        if (group != null) name = group.name();
        else if (country != null) name = dict.country(country).map(ActorEntry::name).orElse(country);
        else if (person != null) name = person;
        else name = root.entry() != null ? root.entry().name() : rootText;
        return new Resolved(new ActorRef(rootText, name, country, sector, person, String.join("+", ids)),
                usesFocus, explicit);
    }

    /**
     * A titled person the dictionary does not know by this full name ("President Mugabe", "Prime Minister Jane
     * Roe"): a dictionary person with the same surname, if every person with that surname acts for one and the same
     * country. Null when the surname is unknown or shared across countries.
     */
    private ActorEntry surnameOfOneCountry(Doc doc, Atom person) {
        String last = doc.token(person.end() - 1).word();
        if (last.length() < 3 || !Character.isUpperCase(last.charAt(0))) return null;
        List<ActorEntry> all = dict.bySurname(last);
        if (all.isEmpty()) return null;
        String c = all.get(0).country();
        if (c == null) return null;
        for (ActorEntry e : all) if (!c.equals(e.country())) return null;
        return all.get(0);
    }

    private static String textOf(Doc doc, int start, int end) {
        return doc.textOf(new Span(doc.token(start).span().begin(), doc.token(end - 1).span().end()));
    }

    /**
     * A noun phrase of pieces: members in text order, the relation each is attached by (null for the root), and the
     * phrase whose head it shares as a coordinated modifier (or null), and a country piece outside the phrase that
     * gives its country (it is said to be in or from there, or shares a conjunct's adjective), or null.
     */
    record Phrase(List<Atom> members, List<String> rels, Atom root, Phrase partner, Atom countryFrom) {
        int start() { return members.get(0).start(); }

        int end() {
            int e = 0;
            for (Atom a : members) e = Math.max(e, a.end());
            return e;
        }
    }

    /**
     * Resolves FOCUS aliases: the country that the document itself gives to the same kind of alias elsewhere
     * ("the Syrian opposition" makes a bare "the opposition" Syrian), else the focus country.
     */
    static final class FocusResolver {
        private final String focusCountry;
        private final java.util.Map<String, java.util.Map<String, Integer>> bySector = new java.util.HashMap<>();

        FocusResolver(String focusCountry) {
            this.focusCountry = focusCountry;
        }

        void learn(Resolved r) {
            if (r == null || !r.focusAlias() || !r.explicitCountry()) return;
            String c = r.ref().country();
            bySector.computeIfAbsent(String.valueOf(r.ref().sector()), k -> new java.util.LinkedHashMap<>())
                    .merge(c, 1, Integer::sum);
            bySector.computeIfAbsent("*", k -> new java.util.LinkedHashMap<>()).merge(c, 1, Integer::sum);
        }

        String countryFor(String sector) {
            String c = best(bySector.get(String.valueOf(sector)));
            if (c == null) c = best(bySector.get("*"));
            return c != null ? c : focusCountry;
        }

        private static String best(java.util.Map<String, Integer> counts) {
            if (counts == null) return null;
            String best = null;
            for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
            return best;
        }
    }
}
