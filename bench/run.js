#!/usr/bin/env node
// npm run bench [-- --sizes 1000,10000,100000 --runs 3]
// Times whole processes (wall time and peak RSS through GNU time) of the report's commands and of
// the bare libraries on the same rows, prints a table and writes bench/results.md. Tests never do this.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, runs: { type: 'string', default: '3' } } });
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
  const r = spawnSync(TIME, ['-f', '%e %M', cmd, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, mb: kb / 1024 };
}

function repeat(label, cmd, args, runs = RUNS) {
  const samples = Array.from({ length: runs }, () => measure(cmd, args));
  const times = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const row = { label, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], mb: Math.max(...samples.map((s) => s.mb)) };
  console.log(`${label.padEnd(46)} ${row.median.toFixed(2).padStart(7)} s  (${row.min.toFixed(2)}–${row.max.toFixed(2)})  ${row.mb.toFixed(0).padStart(6)} MB`);
  return row;
}

const node = process.execPath;
const report = (...args) => [join('bin', 'report.js'), ...args];
const rows = [];
const ratios = [];
const python = existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;

console.log('start-up');
const bareNode = repeat('node -e 0', node, ['-e', '0'], 5);
const help = repeat('report --help', node, report('--help'), 5);
const validateExample = repeat('report validate examples/tra-vinh-so-ket-2023', node, report('validate', 'examples/tra-vinh-so-ket-2023'), 5);
rows.push(bareNode, help, validateExample);
ratios.push(
  { budget: '`report --help` within 0.1 s of `node -e 0`', measured: `+${(help.median - bareNode.median).toFixed(2)} s`, ok: help.median - bareNode.median <= 0.1 },
  { budget: '`report validate` (example) within 0.3 s of `node -e 0`', measured: `+${(validateExample.median - bareNode.median).toFixed(2)} s`, ok: validateExample.median - bareNode.median <= 0.3 },
);

// The size of a big real report: 2,000 awards and 500 models.
const medium = join(DATA, '2000-500');
if (!existsSync(join(medium, 'report.yaml'))) execFileSync(node, ['bench/generate.js', '--awards', '2000', '--models', '500', '--out', medium, '--seed', '1']);
console.log('');
const mediumBuild = repeat('report build (2,000 awards, 500 models)', node, report('build', medium, '-o', join(OUT, 'medium')));
rows.push(mediumBuild);
ratios.push({ budget: 'build of 2,000 awards and 500 models in a few seconds', measured: `${mediumBuild.median.toFixed(2)} s`, ok: mediumBuild.median < 5 });

for (const n of sizes) {
  const dir = join(DATA, String(n));
  if (!existsSync(join(dir, 'report.yaml'))) execFileSync(node, ['bench/generate.js', '--awards', String(n), '--out', dir, '--seed', '1']);
  console.log(`\n${n} awards`);
  const parse = repeat(`bare yaml.parse (${n})`, node, ['bench/bare-yaml.mjs', dir]);
  const validate = repeat(`report validate (${n})`, node, report('validate', dir));
  const build = repeat(`report build: DOCX + annexes (${n})`, node, report('build', dir, '-o', join(OUT, String(n))));
  const exceljs = repeat(`bare exceljs streaming writer (${n} rows)`, node, ['bench/bare-exceljs.mjs', String(n), join(OUT, `bare-${n}.xlsx`)]);
  const exported = repeat(`report export awards (${n})`, node, report('export', 'awards', dir, '-o', join(OUT, `export-${n}.xlsx`)));
  const docx = repeat(`bare docx table (${n} rows)`, node, ['bench/bare-docx.mjs', String(n)], n >= 100000 ? 1 : RUNS);
  rows.push(parse, validate, build, exceljs, exported, docx);
  let openpyxl;
  if (python) rows.push((openpyxl = repeat(`openpyxl write_only (${n} rows)`, '/usr/bin/python3', ['bench/bare-openpyxl.py', String(n), join(OUT, `openpyxl-${n}.xlsx`)])));
  ratios.push({ budget: `validate ${n} vs bare yaml.parse`, measured: `${(validate.median / parse.median).toFixed(2)}×`, ok: n === 10000 ? validate.median <= 1.2 * parse.median : null });
  // `report export` loads and validates the folder first; that part is `report validate`, measured above.
  const writing = exported.median - validate.median;
  ratios.push({ budget: `export ${n} vs bare exceljs streaming (whole process)`, measured: `${(exported.median / exceljs.median).toFixed(2)}×`, ok: null });
  ratios.push({ budget: `export ${n} beyond loading (export − validate) vs bare exceljs streaming`, measured: `${(writing / exceljs.median).toFixed(2)}×, +${(exported.mb - validate.mb).toFixed(0)} MB over loading`, ok: n === 100000 ? writing <= 1.3 * exceljs.median && exported.mb - validate.mb <= 350 : null });
  ratios.push({ budget: `build ${n} vs bare docx table of ${n} rows`, measured: `${(build.median / docx.median).toFixed(2)}×`, ok: n === 10000 ? build.median < 5 : null });
  if (n === 100000) ratios.push({ budget: 'validate 100k under 1.2 GB', measured: `${validate.mb.toFixed(0)} MB`, ok: validate.mb < 1229 });
  if (openpyxl) ratios.push({ budget: `export ${n} beyond loading faster than openpyxl write_only`, measured: `${writing.toFixed(2)} s vs ${openpyxl.median.toFixed(2)} s`, ok: n === 100000 ? writing < openpyxl.median : null });
}
if (!python) console.log('\n(openpyxl not installed: `apt-get install python3-openpyxl` to compare with it)');

const table = (header, list) => [header, header.replace(/[^|]/g, '-'), ...list].join('\n');
const md = `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${(await import('node:os')).cpus().length} cores.
Each line is a whole process (${RUNS} runs; median, min–max wall time; peak RSS through GNU time).

${table('| what | median s | min s | max s | peak MB |', rows.map((r) => `| ${r.label} | ${r.median.toFixed(2)} | ${r.min.toFixed(2)} | ${r.max.toFixed(2)} | ${r.mb.toFixed(0)} |`))}

## Budgets (ratios in the same run)

${table('| budget | measured | met |', ratios.map((r) => `| ${r.budget} | ${r.measured} | ${r.ok === null ? '— (for information)' : r.ok ? 'yes' : '**no**'} |`))}
${python ? '' : '\nopenpyxl was not installed: its comparison was skipped.\n'}`;
writeFileSync(join('bench', 'results.md'), md);
rmSync(OUT, { recursive: true, force: true });
console.log('\nwrote bench/results.md');
