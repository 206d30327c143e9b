// `npm run geoparse:eval`: precision, recall and the share placed correctly on the gold set, per text
// and in total; with --verbose, what was missed, wrongly found or misplaced.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { evaluateGold, GOLD_DIR, totals } from './evaluateGold';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

for (const [label, dir] of [
  ['gold set (written before the parser)', GOLD_DIR],
  ['unseen texts (written after it, never tuned on)', join(GOLD_DIR, 'unseen')],
] as const) {
  if (!existsSync(dir)) continue;
  const results = evaluateGold(dir);
  if (!results.length) continue;
  console.log(`\n${label}`);
  for (const { file, score } of results) {
    const t = totals([score]);
    console.log(
      `  ${file.padEnd(34)} precision ${pct(t.precision).padStart(7)}  recall ${pct(t.recall).padStart(7)}  placed ${pct(t.placed).padStart(7)}  (${score.required} required)`,
    );
    if (verbose) {
      for (const m of score.misses) console.log(`      missed     ${m}`);
      for (const m of score.wrong) console.log(`      not gold   ${m}`);
      for (const m of score.misplaced) console.log(`      misplaced  ${m}`);
    }
  }
  const t = totals(results.map((r) => r.score));
  console.log(
    `  ${'TOTAL'.padEnd(34)} precision ${pct(t.precision).padStart(7)}  recall ${pct(t.recall).padStart(7)}  placed ${pct(t.placed).padStart(7)}  (${t.required} required)`,
  );
}
