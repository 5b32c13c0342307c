package org.sitrep.extract.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.syntax.Deps;
import org.sitrep.extract.time.TimeRoles;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Certainty;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Doc;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * Decides who asserts a coded event and how: walks up the dependency tree from the event's anchor through the
 * clausal complements of reporting words ("X said that ...", "..., X said", "reports that ...", "according to X",
 * "reportedly", a quotation followed by "X added"), building the claimant chain outermost first, and reads the
 * event's own clause for negation, modality and futurity. A report-level source line ("Source: ISW") is the
 * outermost claimant of everything in the report. Certainty only ever weakens along the chain.
 */
public final class ClaimAttributor {
    /** Events ending longer than this before the report date are background (HISTORICAL). */
    public static final int HISTORICAL_DAYS = 60;

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "must");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> FUTURE_VERBS = Set.of("promise", "pledge", "vow", "plan", "intend", "expect",
            "prepare", "threaten", "aim", "offer", "seek", "want", "hope", "propose", "schedule", "set", "go",
            "undertake", "commit", "agree", "decide", "resolve", "willing", "ready", "prepared", "determined", "due");
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refrain", "avoid", "decline", "cease", "neglect",
            "prevent", "thwart", "avert", "foil", "forestall");
    private static final Set<String> CHANCE_NOUNS = Set.of("chance", "opportunity", "ability", "option", "capacity", "means");
    private static final Set<String> ABSENCE_NOUNS = Set.of("absence", "lack", "failure");
    private static final Pattern UNVERIFIED = Pattern.compile(
            "\\b(unverified|unconfirmed|uncorroborated|(could|can|cannot|can't|could not|has not|have not|had not)\\s+(not\\s+)?(be|been)?\\s*(independently\\s+)?(verif|confirm|corroborat))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*Sources?\\s*:\\s*([^\\n]{2,60}?)\\s*$");

    private final ReportingLexicon lexicon;

    public ClaimAttributor(ReportingLexicon lexicon) { this.lexicon = lexicon; }

    public static ClaimAttributor bundled() { return new ClaimAttributor(ReportingLexicon.bundled()); }

    public ReportingLexicon lexicon() { return lexicon; }

    /** The report-level source ("Source: ISW"), or null. */
    public String reportSource(Doc doc) {
        Matcher m = SOURCE_LINE.matcher(doc.text());
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * Attributes the event whose construction is topped by {@code anchor} (a support verb or the trigger itself).
     */
    public Attribution attribute(Analysis a, Token anchor, Token trigger) {
        Doc doc = a.doc();
        Deps d = new Deps(doc);
        List<String> chain = new ArrayList<>(); // innermost first
        List<String> notes = new ArrayList<>();
        Certainty[] cert = {Certainty.ASSERTED};
        Stance stance = Stance.SUPPORTS;
        TimeSpan claimTime = null;
        Token speaker = null;
        boolean reported = false;

        // markers on the event's own clause: "reportedly", "according to X", "..., X said"
        List<Token> scope = clausePath(d, anchor, trigger);
        int ownClause = scope.size();
        scope.addAll(conjunctHeads(d, anchor));
        for (int vi = 0; vi < scope.size(); vi++) {
            Token v = scope.get(vi);
            for (Token c : d.children(v)) {
                // "reached X on Wednesday and attacked Y, according to Z": a marker of the first conjunct scopes
                // over the later ones when it trails them or opens the sentence, not when it sits between
                if (vi >= ownClause && c.index() < anchor.index() && c.index() > v.index()) continue;
                ReportingLexicon.Entry adv = c.deprel().equals("advmod") ? lexicon.get("adverb", Deps.lemma(c)) : null;
                if (adv != null) {
                    cert[0] = weaker(cert[0], adv.certainty());
                    notes.add("'" + c.word() + "' " + adv.where());
                    reported = true;
                }
                if (c.deprel().startsWith("obl:according") || c.deprel().startsWith("nmod:according")) {
                    chain.add(name(a, d, c));
                    cert[0] = weaker(cert[0], Certainty.REPORTED);
                    notes.add("according to " + name(a, d, c));
                    reported = true;
                }
                if (c.deprel().equals("parataxis") && c.isVerb()) {
                    ReportingLexicon.Entry e = lexicon.get("verb", Deps.lemma(c));
                    if (e != null) {
                        Token subj = first(d.children(c, "nsubj"));
                        if (speaker == null) speaker = subj;
                        addClaimant(a, d, subj, chain, cert, notes);
                        cert[0] = weaker(cert[0], e.certainty());
                        if (e.stance() == Stance.CONTRADICTS) stance = Stance.CONTRADICTS;
                        if (claimTime == null) claimTime = timeOf(a, d, c);
                        notes.add("'" + c.word() + "' " + e.where());
                        reported = true;
                    }
                }
            }
        }
        // a reporting verb that is the event's own support verb: "the authorities announced a withdrawal"
        ReportingLexicon.Entry own = anchor.index() != trigger.index() ? lexicon.get("verb", Deps.lemma(anchor)) : null;
        if (own != null) {
            Token subj = first(d.children(anchor, "nsubj"));
            speaker = subj;
            addClaimant(a, d, subj, chain, cert, notes);
            cert[0] = weaker(cert[0], own.certainty());
            if (own.stance() == Stance.CONTRADICTS) stance = Stance.CONTRADICTS;
            claimTime = timeOf(a, d, anchor);
            notes.add("'" + anchor.word() + "' " + own.where());
            reported = true;
        }
        // walk up through reporting verbs and nouns
        Token cur = top(d, anchor);
        for (int guard = 0; guard < 12; guard++) {
            Token head = d.parent(cur);
            if (head == null) break;
            String rel = cur.deprel();
            boolean complement = rel.equals("ccomp") || rel.equals("parataxis") || rel.startsWith("advcl")
                    || rel.startsWith("acl") || rel.equals("xcomp") || rel.equals("obj") || rel.equals("csubj")
                    || rel.startsWith("nmod:of") || rel.equals("dep");
            ReportingLexicon.Entry ev = head.isVerb() && complement ? lexicon.get("verb", Deps.lemma(head)) : null;
            ReportingLexicon.Entry en = head.isNoun() && complement ? lexicon.get("noun", Deps.lemma(head)) : null;
            if (ev == null && head.isVerb() && (rel.equals("ccomp") || rel.startsWith("advcl"))) {
                // "ISW gathered unverified reports ... that X": the reporting noun is the verb's object
                for (Token o : d.children(head, "obj")) {
                    if (lexicon.get("noun", Deps.lemma(o)) != null) {
                        applyNoun(a, d, o, cert, notes);
                        ev = lexicon.get("verb", Deps.lemma(head));
                        if (ev == null) ev = new ReportingLexicon.Entry(Deps.lemma(head), "verb", Certainty.REPORTED, Stance.SUPPORTS, "object '" + o.word() + "'");
                    }
                }
            }
            if (ev != null) {
                Token subj = first(d.children(head, "nsubj"));
                // "Satellite images taken on Tuesday showed that ...": the parser may hang the reporting verb as a
                // bare "dep" of the participle before it; that verb's subject, time and "according to" are its own
                Token host = head.deprel().equals("dep") && d.parent(head) != null && d.parent(head).isVerb() ? d.parent(head) : null;
                if (subj == null && host != null) subj = first(d.children(host, "nsubj"));
                if (speaker == null) speaker = subj;
                if (subj != null && lexicon.get("noun", Deps.lemma(subj)) != null) {
                    applyNoun(a, d, subj, cert, notes); // "unverified reports said ..."
                } else {
                    addClaimant(a, d, subj, chain, cert, notes);
                }
                for (Token v : host == null ? List.of(head) : List.of(head, host)) {
                    if (v.index() == anchor.index()) continue;
                    for (Token c : d.children(v)) {
                        if (!c.deprel().startsWith("obl:according") && !c.deprel().startsWith("nmod:according")) continue;
                        chain.add(name(a, d, c));
                        notes.add("according to " + name(a, d, c) + " (on the reporting clause)");
                    }
                }
                cert[0] = weaker(cert[0], ev.certainty());
                if (ev.stance() == Stance.CONTRADICTS && !reported) stance = Stance.CONTRADICTS;
                if (claimTime == null) claimTime = timeOf(a, d, head);
                if (claimTime == null && host != null) claimTime = timeOf(a, d, host);
                notes.add("'" + head.word() + "' " + ev.where());
                reported = true;
            } else if (en != null) {
                applyNoun(a, d, head, cert, notes);
                if (en.stance() == Stance.CONTRADICTS && !reported) stance = Stance.CONTRADICTS;
                Token owner = first(d.children(head, "nmod:poss"));
                if (owner != null) addClaimant(a, d, owner, chain, cert, notes);
                reported = true;
            }
            cur = head;
        }
        if (!reported) {
            QuoteSource q = QuoteSource.find(a, d, lexicon, anchor);
            if (q != null) {
                chain.add(q.claimant());
                cert[0] = weaker(cert[0], Certainty.REPORTED);
                notes.add("quotation attributed by '" + q.verb() + "'");
                speaker = q.speaker();
            }
        }
        Sentence s = doc.sentenceOf(anchor);
        if (UNVERIFIED.matcher(doc.textOf(s)).find()) {
            cert[0] = weaker(cert[0], Certainty.UNVERIFIED);
            notes.add("sentence marks the report as unverified");
        }
        Collections.reverse(chain);
        List<String> claimants = new ArrayList<>();
        String source = reportSource(doc);
        if (source != null && (chain.isEmpty() || !chain.get(0).equalsIgnoreCase(source))) claimants.add(source);
        for (String c : chain) if (c != null && !c.isBlank() && !claimants.contains(c)) claimants.add(c);
        ClaimContext ctx = context(d, anchor, trigger, reported, notes);
        return new Attribution(claimants, cert[0], stance, ctx, claimTime, speaker, notes);
    }

    /** HISTORICAL when the context is otherwise plain and the event ended well before the report date. */
    public static ClaimContext withTime(ClaimContext c, TimeSpan eventTime, LocalDate reportDate) {
        if (c != ClaimContext.NONE || eventTime == null || reportDate == null) return c;
        LocalDate end = eventTime.end() != null ? eventTime.end() : eventTime.start();
        if (end != null && end.isBefore(reportDate.minusDays(HISTORICAL_DAYS))) return ClaimContext.HISTORICAL;
        return c;
    }

    /** Subject of the reporting verb the token is reported under ("Peskov stated that ..."), or null. */
    public Token speakerOf(Deps d, Token t) {
        Token cur = top(d, t);
        for (Token c : d.children(cur)) {
            if (c.deprel().equals("parataxis") && lexicon.get("verb", Deps.lemma(c)) != null) return first(d.children(c, "nsubj"));
        }
        for (int guard = 0; guard < 8; guard++) {
            Token h = d.parent(cur);
            if (h == null) return null;
            if (h.isVerb() && lexicon.get("verb", Deps.lemma(h)) != null
                    && (cur.deprel().equals("ccomp") || cur.deprel().equals("parataxis") || cur.deprel().startsWith("advcl"))) {
                return first(d.children(h, "nsubj"));
            }
            cur = h;
        }
        return null;
    }

    private ClaimContext context(Deps d, Token anchor, Token trigger, boolean reported, List<String> notes) {
        boolean neg = false, hyp = false, fut = false;
        List<Token> path = clausePath(d, anchor, trigger);
        for (Token v : path) {
            boolean perfect = false;
            for (Token c : d.children(v)) if (c.deprel().startsWith("aux") && Deps.lemma(c).equals("have")) perfect = true;
            for (Token c : d.children(v)) {
                String l = Deps.lemma(c);
                String w = c.word().toLowerCase(Locale.ROOT);
                String r = c.deprel();
                if ((r.equals("advmod") || r.equals("neg")) && (NEGATORS.contains(l) || NEGATORS.contains(w))) neg = true;
                if (r.equals("det") && w.equals("no") && v == trigger) neg = true;
                if (r.equals("aux")) {
                    if (HYPOTHETICAL_AUX.contains(w)) hyp = true;
                    if (w.equals("would") || w.equals("'d")) {
                        if (perfect || !reported) hyp = true;
                        else fut = true;
                    }
                    if (FUTURE_AUX.contains(w)) fut = true;
                }
                if (r.equals("mark") && (w.equals("if") || w.equals("unless"))) hyp = true;
                if (r.equals("conj") && (NEGATING_VERBS.contains(l) || heldBack(d, c))) neg = true;
            }
            if (v != trigger && NEGATING_VERBS.contains(Deps.lemma(v))) neg = true;
            if (v != trigger && (v.isVerb() || v.pos().startsWith("JJ")) && FUTURE_VERBS.contains(Deps.lemma(v))) fut = true;
        }
        Token h = d.parent(trigger);
        if (h != null && trigger.deprel().startsWith("nmod:of") && ABSENCE_NOUNS.contains(Deps.lemma(h))) neg = true;
        // "to prepare a counterattack", "to prevent attacks by ...": an event noun that is the object of such a verb
        Token gov = anchor.deprel().equals("obj") ? d.parent(anchor) : null; // nouns, and nouns tagged as verbs
        if (gov != null && gov.isVerb()) {
            if (NEGATING_VERBS.contains(Deps.lemma(gov))) neg = true;
            if (FUTURE_VERBS.contains(Deps.lemma(gov))) fut = true;
            path = new ArrayList<>(path);
            path.add(gov);
        }
        // a purpose clause ("withdrew ... to regroup", "redeployed ... to bolster operations") is an aim, not a fact
        for (Token v : path) if (v.deprel().startsWith("advcl") && purpose(d, v)) fut = true;
        ClaimContext c = neg ? ClaimContext.NEGATED : hyp ? ClaimContext.HYPOTHETICAL : fut ? ClaimContext.FUTURE : ClaimContext.NONE;
        if (c != ClaimContext.NONE) notes.add("context " + c.code() + " from the event's clause");
        return c;
    }

    private static boolean purpose(Deps d, Token verb) {
        if (!verb.pos().equals("VB")) return false;
        for (Token m : d.children(verb, "mark")) if (m.word().equalsIgnoreCase("to")) return true;
        return false;
    }

    private static boolean heldBack(Deps d, Token verb) {
        String l = Deps.lemma(verb);
        if (!(l.equals("hold") || l.equals("pull") || l.equals("stand"))) return false;
        List<Token> parts = new ArrayList<>(d.children(verb, "prt"));
        parts.addAll(d.children(verb, "advmod"));
        for (Token p : parts) {
            String w = Deps.lemma(p);
            if (w.equals("back") || w.equals("down") || w.equals("off")) return true;
        }
        return false;
    }

    /**
     * The trigger, its anchor, and the verbs and nouns above them within the same clause: xcomp controllers ("failed
     * to", "promised to", "forced to") and "the chance to strike" with the verb that has the chance.
     */
    static List<Token> clausePath(Deps d, Token anchor, Token trigger) {
        List<Token> out = new ArrayList<>();
        out.add(trigger);
        if (anchor.index() != trigger.index()) out.add(anchor);
        Token cur = anchor;
        for (int guard = 0; guard < 6; guard++) {
            Token h = d.parent(cur);
            if (h == null) break;
            String r = cur.deprel();
            if (r.equals("xcomp") || r.equals("ccomp") && d.infinitive(cur)) {
                out.add(h);
            } else if (r.startsWith("acl") && h.isNoun() && CHANCE_NOUNS.contains(Deps.lemma(h))) {
                out.add(h);
                Token g = d.parent(h);
                if (g != null && g.isVerb()) {
                    out.add(g);
                    h = g;
                }
            } else {
                break;
            }
            cur = h;
        }
        return out;
    }

    /** Climbs xcomp links to the top of the event's own clause. */
    /** The verbs the event's clause is a later conjunct of ("X reached A and attacked B": "reached" for "attacked"). */
    private static List<Token> conjunctHeads(Deps d, Token anchor) {
        List<Token> out = new ArrayList<>();
        Token cur = top(d, anchor);
        for (int guard = 0; guard < 4 && cur.deprel().equals("conj"); guard++) {
            Token h = d.parent(cur);
            if (h == null || !h.isVerb()) break;
            out.add(h);
            cur = h;
        }
        return out;
    }

    private static Token top(Deps d, Token anchor) {
        Token cur = anchor;
        for (int guard = 0; guard < 6; guard++) {
            Token h = d.parent(cur);
            if (h == null || !(cur.deprel().equals("xcomp") || cur.deprel().equals("ccomp") && d.infinitive(cur))) break;
            cur = h;
        }
        return cur;
    }

    private void applyNoun(Analysis a, Deps d, Token noun, Certainty[] cert, List<String> notes) {
        ReportingLexicon.Entry en = lexicon.get("noun", Deps.lemma(noun));
        if (en != null) cert[0] = weaker(cert[0], en.certainty());
        for (Token m : d.children(noun)) {
            ReportingLexicon.Entry mod = lexicon.get("modifier", Deps.lemma(m));
            if (mod == null) mod = lexicon.get("modifier", m.word().toLowerCase(Locale.ROOT));
            if (mod != null) {
                cert[0] = weaker(cert[0], mod.certainty());
                notes.add("'" + m.word() + " " + noun.word() + "' " + mod.where());
            }
        }
    }

    private void addClaimant(Analysis a, Deps d, Token subj, List<String> chain, Certainty[] cert, List<String> notes) {
        if (subj == null) return;
        String n = name(a, d, subj);
        if (n != null && !n.isBlank()) chain.add(n);
    }

    private static TimeSpan timeOf(Analysis a, Deps d, Token verb) {
        Anchored<TimeSpan> t = TimeRoles.claimTime(a.doc(), verb.index(), a.times());
        return t == null ? null : t.value();
    }

    /**
     * A readable claimant name for a subject phrase: a person's name if it holds one, an acronym in parentheses
     * ("(ISW)"), an earlier fuller mention for "the sources", a person for "he"/"she", else the phrase without
     * determiners and clauses.
     */
    static String name(Analysis a, Deps d, Token head) {
        Doc doc = a.doc();
        String w = head.word().toLowerCase(Locale.ROOT);
        if (head.pos().startsWith("PRP")) {
            if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her")) {
                String sp = lastSpeakerBefore(a, d, head);
                if (sp != null) return sp;
                Mention p = lastPersonBefore(doc, head.span().begin());
                return p == null ? head.word() : p.text();
            }
            return null;
        }
        List<Token> phrase = new ArrayList<>();
        for (Token t : d.phrase(head)) {
            String r = t.deprel();
            if (t != head && (r.equals("det") || r.equals("appos") || r.equals("case") || r.equals("fixed") || r.startsWith("nmod:poss") && t.pos().startsWith("PRP"))) continue;
            phrase.add(t);
        }
        for (Mention m : doc.entities()) {
            if (!m.label().equals("PERSON")) continue;
            for (Token t : phrase) if (m.containsToken(t.index())) return m.text();
        }
        for (Token t : phrase) {
            if (t.word().length() >= 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT)) && t.word().matches("[A-Z]+")
                    && t.index() > 0 && doc.token(t.index() - 1).word().equals("(")) {
                return t.word();
            }
        }
        phrase.removeIf(t -> t.deprel().equals("punct") || t.deprel().equals("det") || t.word().equals("(") || t.word().equals(")"));
        if (phrase.isEmpty()) return head.word();
        int b = Integer.MAX_VALUE, e = 0;
        for (Token t : phrase) {
            b = Math.min(b, t.span().begin());
            e = Math.max(e, t.span().end());
        }
        String text = doc.text().substring(b, e).replaceAll("\\s+", " ").strip();
        int comma = text.indexOf(',');
        if (comma > 0) text = text.substring(0, comma);
        if (phrase.size() == 1 && head.isNoun() && !head.isProperNoun()) {
            // "his office said": the office of the person the pronoun stands for
            Token poss = first(d.children(head, "nmod:poss"));
            String pw = poss == null ? "" : poss.word().toLowerCase(Locale.ROOT);
            if (pw.equals("his") || pw.equals("her")) {
                String sp = lastSpeakerBefore(a, d, poss);
                Mention person = sp != null ? null : lastPersonBefore(doc, poss.span().begin());
                String who = sp != null ? sp : person == null ? null : person.text();
                if (who != null) return who + "'s " + head.word();
            }
            String fuller = earlierFullerMention(doc, head);
            if (fuller != null) return fuller;
        }
        return text;
    }

    /** "the sources" after "Reuters sources": the last capitalised phrase ending in the same word. */
    private static String earlierFullerMention(Doc doc, Token head) {
        String before = doc.text().substring(0, doc.sentenceOf(head).span().begin());
        Matcher m = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*\\s+)+)" + Pattern.quote(head.word()) + "\\b").matcher(before);
        String last = null;
        while (m.find()) last = (m.group(1) + head.word()).strip();
        if (last != null && last.split("\\s+").length <= 4) return last.replaceFirst("^(The|A|An)\\s+", "");
        return null;
    }

    /** The last named person who said something before {@code pronoun} (the subject of a reporting verb). */
    private static String lastSpeakerBefore(Analysis a, Deps d, Token pronoun) {
        Doc doc = a.doc();
        ReportingLexicon lex = ReportingLexicon.bundled();
        for (int i = pronoun.index() - 1; i >= 0 && i > pronoun.index() - 400; i--) {
            Token v = doc.token(i);
            if (!v.isVerb() || lex.get("verb", Deps.lemma(v)) == null) continue;
            for (Token s : d.children(v, "nsubj")) {
                for (Token p : d.phrase(s)) {
                    for (Mention m : doc.entities()) {
                        if (m.label().equals("PERSON") && m.containsToken(p.index())) return m.text();
                    }
                }
            }
        }
        return null;
    }

    static Mention lastPersonBefore(Doc doc, int offset) {
        Mention best = null;
        for (Mention m : doc.entities()) {
            // a name, not a pronoun some tagger marked as a person
            if (m.label().equals("PERSON") && m.span().end() <= offset && !doc.token(m.firstToken()).pos().startsWith("PRP")) best = m;
        }
        return best;
    }

    private static Token first(List<Token> l) { return l.isEmpty() ? null : l.get(0); }

    /** The weaker of two certainties: denied, unverified, alleged, reported, asserted (strongest). */
    public static Certainty weaker(Certainty a, Certainty b) { return a.weakness() >= b.weakness() ? a : b; }
}
