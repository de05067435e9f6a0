// Timing of social preview cards: 200 cards cold (rasterised) and warm (copied from the cache).
// Run: npx tsx test/images/og-bench.ts
import { prepareImages } from '../../scripts/site/images.ts';
import { cardSvg, eventCard } from '../../scripts/site/preview-cards.ts';
import sharp from 'sharp';
import { mkdtempSync, rmSync } from 'node:fs';
const words = 'council harbour bridge reopens minister visit strike talks region border army police protest election court ruling'.split(' ');
let seed = 1; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const title = (n: number) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
const actors = Array.from({ length: 80 }, (_, i) => ({ id: 'a' + i, name: title(2) + ' ' + i, type: (['person', 'organization', 'place'] as const)[i % 3], aliases: [], mentions: [{ source: 's' + (i % 7), count: i % 5 + 1 }], url_path: `/actors/a${i}/`, roles: [], description: null, affiliations: [], portrait: null, evidence: [] }));
const events = Array.from({ length: 120 }, (_, i) => ({ id: 'e' + i, date: `2021-0${1 + (i % 9)}-1${i % 10}`, precision: 'day', type: 'attack', title: title(4 + (i % 9)) + ' ' + i, actors: [], places: [], sources: ['s1', 's2'], independent_reports: 1 + (i % 2), url_path: `/events/e${i}/`, accounts: [] }));
const dossier = { sources: [], actors, events, claims: [], discrepancies: [] } as any;
// warm-up sharp/fontconfig
await sharp(Buffer.from(cardSvg(eventCard(events[0] as any)))).png().toBuffer();
const cache = mkdtempSync('/tmp/ogb-c');
for (const label of ['cold', 'warm']) {
  const out = mkdtempSync('/tmp/ogb-o');
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await prepareImages({ dossier, extractions: [], sourcesDir: '/tmp', curationDir: null, outDir: out, cacheDir: cache });
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${label}: ${Object.keys(r.og).length} cards, wall ${ms.toFixed(0)} ms (${(ms / 200).toFixed(2)} ms/card), cpu ${(cpuMs / 200).toFixed(2)} ms/card, warnings ${r.warnings.length}`);
  rmSync(out, { recursive: true });
}
const { execSync } = await import('node:child_process');
console.log(execSync(`du -sh ${cache}/og; ls ${cache}/og | head -2`).toString());
for (const t of ['plain title here', 'عربي نص هنا', '\u{1F600}\u{1F4A9} emoji', '\u0378\u0379\uE000\u{10FFFD} junk', '漢字かな混じり文']) {
  const svg = cardSvg(eventCard({ ...events[0], title: t } as any));
  const t0 = performance.now(); await sharp(Buffer.from(svg)).png().toBuffer(); console.log(JSON.stringify(t), (performance.now() - t0).toFixed(0), 'ms');
}
rmSync(cache, { recursive: true });
