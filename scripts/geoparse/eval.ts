// `npm run geoparse:eval`: precision, recall and the share placed correctly on the gold set and the
// unseen texts, per text and in total, and how right the proposals were at each confidence: at 0.8 or
// more (calibrated to be right 95 times in 100) and under 0.5 (flagged). With --verbose, what was
// missed, wrongly found or misplaced.
import { existsSync } from 'node:fs';
import { evaluateGold, GOLD_SETS, totals } from './evaluateGold';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);

for (const { label, dir } of GOLD_SETS) {
  if (!existsSync(dir)) continue;
  const results = evaluateGold(dir);
  if (!results.length) continue;
  console.log(`\n${label}`);
  const line = (name: string, scores: typeof results) => {
    const t = totals(scores.map((r) => r.score));
    console.log(
      `  ${name.padEnd(30)} precision ${pct(t.precision)}  recall ${pct(t.recall)}  placed ${pct(t.placed)}` +
        `  ≥0.8 right ${pct(t.highAccuracy)} of ${String(t.high).padStart(3)}` +
        `  <0.5 flagged ${String(t.low).padStart(2)}  (${t.required} required)`,
    );
  };
  for (const r of results) {
    line(r.file, [r]);
    if (verbose) {
      for (const m of r.score.misses) console.log(`      missed     ${m}`);
      for (const m of r.score.wrong) console.log(`      not gold   ${m}`);
      for (const m of r.score.misplaced) console.log(`      misplaced  ${m}`);
    }
  }
  line('TOTAL', results);
}
