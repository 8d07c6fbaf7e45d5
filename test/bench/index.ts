/**
 * `npm run bench`: runs each benchmark module in turn and ends with every target, PASS or FAIL.
 * `npm run bench -- engine corpus` runs only the modules named.
 */
import { cpus, loadavg } from 'node:os';
import browser from './browser';
import corpus from './corpus';
import engine from './engine';
import faces from './faces';
import images from './images';
import type { BenchModule } from './lib/module';
import { Report } from './lib/report';
import pack from './pack';
import peer from './peer';
import rules from './rules';

const MODULES: BenchModule[] = [corpus, engine, pack, rules, peer, browser, images, faces];

const only = process.argv.slice(2);
const unknown = only.filter((id) => !MODULES.some((m) => m.id === id));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; known: ${MODULES.map((m) => m.id).join(', ')}`);
  process.exit(2);
}

const report = new Report();
const started = performance.now();
const load = () => loadavg()[0]!.toFixed(2);
console.log(`# Post Guard benchmarks (Node ${process.version}, ${process.platform}/${process.arch})`);
console.log(`${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${load()} at the start.`);
if (loadavg()[0]! > cpus().length * 0.5) {
  console.log('The machine is busy: expect noisy tail latencies (p99, max); medians are more reliable.');
}
for (const module of MODULES) {
  if (only.length > 0 && !only.includes(module.id)) continue;
  await module.run(report);
}

if (report.targets.length > 0) {
  report.heading('Targets');
  report.table(
    ['section', 'target', 'measured', 'limit', 'result'],
    report.targets.map((t) => [t.section, t.what, t.measured, t.limit, t.pass ? 'PASS' : 'FAIL']),
  );
  const failed = report.targets.filter((t) => !t.pass).length;
  console.log(`\n${report.targets.length - failed} of ${report.targets.length} targets met.`);
}
console.log(
  `\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s (load average ${load()} at the end).`,
);
