#!/usr/bin/env python3
"""Build Sitrep's table of finer divisions (sitrep-core/src/main/resources/sitrep/gazetteer/ne-divisions.tsv).

Input: the bundled Natural Earth 1:10m admin-1 polygons (public domain, naturalearthdata.com),
sitrep-core/src/main/resources/sitrep/basemap/admin1.geojson.gz (properties name, iso_a2, adm1_code,
iso_3166_2), and the bundled GeoNames table sitrep-core/src/main/resources/sitrep/gazetteer/geonames.tsv.gz.

For several countries Natural Earth's "admin-1" units are finer than GeoNames' first-level divisions (ADM1):
English counties and unitary authorities, Scottish council areas, Philippine provinces, Italian and French
provinces/departments, Ugandan districts, the former provinces of the DR Congo, Norway's former counties. This
script keeps the units GeoNames ADM1 lacks, so that "Surrey", "Fife" or "Nueva Ecija" are found as divisions.

Only countries whose Natural Earth units differ in grain from GeoNames ADM1 are taken: finer (at least 1.5
times as many units: GB, FR, IT, PH, UG, NO, IE, ...) or coarser, i.e. former divisions GeoNames has replaced
(at most two thirds as many and at least three units: the old provinces of Kenya and the DR Congo, Ghana's ten
regions). Elsewhere Natural Earth's units are GeoNames' ADM1 under other spellings, and copies would only add
noise. Within those countries a unit is skipped when
  * a GeoNames ADM1 of the same country has the same name key (its name or any alternate name, with or
    without a kind word such as "Province"): GeoNames already has it;
  * GeoNames has a country or territory of that name (Natural Earth files Martinique under France);
  * a GeoNames populated place of the same country with the same name key (name or alternate name) lies inside
    the unit: the unit is named after its town ("Leeds", "Bristol"), and the town is what a bare name means;
  * its name is a bare compass or generic word ("Central", "Western", "Coast", "City", "Down") or has three
    letters or fewer ("Ain", "Var", "Lot"), which would match far too much text; former divisions with such
    names are kept under their full name ("North Eastern Province" of Kenya).

Each kept unit becomes one ADM2 place:
  * point: the area-weighted centroid of its largest polygon; if that falls outside the polygon (crescent
    shapes), the middle of the widest inside stretch of the polygon along the centroid's latitude;
  * radius: the radius of a disc of the unit's total area (all polygons), at least 5 km;
  * admin1_code: the GeoNames admin1 code most of the GeoNames populated places inside the unit carry (empty
    if none lies inside);
  * population 0 (unknown): the name alone does not outrank a town of the same name, the story's focus does.
Ids are ne:<adm1_code> (Natural Earth's unit code, e.g. ne:GBR-2074).

Output: the supplement.tsv format (slug, name, alternate names, lat, lon, feature_code, country, admin1_code,
radius_km, population, note).

Usage (rerunnable, no download needed):
  python3 tools/gazetteer/build_ne_divisions.py \
      --admin1 sitrep-core/src/main/resources/sitrep/basemap/admin1.geojson.gz \
      --geonames sitrep-core/src/main/resources/sitrep/gazetteer/geonames.tsv.gz \
      --out sitrep-core/src/main/resources/sitrep/gazetteer/ne-divisions.tsv
"""
import argparse
import gzip
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict

ARTICLES = {"al", "el", "as", "ar", "an", "ad", "at", "az", "ash", "adh", "ath", "es", "ez", "en", "ed", "et",
            "er", "ul", "us", "ud"}
GENERIC = {"central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "coast",
           "city", "north eastern", "north western", "south eastern", "south western", "capital", "islands", "down",
           "outer", "inner", "upper", "lower"}
KIND = re.compile(r"(?i)\s+(oblast|province|governorate|region|district|state|prefecture|voivodeship|krai|county|"
                  r"parish|department|departement|municipality|city)$")
KIND_FIRST = re.compile(r"(?i)^(province of|provincia de|provincia di|city of|county of|departement de|"
                        r"département de|district of)\s+")


def key(name):
    """A close approximation of org.sitrep.extract.places.NameKey, enough to tell two spellings apart."""
    s = unicodedata.normalize("NFD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[ʿʾ’‘'`´ʻʼ\"]", "", s)
    parts = [p for p in re.split(r"[\s\-‐‑–—_.,/()\[\]]+", s) if p]
    out = []
    for i, p in enumerate(parts):
        if i < len(parts) - 1 and p in ARTICLES:
            continue
        p = p.replace("ou", "u")
        p = re.sub(r"([a-z])\1+", r"\1", p)
        out.append(p)
    return " ".join(out)


GENERIC_KEYS = {key(g) for g in GENERIC}
# what the former divisions were called, for those with a bare compass name ("Central", "North-Eastern")
KIND_WORD = {"KE": "Province", "CD": "Province", "GH": "Region"}


def keys(name):
    """The name's key with and without a leading or trailing kind word."""
    ks = {key(name)}
    ks.add(key(KIND.sub("", name)))
    ks.add(key(KIND_FIRST.sub("", name)))
    return {k for k in ks if k}


def rings_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def planar(ring, lat0):
    """Ring in km on a local equirectangular projection around latitude lat0."""
    kx = 111.32 * math.cos(math.radians(lat0))
    return [(x * kx, y * 110.57) for x, y in ring]


def signed_area(pts):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        a += x1 * y2 - x2 * y1
    return a / 2


def poly_area(poly):
    """Area in km² of a polygon (outer ring minus holes)."""
    lat0 = sum(y for _, y in poly[0]) / len(poly[0])
    a = abs(signed_area(planar(poly[0], lat0)))
    for hole in poly[1:]:
        a -= abs(signed_area(planar(hole, lat0)))
    return max(a, 0.0)


def centroid(ring):
    """Area-weighted centroid of a ring, in lon/lat (fine at the scale of a division)."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    if abs(a) < 1e-12:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return cx / (3 * a), cy / (3 * a)


def in_ring(x, y, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def in_poly(x, y, poly):
    return in_ring(x, y, poly[0]) and not any(in_ring(x, y, h) for h in poly[1:])


def interior_point(poly):
    """The centroid of the outer ring, or the middle of the widest inside stretch along its latitude."""
    x, y = centroid(poly[0])
    if in_poly(x, y, poly):
        return x, y
    xs = []
    for ring in poly:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y):
                xs.append((x2 - x1) * (y - y1) / (y2 - y1) + x1)
    xs.sort()
    best = None
    for a, b in zip(xs[0::2], xs[1::2]):
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    if best is None:
        return poly[0][0][0], poly[0][0][1]
    return (best[0] + best[1]) / 2, y


def bbox(poly):
    xs = [p[0] for p in poly[0]]
    ys = [p[1] for p in poly[0]]
    return min(xs), min(ys), max(xs), max(ys)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--geonames", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    adm1_keys = defaultdict(set)            # country -> name keys of its GeoNames ADM1
    country_keys = set()                    # name keys of GeoNames countries and territories
    towns = defaultdict(list)               # country -> (lon, lat, admin1 code, key)
    with gzip.open(a.geonames, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 8:
                continue
            names = [c[1]] + ([n for n in c[8].split("|") if n] if len(c) > 8 else [])
            if c[4] == "ADM1":
                for n in names:
                    adm1_keys[c[5]] |= keys(n)
            elif c[4].startswith("PCL"):
                for n in names:
                    country_keys.add(key(n))
            elif c[4].startswith("PPL"):
                ks = set()
                for n in names:
                    ks.add(key(n))
                towns[c[5]].append((float(c[3]), float(c[2]), c[6], ks))

    with gzip.open(a.admin1, "rt", encoding="utf-8") as f:
        features = json.load(f)["features"]
    ne_count = Counter(ft["properties"].get("iso_a2") for ft in features)
    adm1_count = Counter()
    with gzip.open(a.geonames, "rt", encoding="utf-8") as f:
        for line in f:
            c = line.split("\t", 6)
            if len(c) > 5 and c[4] == "ADM1":
                adm1_count[c[5]] += 1

    def other_grain(cc):
        n, g = ne_count[cc], adm1_count[cc]
        return g > 0 and (n >= 1.5 * g or (n * 3 <= g * 2 and n >= 3))

    rows = []
    skipped_known = skipped_town = 0
    for ft in features:
        p = ft["properties"]
        cc, name, code = p.get("iso_a2"), (p.get("name") or "").strip(), p.get("adm1_code")
        if not name or not cc or len(cc) != 2 or not code or ft.get("geometry") is None:
            continue
        if not other_grain(cc) or len(key(name)) <= 3:
            continue
        if key(name) in GENERIC_KEYS:
            if cc not in KIND_WORD:
                continue
            name = name.replace("-", " ") + " " + KIND_WORD[cc]     # Kenya's "North Eastern Province"
        polys = rings_of(ft["geometry"])
        if not polys:
            continue
        nk = keys(name)
        if nk & adm1_keys[cc] or nk & country_keys:
            skipped_known += 1
            continue
        inside = []
        for poly in polys:
            x0, y0, x1, y1 = bbox(poly)
            for t in towns[cc]:
                if x0 <= t[0] <= x1 and y0 <= t[1] <= y1 and in_poly(t[0], t[1], poly):
                    inside.append(t)
        if any(t[3] & nk for t in inside):
            skipped_town += 1
            continue
        largest = max(polys, key=poly_area)
        x, y = interior_point(largest)
        area = sum(poly_area(q) for q in polys)
        radius = max(5.0, math.sqrt(area / math.pi))
        a1 = Counter(t[2] for t in inside if t[2]).most_common(1)
        a1 = a1[0][0] if a1 else ""
        alts = []
        if "-" in name:
            alts.append(name.replace("-", " "))
        short = re.sub(r" Islands?$", "", name)
        if short != name and len(short) > 3 and key(short) not in GENERIC_KEYS:
            alts.append(short)                      # "Orkney" for "Orkney Islands"
        rows.append((code, name, "|".join(alts), round(y, 4), round(x, 4), "ADM2", cc, a1, round(radius, 1), 0,
                     "Natural Earth admin-1 unit " + (p.get("iso_3166_2") or code)))

    rows.sort(key=lambda r: (r[6], r[1]))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Second-level divisions GeoNames' first-level divisions lack (English counties and unitary\n"
                  "# authorities, Scottish council areas, Philippine provinces, Italian provinces, ...), derived from the\n"
                  "# Natural Earth 1:10m admin-1 polygons (public domain, naturalearthdata.com) by\n"
                  "# tools/gazetteer/build_ne_divisions.py: point = interior point of the largest polygon, radius = radius\n"
                  "# of a disc of the unit's area. Same columns as supplement.tsv; ids ne:<Natural Earth adm1_code>.\n")
        out.write("# columns: slug\tname\talternate_names(|)\tlat\tlon\tfeature_code\tcountry\tadmin1_code\tradius_km\t"
                  "population\tnote\n")
        for r in rows:
            out.write("\t".join(str(v) for v in ("ne:" + r[0],) + r[1:]) + "\n")
    print(f"{len(rows)} units written, {skipped_known} known to GeoNames ADM1, {skipped_town} named after a town inside")


if __name__ == "__main__":
    main()
