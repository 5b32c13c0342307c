// Writes the offline basemap the server falls back to: Natural Earth country outlines (1:50m, from the world-atlas
// package's TopoJSON) as GeoJSON with coordinates rounded to 0.001 degree. Usage: node scripts/basemap.mjs <out-dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/basemap.mjs <out-dir>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries);

const round = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000] : c.map(round));
const features = countries.features.map((f) => ({
  type: 'Feature',
  id: f.id ?? null,
  properties: { name: f.properties?.name ?? null },
  geometry: f.geometry && { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
mkdirSync(out, { recursive: true });
const file = join(out, 'countries.geojson');
writeFileSync(file, JSON.stringify({
  type: 'FeatureCollection',
  attribution: 'Made with Natural Earth (public domain), via the world-atlas package',
  features,
}));
console.log(`basemap: ${features.length} countries -> ${file}`);
