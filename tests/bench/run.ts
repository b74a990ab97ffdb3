/**
 * `npm run bench`: speed and size figures with their budgets. Prints a table; exits 1 when a budget is missed.
 * Figures, not tests: they depend on the machine, so they live here and in the closing notes, not in assertions.
 * RIAN_BENCH_ONLY=classroom,events runs only the named benches.
 */
import { benchCertificates } from './certificates.ts';
import { benchClassroom } from './classroom.ts';
import { benchEvents } from './events.ts';
import { benchRecords } from './records.ts';
import { benchRenderer } from './renderer.ts';
import { benchSearch } from './search.ts';

export type Figure = { name: string; value: number; unit: string; budget: number; better: 'lower' | 'higher' };

const BENCHES: Record<string, () => Figure[] | Promise<Figure[]>> = {
  renderer: benchRenderer,
  events: benchEvents,
  search: benchSearch,
  certificates: benchCertificates,
  records: benchRecords,
  classroom: benchClassroom,
};

function chosenBenches(only: string | undefined): string[] {
  const names =
    only
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean) ?? Object.keys(BENCHES);
  const unknown = names.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) {
    throw new Error(
      `RIAN_BENCH_ONLY: no bench named ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`,
    );
  }
  return names;
}

// One after another: each bench times its own work, so two at once would blur both.
const figures: Figure[] = [];
for (const name of chosenBenches(process.env.RIAN_BENCH_ONLY)) figures.push(...(await BENCHES[name]!()));

const width = Math.max(...figures.map((f) => f.name.length));
let missed = 0;
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(12)}  ${'budget'.padStart(14)}  verdict`);
for (const f of figures) {
  const ok = f.better === 'lower' ? f.value <= f.budget : f.value >= f.budget;
  if (!ok) missed++;
  const budget = `${f.better === 'lower' ? '≤' : '≥'} ${f.budget.toLocaleString('en')} ${f.unit}`;
  const value = `${f.value.toLocaleString('en', { maximumFractionDigits: 2 })} ${f.unit}`;
  console.log(`${f.name.padEnd(width)}  ${value.padStart(12)}  ${budget.padStart(14)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
console.log(missed === 0 ? '\nAll figures within budget.' : `\n${missed} figure(s) over budget.`);
process.exitCode = missed === 0 ? 0 : 1;
