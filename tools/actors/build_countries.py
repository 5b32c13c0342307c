#!/usr/bin/env python3
"""Builds sitrep-core/src/main/resources/sitrep/actors/countries.tsv.

Facts are read from three reference files (see the ATTRIBUTION section of
sitrep-core/src/main/resources/sitrep/actors/README.md):

  * GeoNames countryInfo.txt           -> master list: ISO-2, ISO-3, English name, capital
  * wikipedia-iso-country-codes.txt    -> ISO 3166 short name, added as an alias ("Iran, Islamic Republic of"
                                          is turned around into "Islamic Republic of Iran")
  * CountryInfo.120116.txt (Schrodt)   -> adjectival forms (<Nationality>), capital spellings (<Capital>),
                                          and whether the entity is a state (a Correlates-of-War code)

and combined with our own hand-curated choices in tools/actors/country_extras.tsv (Kremlin, Türkiye, ...).

Rules:
  * adjectives: the first <Nationality> entry if it looks like an English adjective or demonym (suffix -an, -ese,
    -ish, -i, -ch, -ic, -er, ...); a plural in -s is added for -an/-i forms (later entries are mostly
    misspellings and foreign-language forms and are not used).
    An adjective claimed by two countries (Guinean, Congolese, Korean ...) is dropped unless an extras line
    names it.
  * metonyms: the capital (all CountryInfo spellings) for states only (COW code present or "sovereign" flag),
    unless it equals the country name, is the capital of two entries, or the extras flag it "nocapital";
    plus the extras' metonyms.

Usage: python3 tools/actors/build_countries.py [SHARED_EVAL_DIR] [OUT_FILE]
Defaults: ../shared/eval found beside the repository (or $SITREP_SHARED/eval), and the bundled countries.tsv.
"""
import csv
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def find_eval():
    """../shared/eval beside the repository (walking up, like org.sitrep.testing.Shared), or $SITREP_SHARED/eval."""
    if os.environ.get('SITREP_SHARED'):
        return os.path.join(os.environ['SITREP_SHARED'], 'eval')
    p = REPO
    while p != os.path.dirname(p):
        c = os.path.join(os.path.dirname(p), 'shared', 'eval')
        if os.path.isdir(c):
            return c
        p = os.path.dirname(p)
    sys.exit('cannot find ../shared/eval; pass it as the first argument')


EVAL = sys.argv[1] if len(sys.argv) > 1 else find_eval()
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    REPO, 'sitrep-core', 'src', 'main', 'resources', 'sitrep', 'actors', 'countries.tsv')

ADJ_SUFFIXES = ('AN', 'ESE', 'ISH', 'I', 'CH', 'IC', 'ER', 'OT', 'SH', 'SE', 'ENE', 'INE', 'ITE', 'ANI')
# withdrawn ISO 3166 codes still listed by GeoNames
WITHDRAWN = {'SCG', 'ANT'}
SMALL = {'of', 'the', 'and', 'da', 'de', 'du', 'la', 'le', 'al', 'el', 'et', 'von', 'van', 'y'}


def title(s):
    """CountryInfo upper-case tokens with '_' -> 'Title Case' with spaces."""
    s = s.strip().strip('_').replace('_', ' ')
    out = []
    for i, w in enumerate(s.split()):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif '.' in w and len(w) <= 6:
            out.append(w.upper())
        else:
            out.append('-'.join(p[:1].upper() + p[1:] for p in lw.split('-')))
    return ' '.join(out)


def read_geonames():
    rows = []
    with open(os.path.join(EVAL, 'geonames-country-ref', 'countryInfo.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t')
            if c[0] == 'ISO':
                continue
            rows.append({'iso2': c[0], 'iso3': c[1], 'name': c[4].strip(), 'capital': c[5].strip()})
    return rows


def read_wikipedia():
    names = {}
    with open(os.path.join(EVAL, 'geonames-country-ref', 'wikipedia-iso-country-codes.txt'), encoding='utf-8') as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            name, iso3 = row[0].strip(), row[2].strip()
            if ', ' in name:  # "Korea, Republic of" -> "Republic of Korea"
                head, tail = name.split(', ', 1)
                name = tail + ' ' + head if tail.endswith(' of') or tail.endswith(' the') else None
            if name:
                names[iso3] = name
    return names


def read_countryinfo():
    raw = open(os.path.join(EVAL, 'countryinfo', 'CountryInfo.120116.txt'), 'rb').read().decode('latin-1')
    out = {}
    for b in re.findall(r'<Country>(.*?)</Country>', raw, re.S):
        m = re.search(r'<ISO3166-alpha3>\s*([A-Z]{3})\s*<', b)
        if not m:
            continue

        def field(tag):
            f = re.search('<' + tag + r'>(.*?)</' + tag + '>', b, re.S)
            if not f:
                return []
            vals = []
            for line in f.group(1).splitlines():
                line = line.split('#', 1)[0].strip()
                if line:
                    vals.append(line)
            return vals

        cow = re.search(r'<COW-Numeric>\s*(\d+)\s*<', b)
        out.setdefault(m.group(1), {
            'name': title(re.search(r'<CountryName>(.*?)<', b).group(1)),
            'nationality': field('Nationality'),
            'capital': field('Capital'),
            'state': bool(cow and int(cow.group(1)) > 0),
        })
    return out


def read_extras():
    extras = {}
    with open(os.path.join(HERE, 'country_extras.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t') + [''] * 5
            split = lambda s: [x for x in s.split('|') if x]
            extras[c[0]] = {'aliases': split(c[1]), 'adjectives': split(c[2]), 'metonyms': split(c[3]),
                            'flags': set(c[4].split(','))}
    return extras


def uniq(xs):
    seen, out = set(), []
    for x in xs:
        k = x.lower()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def main():
    geo, wiki, info, extras = read_geonames(), read_wikipedia(), read_countryinfo(), read_extras()
    rows = []
    geo = [g for g in geo if g['iso3'] not in WITHDRAWN]
    geo_names = {g['name'].lower(): g['iso3'] for g in geo}
    empty = {'name': '', 'nationality': [], 'capital': [], 'state': False}
    for g in geo:
        iso3 = g['iso3']
        ci = info.get(iso3, empty)
        if geo_names.get(ci['name'].lower(), iso3) != iso3:
            ci = empty  # a CountryInfo block filed under the wrong code (its name is another country's): ignore
        ex = extras.get(iso3, {'aliases': [], 'adjectives': [], 'metonyms': [], 'flags': set()})
        aliases = uniq([a for a in [wiki.get(iso3), ci['name']] + ex['aliases'] if a and a != g['name']])
        adjectives = []
        if 'noadj' not in ex['flags']:
            # the first <Nationality> form is the usual English adjective; later ones are mostly misspellings
            for n in ci['nationality'][:1]:
                a = title(n)
                if a.upper().endswith(ADJ_SUFFIXES) and '(' not in a and ',' not in a:
                    adjectives.append(a)
                    if a.endswith(('an', 'i')):
                        adjectives.append(a + 's')
        capitals = uniq([g['capital']] + [title(c) for c in ci['capital'] if not c.startswith('#')])
        capitals = [c for c in capitals if c and '.' not in c]
        rows.append({'iso3': iso3, 'iso2': g['iso2'], 'name': g['name'], 'aliases': aliases,
                     'adjectives': adjectives, 'extra_adj': ex['adjectives'], 'capital': g['capital'],
                     'capitals': capitals, 'extra_met': ex['metonyms'], 'flags': ex['flags'],
                     'state': ci['state'] or 'sovereign' in ex['flags']})
    # ambiguity: adjectives / capitals claimed by more than one entry are dropped (extras win)
    adj_owner, cap_owner = defaultdict(set), defaultdict(set)
    for r in rows:
        for a in r['adjectives']:
            adj_owner[a.lower()].add(r['iso3'])
        for c in r['capitals']:
            cap_owner[c.lower()].add(r['iso3'])
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# Countries: one line per ISO 3166 entry. Generated by tools/actors/build_countries.py from GeoNames,\n'
                  '# the ISO 3166 code list and CountryInfo.txt (facts only, see README.md ATTRIBUTION) plus our\n'
                  '# tools/actors/country_extras.tsv. Edit the extras and re-run rather than editing by hand; users put\n'
                  '# corrections in their override dir (a later line with the same iso3 replaces this one).\n'
                  '# Columns (tab-separated; lists are |-separated):\n'
                  '#   iso3       ISO 3166-1 alpha-3 code (the country code used in actor codes)\n'
                  '#   iso2       ISO 3166-1 alpha-2 code\n'
                  '#   name       canonical English name\n'
                  '#   aliases    other names of the country (matched as COUNTRY)\n'
                  '#   adjectives adjectives and demonyms (matched as ADJECTIVE: "Russian", "Turks")\n'
                  '#   capital    the capital city (fact; informational)\n'
                  '#   metonyms   names used for the government (matched as METONYM: "Moscow", "the Kremlin")\n'
                  '# iso3\tiso2\tname\taliases\tadjectives\tcapital\tmetonyms\n')
        for r in rows:
            adjs = [a for a in r['adjectives'] if len(adj_owner[a.lower()]) == 1]
            adjs = uniq(r['extra_adj'] + adjs)
            mets = []
            if r['state'] and 'nocapital' not in r['flags']:
                mets = [c for c in r['capitals'] if len(cap_owner[c.lower()]) == 1
                        and c.lower() != r['name'].lower() and c.lower() not in (a.lower() for a in r['aliases'])]
            mets = uniq(r['extra_met'] + mets)
            out.write('\t'.join([r['iso3'], r['iso2'], r['name'], '|'.join(r['aliases']), '|'.join(adjs),
                                 r['capital'], '|'.join(mets)]) + '\n')
    print('wrote %d countries to %s' % (len(rows), OUT))


if __name__ == '__main__':
    main()
