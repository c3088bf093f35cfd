#!/usr/bin/env node
// npm run bench [-- --sizes 1000,10000,100000 --runs 3 --tests]
// Times whole processes (wall time and peak RSS through GNU time) of the report's commands and of
// their floors (the bare libraries on the same data), prints each budget as a ratio measured in the
// same run, and writes bench/results.md. Tests never do this.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, runs: { type: 'string', default: '3' }, tests: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);
const DATA = join('bench', 'data');
const OUT = join(DATA, 'out');
mkdirSync(OUT, { recursive: true });

/** One whole process: wall seconds and peak RSS in MB. */
function measure(cmd, args) {
  if (!haveTime) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, mb: NaN };
  }
  const r = spawnSync(TIME, ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, mb: kb / 1024 };
}

const rows = [];
/** Median of `runs` whole processes; the floor and the command are run in turns, so drift hits both. */
function repeat(label, cmd, args, runs = RUNS) {
  const samples = Array.from({ length: runs }, () => measure(cmd, args));
  return summarise(label, samples);
}
function summarise(label, samples) {
  const times = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const mbs = samples.map((s) => s.mb).sort((a, b) => a - b);
  const row = { label, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], mb: mbs[Math.floor(mbs.length / 2)] };
  console.log(`${label.padEnd(52)} ${row.median.toFixed(2).padStart(6)} s  (${row.min.toFixed(2)}–${row.max.toFixed(2)})  ${row.mb.toFixed(0).padStart(5)} MB`);
  rows.push(row);
  return row;
}
/** A command and its floor measured alternately, `runs` times each. */
function against(label, floorLabel, cmd, args, floorCmd, floorArgs, runs = RUNS) {
  const mine = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    floor.push(measure(floorCmd, floorArgs));
    mine.push(measure(cmd, args));
  }
  return [summarise(floorLabel, floor), summarise(label, mine)];
}

const node = process.execPath;
const report = (...args) => [join('bin', 'report.js'), ...args];
const budgets = [];
const budget = (what, measured, ok) => budgets.push({ what, measured, ok });
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

console.log('start-up');
const bareNode = repeat('node -e 0', node, ['-e', '0'], 5);
const help = repeat('report --help', node, report('--help'), 5);
const validateExample = repeat('report validate examples/tra-vinh-so-ket-2023', node, report('validate', 'examples/tra-vinh-so-ket-2023'), 5);
budget('`report --help` within 0.1 s of `node -e 0`', `+${(help.median - bareNode.median).toFixed(2)} s`, help.median - bareNode.median <= 0.1);
budget('`report validate` of an example within 0.3 s of `node -e 0`', `+${(validateExample.median - bareNode.median).toFixed(2)} s`, validateExample.median - bareNode.median <= 0.3);

console.log('\none report');
const examples = readdirSync('examples', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const builds = examples.map((e) => repeat(`report build examples/${e}`, node, report('build', join('examples', e), '-o', join(OUT, e)), 5));
const slowest = Math.max(...builds.map((b) => b.median));
budget('`report build` of each example ≤ 0.5 s (whole process)', `${Math.min(...builds.map((b) => b.median)).toFixed(2)}–${slowest.toFixed(2)} s`, slowest <= 0.5);

console.log('\nmany reports');
const hundred = join(DATA, 'hundred');
if (!existsSync(join(hundred, 'don-vi-100'))) for (let i = 1; i <= 100; i++) cpSync(join('examples', 'tra-vinh-so-ket-2023'), join(hundred, `don-vi-${i}`), { recursive: true, filter: (src) => !src.includes(`${join('tra-vinh-so-ket-2023', 'out')}`) });
const many = repeat('report build of 100 folders in one run', node, report('build', join(hundred, '*'), '-o', join(OUT, 'hundred')), Math.min(RUNS, 3));
budget('100 copies of an example in one `report build` run ≤ 10 s', `${many.median.toFixed(2)} s`, many.median <= 10);

for (const n of sizes) {
  const dir = join(DATA, String(n));
  if (!existsSync(join(dir, 'report.yaml'))) execFileSync(node, ['bench/generate.js', '--awards', String(n), '--out', dir, '--seed', '1']);
  console.log(`\n${n} awards`);
  const [validateFloor, validate] = against(`report validate (${n})`, `floor: bare js-yaml load (${n})`, node, report('validate', dir), node, ['bench/floor-validate.mjs', dir]);
  const [exportFloor, exported] = against(
    `report export awards (${n})`,
    `floor: js-yaml load + exceljs streaming writer (${n})`,
    node,
    report('export', 'awards', dir, '-o', join(OUT, `export-${n}.xlsx`)),
    node,
    ['bench/floor-export.mjs', dir, join(OUT, `floor-${n}.xlsx`)],
  );
  const build = repeat(`report build: DOCX + annexes (${n})`, node, report('build', dir, '-o', join(OUT, String(n))));
  const strict = n === 100000;
  budget(`validate ${n}: time ≤ 1.2× the floor`, ratio(validate.median, validateFloor.median), strict ? validate.median <= 1.2 * validateFloor.median : null);
  budget(`export ${n}: time ≤ 1.3× the floor (moonshot 1.1×)`, ratio(exported.median, exportFloor.median), strict ? exported.median <= 1.3 * exportFloor.median : null);
  budget(`export ${n}: memory ≤ 1.3× the floor (moonshot 1.1×)`, ratio(exported.mb, exportFloor.mb), strict ? exported.mb <= 1.3 * exportFloor.mb : null);
  if (n === 10000) budget('build of 10k awards under 5 s', `${build.median.toFixed(2)} s`, build.median < 5);
  if (n === Math.max(...sizes)) {
    // The same data as people type it by hand, one field a line: the reader must be near the floor in both shapes.
    const block = `${dir}-block`;
    if (!existsSync(join(block, 'report.yaml'))) writeCopy(dir, block, (key, list) => dump({ [key]: list }, { lineWidth: -1, schema: CORE_SCHEMA }));
    const [blockFloor, blockValidate] = against(`report validate (${n}, block style)`, `floor: bare js-yaml load (${n}, block style)`, node, report('validate', block), node, ['bench/floor-validate.mjs', block]);
    budget(`validate ${n}, block style: time ≤ 1.2× the floor`, ratio(blockValidate.median, blockFloor.median), strict ? blockValidate.median <= 1.2 * blockFloor.median : null);
    // One JSON object a line: js-yaml reads that shape fastest, so the floor is lowest (for information).
    const json = `${dir}-json`;
    if (!existsSync(join(json, 'report.yaml'))) writeCopy(dir, json, (key, list) => `${key}:\n${list.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}\n`);
    const [jsonFloor, jsonValidate] = against(`report validate (${n}, JSON lines)`, `floor: bare js-yaml load (${n}, JSON lines)`, node, report('validate', json), node, ['bench/floor-validate.mjs', json]);
    budget(`validate ${n}, JSON lines: time against the floor`, ratio(jsonValidate.median, jsonFloor.median), null);
  }
}

/** A copy of a generated folder with its lists written another way (`write(key, list)` gives a file's text). */
function writeCopy(from, to, write) {
  cpSync(from, to, { recursive: true });
  for (const file of ['awards.yaml', 'models.yaml', 'units.yaml']) {
    const value = load(readFileSync(join(from, file), 'utf8'), { schema: CORE_SCHEMA });
    const [key] = Object.keys(value);
    writeFileSync(join(to, file), write(key, value[key]));
  }
}

if (values.tests) {
  console.log('\ntests');
  const tests = repeat('npm test', 'npm', ['test', '--silent'], 1);
  budget('`npm test` ≤ 60 s', `${tests.median.toFixed(0)} s`, tests.median <= 60);
}

const table = (header, list) => [header, header.replace(/[^|]/g, '-'), ...list].join('\n');
const md = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores.
Each line is a whole process (${RUNS} runs unless said; median and min–max wall time, median peak RSS through
GNU time). A command and its floor are run in turns, so the machine's drift falls on both.

${table('| what | median s | min s | max s | peak MB |', rows.map((r) => `| ${r.label} | ${r.median.toFixed(2)} | ${r.min.toFixed(2)} | ${r.max.toFixed(2)} | ${r.mb.toFixed(0)} |`))}

## Budgets (ratios in the same run)

${table('| budget | measured | met |', budgets.map((b) => `| ${b.what} | ${b.measured} | ${b.ok === null ? '— (for information)' : b.ok ? 'yes' : '**no**'} |`))}
`;
writeFileSync(join('bench', 'results.md'), md);
rmSync(OUT, { recursive: true, force: true });
console.log('\n' + budgets.map((b) => `${b.ok === false ? '✖' : b.ok ? '✔' : '·'} ${b.what}: ${b.measured}`).join('\n'));
console.log('\nwrote bench/results.md');
