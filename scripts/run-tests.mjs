// Runs every test tier in order and prints per-tier timings and one closing "N passed, N failed" line.
// Tiers: unit (pure service), lsp (built server over stdio), cli (built checker), editor (real VS Code
// extension host). Exits non-zero when any tier fails; a tier that runs no test counts as a failure.
import { spawnSync } from 'node:child_process';

const tiers = [
  { name: 'unit', command: process.execPath, args: ['--test', '--test-reporter=tap', 'out/test/unit/'] },
  { name: 'lsp', command: process.execPath, args: ['--test', '--test-reporter=tap', 'out/test/lsp/'] },
  { name: 'cli', command: process.execPath, args: ['--test', '--test-reporter=tap', 'out/test/cli/'] },
  { name: 'editor', command: 'bash', args: ['scripts/test-editor.sh'] },
];
const only = process.env.KUBELET_GUARD_TIERS?.split(',');

let passed = 0;
let failed = 0;
const report = [];
for (const tier of tiers) {
  if (only && !only.includes(tier.name)) continue;
  const started = Date.now();
  const result = spawnSync(tier.command, tier.args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const output = result.stdout ?? '';
  process.stdout.write(output);
  let tierPassed = 0;
  let tierFailed = 0;
  const tap = { pass: /^# pass (\d+)$/m.exec(output), fail: /^# fail (\d+)$/m.exec(output) };
  const plain = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  if (tap.pass && tap.fail) {
    tierPassed = Number(tap.pass[1]);
    tierFailed = Number(tap.fail[1]);
  } else if (plain) {
    tierPassed = Number(plain[1]);
    tierFailed = Number(plain[2]);
  }
  if (result.status !== 0 && tierFailed === 0) tierFailed = 1;
  if (tierPassed + tierFailed === 0) tierFailed = 1;
  passed += tierPassed;
  failed += tierFailed;
  report.push(`${tier.name.padEnd(7)} ${String(tierPassed).padStart(4)} passed ${String(tierFailed).padStart(3)} failed  ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
console.log('\nTiers:');
for (const line of report) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
