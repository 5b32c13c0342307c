package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.EventCoder;
import org.sitrep.extract.claims.Attribution;
import org.sitrep.extract.claims.ClaimAttributor;
import org.sitrep.extract.syntax.Deps;
import org.sitrep.extract.time.TimeRoles;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Doc;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Evidence;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Provenance;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * Sitrep's event coder: applies the rules of {@link EventRules} to each sentence's dependency parse, fills the
 * roles from the actor, place, time and quantity layers of the {@link Analysis}, codes each event with the
 * {@link Ontology} (PLOVER type and mode, CAMEO, ACLED) and wraps it in a {@link Claim} attributed by the
 * {@link ClaimAttributor}. Every coding records its rule, the rule and ontology lines, and the actor and place
 * entries used. A sentence the coder cannot handle is skipped, never thrown out of.
 */
public final class RuleCoder implements EventCoder {
    /** An actor that only stands for the country of a place the event names ("where the two highways meet"). */
    private static boolean fromPlace(Anchored<ActorRef> x) {
        String e = x.value().entryId();
        return e != null && (e.startsWith("place:") || e.startsWith("place-as-target:"));
    }

    private static final Set<String> SAME_MOMENT = Set.of("as", "when", "while", "whilst");
    private static final Set<String> BEGIN = Set.of("begin", "start", "commence", "launch", "occur", "happen", "erupt");

    /** Talks or cooperation between nobody named (a place's country aside) are not events ("where two highways meet"). */
    private static final Set<PloverType> NEEDS_A_PARTY = Set.of(PloverType.CONSULT, PloverType.COOPERATE);
    private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.COOPERATE);
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY");

    private final EventRules rules;
    private final Ontology ontology;
    private final ClaimAttributor attributor;
    private final TriggerFinder finder;

    public RuleCoder(EventRules rules, Ontology ontology, ClaimAttributor attributor) {
        this.rules = rules;
        this.ontology = ontology;
        this.attributor = attributor;
        this.finder = new TriggerFinder(rules);
    }

    public RuleCoder(EventRules rules, Ontology ontology) { this(rules, ontology, ClaimAttributor.bundled()); }

    /** The coder with the bundled rules, ontology and reporting lexicon. */
    public static RuleCoder bundled() { return new RuleCoder(EventRules.bundled(), Ontology.bundled(), ClaimAttributor.bundled()); }

    @Override
    public List<Claim> code(Analysis a) {
        List<Claim> out = new ArrayList<>();
        Deps deps = new Deps(a.doc());
        for (Sentence s : a.doc().sentences()) {
            try {
                out.addAll(codeSentence(a, deps, s));
            } catch (RuntimeException e) {
                // a sentence the rules cannot handle is skipped
            }
        }
        return out;
    }

    /** Report date: publication date, else the document date, else null. */
    static LocalDate reportDate(Analysis a) {
        if (a.report() != null && a.report().published() != null) return a.report().published().atZone(ZoneOffset.UTC).toLocalDate();
        return a.doc().docDate();
    }

    List<Claim> codeSentence(Analysis a, Deps deps, Sentence s) {
        List<Claim> out = new ArrayList<>();
        for (List<TriggerMatch> candidates : finder.find(deps, s)) {
            for (TriggerMatch m : candidates) {
                if (m.rule().pos() == EventRule.Pos.SUPPORT || isAttribution(m.trigger(), deps)) break;
                Token speaker = attributor.speakerOf(deps, m.anchor());
                List<String> placeNotes = new ArrayList<>();
                Anchored<PlaceRef> place = firstPlace(a, deps, m, speaker, placeNotes);
                if (m.rule().needPlace() && place == null) continue;
                out.addAll(events(a, deps, s, m, speaker, place, placeNotes));
                break;
            }
        }
        return withoutSubsumed(out);
    }

    /** True when the rule's initiator is the speaker of the reporting verb, so that the speech act is the event. */
    private static boolean speakerActs(EventRule r, Deps deps, Token speaker) {
        return speaker != null && deps.parent(speaker) != null && !r.initiator().isEmpty() && r.initiator().get(0).equals("speaker");
    }

    /** "..., a senior official said." — a trailing attribution is the claim's source, not an event. */
    private boolean isAttribution(Token t, Deps deps) {
        if (!t.isVerb() || attributor.lexicon().get("verb", Deps.lemma(t)) == null) return false;
        if (t.deprel().equals("parataxis")) return true;
        for (Token c : deps.children(t)) { // "Ethiopia left Libya, an official said": the complement comes first
            if ((c.deprel().equals("ccomp") || c.deprel().equals("parataxis")) && c.index() < t.index()) return true;
        }
        return false;
    }

    /**
     * Drops an event that repeats another of the same sentence with less information: same type and initiator,
     * and no recipient where the other has one ("held a call with Fidan to discuss Syria": one CONSULT, not two).
     */
    static List<Claim> withoutSubsumed(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            boolean drop = false;
            for (Claim o : claims) {
                if (o == c || o.evidence().triggerSpan().equals(c.evidence().triggerSpan())) continue;
                EventCoding x = c.event(), y = o.event();
                if (x.type() != y.type() || !code(x.initiator()).equals(code(y.initiator()))) continue;
                // "shelled Kupiansk and nearby villages, killing two civilians": the deaths are the shelling's toll
                if (tollOf(o, c)) {
                    drop = true;
                    break;
                }
                if (tollOf(c, o)) continue;
                if (x.recipient() == null && y.recipient() != null) drop = true;
                else if (code(x.recipient()).equals(code(y.recipient())) && x.recipient() != null
                        && o.evidence().triggerSpan().begin() < c.evidence().triggerSpan().begin()) drop = true;
            }
            if (!drop) out.add(c);
        }
        return out;
    }

    /** True when {@code toll} is the "killing ..." that follows {@code attack} in its sentence, by the same side. */
    private static boolean tollOf(Claim attack, Claim toll) {
        EventCoding a = attack.event(), t = toll.event();
        return a.type() == PloverType.ASSAULT && t.type() == PloverType.ASSAULT && "kill".equals(t.mode())
                && !"kill".equals(a.mode()) && t.trigger() != null && t.trigger().toLowerCase(java.util.Locale.ROOT).startsWith("killing")
                && attack.evidence().triggerSpan().begin() < toll.evidence().triggerSpan().begin();
    }

    private static String code(ActorRef r) { return r == null ? "" : r.code(); }

    /**
     * A place trusted to stand for its country as a target: a proper name, and either a country, capital,
     * first-level division or named region ("Darfur", "the West Bank"), or in a country that another actor or place of the sentence also names (a town name
     * the gazetteer may have placed in the wrong country is not trusted alone).
     */
    private static boolean confirmedPlace(Analysis a, Sentence s, Anchored<PlaceRef> place, String iso3) {
        if (!a.doc().token(place.endToken() - 1).isProperNoun()) return false;
        String fc = place.value().featureCode();
        if (fc.startsWith("PCL") || fc.equals("PPLC") || fc.equals("ADM1") || fc.equals("RGN")) return true;
        for (Anchored<ActorRef> x : a.actors()) {
            if (x.firstToken() >= s.firstToken() && x.endToken() <= s.endToken() && iso3.equals(x.value().country())) return true;
        }
        for (Anchored<PlaceRef> p : a.places()) {
            if (p == place || p.firstToken() < s.firstToken() || p.endToken() > s.endToken()) continue;
            Anchored<ActorRef> other = CountryPlaces.asTarget(p);
            if (other != null && iso3.equals(other.value().country())) return true;
        }
        return false;
    }

    /**
     * The place standing for its country as the target, with the countries coordinated with it ("closed its borders
     * with Iran and Turkey": both); a conjunct already tagged as an actor is taken as it is.
     */
    private static List<Anchored<ActorRef>> placeTargets(Analysis a, Deps deps, Sentence s, Anchored<PlaceRef> place,
                                                         Anchored<ActorRef> where, List<Anchored<ActorRef>> initiators) {
        List<Anchored<ActorRef>> out = new ArrayList<>();
        out.add(where);
        Token head = a.doc().token(place.endToken() - 1);
        for (Token c : deps.withConjuncts(head)) {
            if (c.index() >= place.firstToken() && c.index() < place.endToken()) continue;
            Anchored<ActorRef> act = Mentions.covering(a.actors(), c);
            if (act == null) {
                Anchored<PlaceRef> p = Mentions.covering(a.places(), c);
                Anchored<ActorRef> other = p == null ? null : CountryPlaces.asTarget(p);
                if (other != null && confirmedPlace(a, s, p, other.value().country())) act = other;
            }
            if (act != null && act.value().country() != null && !containsMention(initiators, act) && !containsMention(out, act)) out.add(act);
        }
        return out;
    }

    /**
     * True if the place hangs under the trigger in its own phrase ("a curfew in Montenegro" under "lifted"), not in a
     * clause of its own ("after riots that spread to X") or a reported one.
     */
    private static boolean inOwnPhrase(Doc doc, Token trigger, Anchored<PlaceRef> place) {
        Token head = doc.token(place.endToken() - 1);
        if (!doc.dominates(trigger, head) || head.index() == trigger.index()) return false;
        for (Token cur = head; cur != null && cur.index() != trigger.index(); cur = doc.parent(cur)) {
            String r = cur.deprel();
            if (r.startsWith("acl") || r.startsWith("advcl") || r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis")
                    || r.startsWith("nsubj") || r.equals("conj")) return false;
        }
        return true;
    }

    private static boolean isCountry(Anchored<PlaceRef> place) {
        String fc = place.value().featureCode();
        return fc != null && fc.startsWith("PCL");
    }

    private List<Claim> events(Analysis a, Deps deps, Sentence s, TriggerMatch m, Token speaker, Anchored<PlaceRef> place,
                               List<String> placeNotes) {
        EventRule r = m.rule();
        List<String> notes = new ArrayList<>();
        List<Anchored<ActorRef>> initiators = actors(a, deps, m, r.initiator(), speaker, List.of(), notes, "initiator");
        List<Anchored<ActorRef>> recipients = actors(a, deps, m, r.recipient(), speaker, initiators, notes, "recipient");
        // talks or cooperation need a party found through the rule's own roles ("where the two highways meet")
        if (NEEDS_A_PARTY.contains(r.type()) && initiators.isEmpty() && recipients.stream().allMatch(RuleCoder::fromPlace)) {
            return List.of();
        }
        // "X and Y agreed", "Lavrov and Fidan discussed": the two sides are each other's target
        boolean paired = initiators.size() > 1 && SYMMETRIC.contains(r.type());
        if (recipients.isEmpty() && !paired && !r.recipient().isEmpty() && !SUBTREE_FREE.contains(r.type())) {
            recipients = subtreeRecipients(a, deps, m, speaker, initiators);
            if (!recipients.isEmpty()) notes.add("recipient: nearest actor or country under the trigger");
        }
        PlaceRef placeRef = null;
        Anchored<PlaceRef> wherePlace = place;
        if (place != null) {
            placeRef = place.value();
            if (placeNotes.isEmpty()) notes.add("place '" + place.text() + "' attached to the trigger");
            else notes.addAll(placeNotes);
        } else {
            Anchored<PlaceRef> near = nearestPlace(a, deps, m, initiators, recipients);
            if (near != null) {
                PlaceRef p = near.value();
                placeRef = new PlaceRef(p.text(), p.gazetteerId(), p.name(), p.lat(), p.lon(), p.featureCode(), p.country(),
                        p.admin1(), Math.min(4, Math.max(2, p.precision() + 1)), p.radiusKm(), p.relation(), p.basis());
                notes.add("place '" + near.text() + "' is the nearest in the clause (precision lowered)");
                // "lifted a curfew in Montenegro": a place inside the trigger's own phrase is where it happened
                if (inOwnPhrase(a.doc(), m.trigger(), near)) wherePlace = near;
            }
        }
        // a town changing hands does not make the town's country the losing side: territorial rules take only a whole
        // country ("withdrew from Lebanon", "troops entered Panama"), as CAMEO codes it, never a town or province
        if (recipients.isEmpty() && wherePlace != null && !paired
                && (!r.contexts().contains("territory") || isCountry(wherePlace))) {
            Anchored<ActorRef> where = CountryPlaces.asTarget(wherePlace);
            if (where != null && !containsMention(initiators, where) && confirmedPlace(a, s, wherePlace, where.value().country())) {
                recipients = placeTargets(a, deps, s, wherePlace, where, initiators);
                notes.add("recipient: no actor acted on, the event's place stands for its country");
            }
        }
        if (initiators.isEmpty() && recipients.isEmpty() && placeRef == null) return List.of();

        Attribution at = attributor.attribute(a, m.anchor(), m.trigger());
        TimeSpan time = eventTime(a, deps, m, at, notes);
        ClaimContext ctx = ClaimAttributor.withTime(at.context(), time, reportDate(a));
        // "X said Y must withdraw": "must" makes Y's withdrawal hypothetical, but X's demand is made
        if (ctx == ClaimContext.HYPOTHETICAL && speakerActs(r, deps, speaker)) {
            ctx = ClaimContext.NONE;
            notes.add("context none: the speaker's demand is made, whatever the party it names does");
        }
        List<Quantity> qs = quantities(a, deps, m);

        OntologyEntry oe = ontology.lookup(r.type(), r.mode());
        List<Anchored<ActorRef>[]> pairs = pairs(r.type(), initiators, recipients);
        List<Claim> out = new ArrayList<>();
        Span trig = triggerSpan(m);
        for (int k = 0; k < pairs.size(); k++) {
            Anchored<ActorRef> ini = pairs.get(k)[0], rec = pairs.get(k)[1];
            ActorRef i = ini == null ? null : ini.value(), rc = rec == null ? null : rec.value();
            String acledSub = oe.acledSubType();
            List<String> pnotes = new ArrayList<>(notes);
            if ("captured".equals(r.mode()) && i != null && i.sector() != null && STATE_SECTORS.contains(i.sector())) {
                acledSub = ontology.lookup(PloverType.ASSAULT, "regained").acledSubType();
                pnotes.add("state initiator: ACLED sub-event from ASSAULT/regained");
            }
            Set<String> contexts = new LinkedHashSet<>(oe.contexts());
            contexts.addAll(r.contexts());
            List<String> entries = new ArrayList<>();
            entries.add(r.where());
            entries.add(oe.where());
            if (i != null && i.entryId() != null) entries.add(i.entryId());
            if (rc != null && rc.entryId() != null) entries.add(rc.entryId());
            if (placeRef != null && placeRef.gazetteerId() != null) entries.add("gazetteer:" + placeRef.gazetteerId());
            pnotes.addAll(at.notes());
            EventCoding ec = new EventCoding(r.type(), r.mode(), List.copyOf(contexts), r.cameo() != null ? r.cameo() : oe.cameo(),
                    oe.acledType(), oe.acledType() == null ? null : acledSub, i, rc, placeRef, time, qs, triggerText(m),
                    new Provenance(r.id(), entries, pnotes));
            String id = a.report().id() + ":" + s.index() + ":" + m.trigger().span().begin() + (k == 0 ? "" : ":" + k);
            Evidence ev = new Evidence(a.report().id(), s.index(), s.span(), trig, a.doc().textOf(s));
            out.add(new Claim(id, a.report().id(), at.claimants(), at.stance(), at.certainty(), ctx, ev, ec, at.claimTime()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Anchored<ActorRef>[]> pairs(PloverType type, List<Anchored<ActorRef>> ini, List<Anchored<ActorRef>> rec) {
        List<Anchored<ActorRef>[]> out = new ArrayList<>();
        if (rec.isEmpty() && ini.size() > 1 && SYMMETRIC.contains(type)) {
            for (Anchored<ActorRef> x : ini) for (Anchored<ActorRef> y : ini) if (x != y) out.add(new Anchored[] {x, y});
            return out;
        }
        List<Anchored<ActorRef>> is = ini.isEmpty() ? java.util.Collections.singletonList(null) : ini;
        List<Anchored<ActorRef>> rs = rec.isEmpty() ? java.util.Collections.singletonList(null) : rec;
        for (Anchored<ActorRef> x : is) for (Anchored<ActorRef> y : rs) out.add(new Anchored[] {x, y});
        return out;
    }

    /**
     * Mentions nested in {@code outer} at a conjunct of one of its own tokens: "Romanian" in "Hungarian and Romanian
     * officials" is a second actor sharing the head noun.
     */
    private static List<Anchored<ActorRef>> coordinatedInside(Analysis a, Anchored<ActorRef> outer) {
        List<Anchored<ActorRef>> out = new ArrayList<>();
        for (int i = outer.firstToken(); i < outer.endToken(); i++) {
            Token t = a.doc().token(i);
            if (!t.deprel().startsWith("conj") || t.head() < outer.firstToken() || t.head() >= outer.endToken()) continue;
            Anchored<ActorRef> inner = Mentions.covering(a.actors(), t);
            if (inner != null && inner != outer && inner.firstToken() >= outer.firstToken()
                    && inner.endToken() <= outer.endToken() && !out.contains(inner)) out.add(inner);
        }
        out.addAll(sharedHeadConjuncts(a, outer));
        return out;
    }

    /**
     * "The foreign ministers of Russia, Iran and Turkey": the tagger takes "foreign ministers of Russia" as one
     * mention and Iran and Turkey as their own; the countries coordinated with a modifier inside the mention (not
     * with its head, whose conjuncts the role paths already follow) share its head and are parties too.
     */
    private static List<Anchored<ActorRef>> sharedHeadConjuncts(Analysis a, Anchored<ActorRef> outer) {
        List<Anchored<ActorRef>> out = new ArrayList<>();
        Doc doc = a.doc();
        for (int i = outer.firstToken(); i < outer.endToken(); i++) {
            Token t = doc.token(i);
            if (t.head() < outer.firstToken() || t.head() >= outer.endToken() || !t.deprel().startsWith("nmod")) continue;
            for (Token c : doc.children(t, "conj")) {
                if (c.index() >= outer.firstToken() && c.index() < outer.endToken()) continue;
                Anchored<ActorRef> other = Mentions.covering(a.actors(), c);
                if (other == null || other == outer || other.value().country() == null || out.contains(other)) continue;
                ActorRef r = other.value();
                if (r.sector() == null && outer.value().sector() != null) { // "the ambassadors of A, B and C": B's are too
                    r = new ActorRef(r.text(), r.name(), r.country(), outer.value().sector(), r.person(),
                            r.entryId() + "+shared-head:" + outer.value().entryId());
                    other = new Anchored<>(other.firstToken(), other.endToken(), other.span(), other.text(), r);
                }
                out.add(other);
            }
        }
        return out;
    }

    /**
     * Event types whose recipient must come from a rule's own paths: a territorial or military event's target is not
     * whatever country its clause happens to name.
     */
    private static final Set<PloverType> SUBTREE_FREE = Set.of(PloverType.ASSAULT, PloverType.RETREAT, PloverType.COERCE);
    private static final Set<String> NOT_RECIPIENT_RELS = Set.of("nsubj", "csubj", "punct", "parataxis", "obl:tmod",
            "nmod:tmod", "discourse", "vocative", "dep", "appos", "cc", "mark", "aux", "cop", "det");

    /**
     * The recipient when the rule's paths find none: breadth first through the trigger's clause (the support verb's,
     * for a nominal trigger), the nearest actor mention, or country or capital named as a place, that is not an
     * initiator, not a modifier naming an initiator's own country, and not on the subject or reporting side ("agreed
     * to provide aid for Romania and Poland" -> Romania, Poland). Its coordinated conjuncts come along.
     */
    private static List<Anchored<ActorRef>> subtreeRecipients(Analysis a, Deps deps, TriggerMatch m, Token speaker,
                                                               List<Anchored<ActorRef>> initiators) {
        Token top = m.support() != null ? m.support() : m.trigger();
        java.util.ArrayDeque<Token> queue = new java.util.ArrayDeque<>();
        Set<Integer> seen = new java.util.HashSet<>();
        // a verb rule that names its recipient paths without "obj" says the object is not a party ("discuss Syria")
        boolean objIsTopic = m.rule().pos() == EventRule.Pos.VERB && top == m.trigger() && !m.rule().recipient().contains("*")
                && !m.rule().recipient().contains("obj");
        for (Token c : deps.children(top)) if (enter(c, speaker) && !(objIsTopic && c.deprel().equals("obj"))) queue.add(c);
        if (top != m.trigger()) seen.add(m.trigger().index());
        while (!queue.isEmpty()) {
            Token t = queue.poll();
            if (!seen.add(t.index())) continue;
            Anchored<ActorRef> act = recipientAt(a, t, m, initiators);
            if (act != null) {
                List<Anchored<ActorRef>> out = new ArrayList<>();
                out.add(act);
                for (Token cj : deps.withConjuncts(t)) {
                    Anchored<ActorRef> more = cj == t ? null : recipientAt(a, cj, m, initiators);
                    if (more != null && !containsMention(out, more)) out.add(more);
                }
                return out;
            }
            for (Token c : deps.children(t)) if (enter(c, speaker)) queue.add(c);
        }
        return List.of();
    }

    private static boolean enter(Token c, Token speaker) {
        String rel = c.deprel();
        int colon = rel.indexOf(':');
        String base = colon > 0 && !rel.startsWith("obl") && !rel.startsWith("nmod") ? rel.substring(0, colon) : rel;
        return !NOT_RECIPIENT_RELS.contains(base) && !NOT_RECIPIENT_RELS.contains(rel) && (speaker == null || c.index() != speaker.index());
    }

    private static Anchored<ActorRef> recipientAt(Analysis a, Token t, TriggerMatch m, List<Anchored<ActorRef>> initiators) {
        Anchored<ActorRef> act = Mentions.covering(a.actors(), t);
        if (act == null) act = CountryPlaces.asActor(Mentions.covering(a.places(), t));
        if (act == null || act.containsToken(m.trigger().index()) || containsMention(initiators, act)) return null;
        String country = act.value().country();
        boolean modifier = t.deprel().equals("amod") || t.deprel().startsWith("compound");
        for (Anchored<ActorRef> i : initiators) {
            // "Holm discussed Danish energy plans": an adjective of the initiator's own country qualifies the topic,
            // it is not the other side ("a curfew in Kinshasa" still targets the country, as CAMEO codes it)
            if (modifier && country != null && country.equals(i.value().country())) return null;
        }
        return act;
    }

    /** Actors found through the first role path that yields any, one per coordinated phrase. */
    private List<Anchored<ActorRef>> actors(Analysis a, Deps deps, TriggerMatch m, List<String> paths, Token speaker,
                                            List<Anchored<ActorRef>> exclude, List<String> notes, String role) {
        List<Anchored<ActorRef>> countryless = null;
        String countrylessPath = null;
        for (String p : paths) {
            List<Anchored<ActorRef>> found = new ArrayList<>();
            boolean pronoun = false, antecedent = false;
            for (Token t : RolePaths.tokens(p, m, deps, speaker)) {
                for (Token c : deps.withConjuncts(t)) {
                    if (c.index() == m.trigger().index()) continue;
                    Anchored<ActorRef> act = Mentions.covering(a.actors(), c);
                    if (act != null && act.containsToken(m.trigger().index()) && m.rule().pos() == EventRule.Pos.NOUN && !p.equals("amod")) {
                        act = null; // "Russian airstrikes" tagged whole: take it through amod only
                    }
                    if (act == null) {
                        Token at = Mentions.tokenInPhrase(a.actors(), deps, c);
                        if (at != null) {
                            act = Mentions.covering(a.actors(), at);
                            // "ties with Rohan, Fornost and Bree": the found mention's own conjuncts
                            for (Token cj : deps.withConjuncts(at)) {
                                Anchored<ActorRef> more = cj == at ? null : Mentions.inPhrase(a.actors(), deps, cj);
                                if (more != null && !containsMention(exclude, more) && !containsMention(found, more) && more != act) found.add(more);
                            }
                        }
                    }
                    if (act == null && role.equals("recipient")) act = CountryPlaces.asActor(Mentions.covering(a.places(), c));
                    if (act == null && hasPronoun(deps, c) && speaker != null) {
                        act = Mentions.inPhrase(a.actors(), deps, speaker);
                        pronoun = act != null;
                    }
                    if (act == null && hasPronoun(deps, c)) {
                        act = Antecedents.of(deps.doc(), a.actors(), pronounOf(deps, c));
                        antecedent |= act != null;
                    } else if (act != null && act.value().country() == null && speaker != null && hasPronoun(deps, c)) {
                        Anchored<ActorRef> owner = Mentions.inPhrase(a.actors(), deps, speaker);
                        if (owner != null && owner != act && owner.value().country() != null) {
                            act = withCountryOf(act, owner, "+poss:");
                            pronoun = true;
                        }
                    }
                    if (act != null && act.value().country() == null) {
                        // "drones launched by Russia": a countryless actor takes the country of whoever sent it
                        Anchored<ActorRef> sender = senderOf(a, deps, act);
                        if (sender != null) act = withCountryOf(act, sender, "+sent-by:");
                        // "the factions" after "Opposition factions": the same side named a sentence or two before
                        Anchored<ActorRef> same = sender == null ? Antecedents.sameSector(deps.doc(), a.actors(), act) : null;
                        if (same != null) act = withCountryOf(act, same, "+earlier:");
                    }
                    if (act != null && !containsMention(exclude, act) && !containsMention(found, act)) {
                        found.add(act);
                        for (Anchored<ActorRef> inner : coordinatedInside(a, act)) {
                            if (!containsMention(exclude, inner) && !containsMention(found, inner)) found.add(inner);
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                boolean anyCountry = found.stream().anyMatch(x -> x.value().country() != null);
                if (anyCountry || countryless != null) {
                    notes.add(role + " via " + (anyCountry ? p : countrylessPath) + (pronoun ? " (pronoun resolved to the speaker)" : "")
                            + (antecedent ? " (pronoun resolved to the nearest actor named before it)" : ""));
                    return anyCountry ? found : countryless;
                }
                // "a withdrawal of troops" announced by "the Syrian authorities": look on for an actor with a country
                countryless = found;
                countrylessPath = p;
            }
        }
        if (countryless != null) {
            notes.add(role + " via " + countrylessPath);
            return countryless;
        }
        return List.of();
    }

    private static Token pronounOf(Deps deps, Token t) {
        if (t.pos().startsWith("PRP")) return t;
        for (Token c : deps.children(t, "nmod:poss")) if (c.pos().startsWith("PRP")) return c;
        return t;
    }

    /** The actor in "X launched/sent/fired by Y" under a countryless actor mention X, if it has a country. */
    private static Anchored<ActorRef> senderOf(Analysis a, Deps deps, Anchored<ActorRef> act) {
        Token head = deps.doc().token(act.endToken() - 1);
        for (Token acl : deps.children(head)) {
            if (!acl.deprel().startsWith("acl")) continue;
            for (Token by : deps.children(acl)) {
                if (!by.deprel().equals("obl:by") && !by.deprel().equals("obl:agent")) continue;
                Anchored<ActorRef> s = Mentions.covering(a.actors(), by);
                if (s != null && s.value().country() != null) return s;
            }
        }
        return null;
    }

    /**
     * A countryless actor given the country of another mention: its owner through a possessive pronoun ("the
     * ministry denied that its aircraft bombed ...") or its sender ("drones launched by Russia"). The other mention's
     * entry joins the provenance after {@code marker}.
     */
    private static Anchored<ActorRef> withCountryOf(Anchored<ActorRef> act, Anchored<ActorRef> owner, String marker) {
        ActorRef r = act.value(), o = owner.value();
        ActorRef ref = new ActorRef(r.text(), o.name(), o.country(), r.sector(), r.person(), r.entryId() + marker + o.entryId());
        return new Anchored<>(act.firstToken(), act.endToken(), act.span(), act.text(), ref);
    }

    private static boolean hasPronoun(Deps deps, Token t) {
        if (t.pos().startsWith("PRP")) return true;
        for (Token c : deps.children(t, "nmod:poss")) if (c.pos().startsWith("PRP")) return true;
        return false;
    }

    private static boolean containsMention(List<Anchored<ActorRef>> l, Anchored<ActorRef> x) {
        for (Anchored<ActorRef> y : l) if (y.firstToken() == x.firstToken() && y.endToken() == x.endToken()) return true;
        return false;
    }

    /**
     * The event's place through the rule's place paths, then the trigger's own phrase, then (territorial rules) an
     * unresolved proper name in the object slot. "Seized it", "regained control of the village": a territorial rule's
     * pronoun or bare settlement noun takes the place it refers back to ({@link PlaceAnaphora}), noted in
     * {@code notes}.
     */
    private Anchored<PlaceRef> firstPlace(Analysis a, Deps deps, TriggerMatch m, Token speaker, List<String> notes) {
        boolean territorial = m.rule().contexts().contains("territory");
        for (String p : m.rule().place()) {
            for (Token t : RolePaths.tokens(p, m, deps, speaker)) {
                if (t.index() == m.trigger().index()) continue;
                Anchored<PlaceRef> pl = Mentions.covering(a.places(), t);
                if (pl == null) pl = Mentions.inPhrase(a.places(), deps, t);
                if (pl == null && territorial && PlaceAnaphora.OBJECT_PATHS.contains(p) && PlaceAnaphora.isAnaphor(deps, t)) {
                    PlaceAnaphora.Found f = PlaceAnaphora.resolve(a.doc(), a.places(), t);
                    if (f != null) {
                        notes.add(f.note());
                        return f.place();
                    }
                }
                if (pl != null) return pl;
            }
        }
        if (m.rule().place().isEmpty()) return null;
        // the trigger's own phrase ("seized 12 villages west of Aleppo", "pull out of Saraqib")
        for (Token c : deps.children(m.trigger())) {
            String r = c.deprel();
            if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod") || r.equals("compound:prt")
                    || r.equals("obj") && m.rule().needPlace())) continue;
            for (Token t : deps.phrase(c)) {
                Anchored<PlaceRef> pl = Mentions.covering(a.places(), t);
                if (pl != null) return pl;
            }
        }
        // "attacked army positions on Jabal X": a name no gazetteer entry resolved, where the object stands, is the
        // event's place (and never an actor)
        for (Token o : deps.children(m.trigger(), "obj")) {
            for (Token n : deps.children(o)) {
                if (n.isProperNoun() && HELD_AT.contains(n.deprel()) && Mentions.inPhrase(a.actors(), deps, n) == null
                        && Mentions.inPhrase(a.places(), deps, n) == null
                        && !"ORGANIZATION".equals(n.ner()) && !"MISC".equals(n.ner())) {
                    notes.add("place: the unresolved name where the object stands ('" + n.deprel() + "')");
                    return unresolvedPlace(deps, n);
                }
            }
        }
        // a proper name in the object slot of a territorial rule that no gazetteer entry resolved ("captured Kafr X")
        if (m.rule().needPlace()) {
            for (Token o : deps.children(m.trigger(), "obj")) {
                if (o.isProperNoun() && Mentions.covering(a.actors(), o) == null) return unresolvedPlace(deps, o);
            }
            for (Token o : deps.children(m.trigger(), "nsubj:pass")) {
                if (o.isProperNoun() && Mentions.covering(a.actors(), o) == null) return unresolvedPlace(deps, o);
            }
        }
        return null;
    }

    private static final Set<String> HELD_AT = Set.of("nmod:on", "nmod:in", "nmod:at", "nmod:near", "nmod:around");

    /** A place named in the text that the gazetteer did not resolve: kept by name, without coordinates. */
    private static Anchored<PlaceRef> unresolvedPlace(Deps deps, Token head) {
        int first = head.index(), end = head.index() + 1;
        for (Token c : deps.children(head)) {
            if ((c.deprel().equals("compound") || c.deprel().equals("flat")) && c.isProperNoun()) {
                first = Math.min(first, c.index());
                end = Math.max(end, c.index() + 1);
            }
        }
        Span sp = new Span(deps.doc().token(first).span().begin(), deps.doc().token(end - 1).span().end());
        String text = deps.doc().textOf(sp);
        return new Anchored<>(first, end, sp, text,
                new PlaceRef(text, null, text, Double.NaN, Double.NaN, null, null, null, 1, Double.NaN, null));
    }

    /** Fallback: a place in the trigger's phrase, else the nearest in the same clause, not used as an actor. */
    private Anchored<PlaceRef> nearestPlace(Analysis a, Deps deps, TriggerMatch m, List<Anchored<ActorRef>> ini, List<Anchored<ActorRef>> rec) {
        if (m.rule().place().isEmpty()) return null;
        Token clause = m.anchor();
        while (clause.deprel().equals("xcomp") || clause.deprel().equals("obj") || clause.deprel().startsWith("obl")) {
            Token h = deps.parent(clause);
            if (h == null) break;
            clause = h;
        }
        Sentence s = a.doc().sentenceOf(m.trigger());
        Anchored<PlaceRef> best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Anchored<PlaceRef> p : a.places()) {
            if (p.firstToken() < s.firstToken() || p.endToken() > s.endToken()) continue;
            if (!deps.doc().dominates(clause, deps.doc().token(p.firstToken())) && !deps.doc().dominates(clause, deps.doc().token(p.endToken() - 1))) continue;
            if (inOtherClause(deps, deps.doc().token(p.firstToken()), clause, m.trigger())) continue;
            boolean asActor = false;
            for (Anchored<ActorRef> x : ini) if (x.overlapsTokens(p.firstToken(), p.endToken())) asActor = true;
            for (Anchored<ActorRef> x : rec) if (x.overlapsTokens(p.firstToken(), p.endToken())) asActor = true;
            if (asActor) continue;
            int dist = Math.abs(p.firstToken() - m.trigger().index());
            if (dist < bestDist) {
                bestDist = dist;
                best = p;
            }
        }
        return best;
    }

    /**
     * True when a place sits in a clause of its own below the event's clause, or is the agent of something else:
     * "the ministers discussed a truce plan drafted last year by Russia and Iran" does not place the talks in
     * Russia.
     */
    private static boolean inOtherClause(Deps deps, Token place, Token clause, Token trigger) {
        for (Token cur = place; cur != null && cur.index() != clause.index(); cur = deps.parent(cur)) {
            if (cur.index() == trigger.index()) return false;
            String r = cur.deprel();
            if (r.startsWith("acl") || r.startsWith("advcl") || r.equals("parataxis") || r.equals("obl:by") || r.equals("nmod:by")
                    || r.equals("conj") && cur.isVerb()) {
                return true;
            }
        }
        return false;
    }

    private TimeSpan eventTime(Analysis a, Deps deps, TriggerMatch m, Attribution at, List<String> notes) {
        List<Token> anchors = new ArrayList<>();
        anchors.add(m.trigger());
        if (m.frameNoun() != null) anchors.add(m.frameNoun());
        if (m.support() != null && m.support() != m.trigger()) anchors.add(m.support());
        Token cur = m.anchor();
        for (int g = 0; g < 3 && cur.deprel().equals("xcomp"); g++) {
            cur = deps.parent(cur);
            anchors.add(cur);
        }
        // "On Tuesday, as rebel columns neared Hama, the jets stayed grounded": a clause of the same moment
        if (cur.deprel().startsWith("advcl") && deps.parent(cur) != null) {
            for (Token mk : deps.children(cur, "mark")) if (Deps.lemmaIn(mk, SAME_MOMENT)) anchors.add(deps.parent(cur));
        }
        // "Government forces, backed by Russian jets, retook the city in 2016": a participle describing the subject or
        // object of a verb happens at that verb's time
        if ((cur.deprel().equals("amod") || cur.deprel().equals("acl")) && cur.pos().startsWith("VB")) {
            Token noun = deps.parent(cur);
            Token verb = noun == null ? null : deps.parent(noun);
            if (verb != null && verb.pos().startsWith("VB") && (noun.deprel().startsWith("nsubj") || noun.deprel().equals("obj"))) anchors.add(verb);
        }
        // "the deployment, which started in spring 2016": a clause saying when it began dates the event noun
        for (Token c : deps.children(m.trigger(), "acl:relcl")) if (Deps.lemmaIn(c, BEGIN)) anchors.add(c);
        // "In 2016 Russian bombing was decisive in the battle for Aleppo": a non-verbal predicate the event noun is
        // an argument of carries its time
        Token up = m.trigger();
        if (up.isNoun() && (up.deprel().startsWith("obl") || up.deprel().startsWith("nmod"))) {
            Token p = deps.parent(up);
            if (p != null && (p.pos().startsWith("JJ") || p.isNoun()) && !deps.children(p, "cop").isEmpty()) anchors.add(p);
        }
        TimeSpan offset = OffsetTime.of(a.doc(), m.anchor(), a.times());
        if (offset != null) {
            notes.add("time '" + offset.text() + "': dated from the clause it hangs under");
            return offset;
        }
        for (Token t : anchors) {
            Anchored<TimeSpan> ts = TimeRoles.eventTime(a.doc(), t.index(), a.times());
            if (ts != null) {
                notes.add("time '" + ts.text() + "' attached to '" + t.word() + "'");
                return ts.value();
            }
        }
        TimeSpan year = yearModifier(deps, m.trigger());
        if (year != null) {
            notes.add("time: the year '" + year.text() + "' modifying the event noun");
            return year;
        }
        Anchored<TimeSpan> inside = timeUnder(a, m.anchor());
        if (inside != null) {
            notes.add("time '" + inside.text() + "' inside the event's phrase (attached lower by the parse)");
            return inside.value();
        }
        if (at.claimTime() != null) {
            notes.add("time of the report it is attributed to");
            TimeSpan c = at.claimTime();
            return new TimeSpan(c.start(), c.end(), c.granularity(), c.text(), "claim-time:" + c.rule());
        }
        LocalDate d = reportDate(a);
        if (d == null) return null;
        Anchored<TimeSpan> story = StoryTime.of(a.doc(), a.times(), m.anchor(), d);
        if (story != null) {
            notes.add("no time attached: the story's last named day, '" + story.text() + "' (sentence "
                    + a.doc().token(story.firstToken()).sentence() + ")");
            TimeSpan v = story.value();
            return new TimeSpan(v.start(), v.end(), v.granularity(), story.text(), "story-time:" + v.rule());
        }
        notes.add("no time attached: publication date");
        return TimeSpan.day(d, "", "pubdate-default");
    }

    /**
     * "the 2020 battles", "the 2016 offensive": a definite event noun modified by a year-like number is dated that
     * year (a count would not take "the" before it in the same way: "some 2000 troops"). Null otherwise.
     */
    private static TimeSpan yearModifier(Deps deps, Token trigger) {
        if (!trigger.isNoun() || deps.children(trigger, "det").stream().noneMatch(d -> d.lemma().equalsIgnoreCase("the"))) return null;
        for (Token c : deps.children(trigger, "nummod")) {
            if (c.index() > trigger.index() || !YEAR.matcher(c.word()).matches()) continue;
            int y = Integer.parseInt(c.word());
            return new TimeSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), TimeSpan.Granularity.YEAR, c.word(), "year-modifier");
        }
        return null;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19[0-9]{2}|20[0-9]{2})");

    /**
     * A time the parse hung lower in the event's own phrase ("took over areas ..., including X, in late 2019 and
     * early 2020"): the time mentions under the anchor, not under a clause of their own; several make one span from
     * the first start to the last end. Null when there are none.
     */
    private static Anchored<TimeSpan> timeUnder(Analysis a, Token anchor) {
        Doc doc = a.doc();
        List<Anchored<TimeSpan>> found = new ArrayList<>();
        for (Anchored<TimeSpan> t : a.times()) {
            Token head = doc.token(t.firstToken());
            if (t.value().start() == null || !doc.dominates(anchor, head) || head.index() == anchor.index()) continue;
            boolean ownClause = false;
            for (Token cur = doc.parent(head); cur != null && cur.index() != anchor.index(); cur = doc.parent(cur)) {
                String r = cur.deprel();
                if (r.startsWith("acl") || r.startsWith("advcl") || r.equals("ccomp") || r.equals("xcomp") || r.equals("parataxis")) ownClause = true;
            }
            if (!ownClause) found.add(t);
        }
        if (found.isEmpty()) return null;
        Anchored<TimeSpan> first = found.get(0), last = found.get(found.size() - 1);
        if (found.size() == 1 || first.value().end() == null || last.value().end() == null) return first;
        TimeSpan f = first.value(), l = last.value();
        if (l.end().isBefore(f.start())) return first;
        String text = doc.text().substring(first.span().begin(), last.span().end());
        return new Anchored<>(first.firstToken(), last.endToken(), new Span(first.span().begin(), last.span().end()), text,
                new TimeSpan(f.start(), l.end(), f.granularity(), text, f.rule()));
    }

    private static List<Quantity> quantities(Analysis a, Deps deps, TriggerMatch m) {
        List<Quantity> out = new ArrayList<>();
        Token root = m.trigger();
        for (Anchored<Quantity> q : a.quantities()) {
            Token first = deps.doc().token(q.firstToken());
            if (deps.doc().sentenceOf(first).index() != deps.doc().sentenceOf(root).index()) continue;
            boolean inside = false;
            for (int i = q.firstToken(); i < q.endToken() && !inside; i++) {
                if (deps.doc().dominates(root, deps.doc().token(i)) && i != root.index()) inside = true;
                if (i == root.index() && m.rule().pos() == EventRule.Pos.NOUN) inside = true; // "50 airstrikes" tagged whole
            }
            if (inside) out.add(q.value());
        }
        return out;
    }

    private static Span triggerSpan(TriggerMatch m) {
        int b = m.trigger().span().begin(), e = m.trigger().span().end();
        Token other = m.frameNoun() != null ? m.frameNoun() : null;
        if (other != null) {
            b = Math.min(b, other.span().begin());
            e = Math.max(e, other.span().end());
        }
        return new Span(b, e);
    }

    private static String triggerText(TriggerMatch m) {
        if (m.frameNoun() != null) return m.trigger().word() + " " + m.frameNoun().word();
        if (m.support() != null && m.support() != m.trigger() && m.rule().pos() == EventRule.Pos.NOUN) {
            return m.support().word() + " " + m.trigger().word();
        }
        return m.trigger().word();
    }

    public EventRules rules() { return rules; }

    public Ontology ontology() { return ontology; }
}
