// Packages the VSIX offline and checks it holds exactly what .vscodeignore allows: the bundles, the
// grammars and language configurations, the manifest, README and LICENSE. Reads the zip's central
// directory itself (no unzip needed). Usage: node vsix-check.mjs OUT.vsix. Prints "vsix: N passed, N failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? '.test-output/editor/kubelet-guard.vsix');
fs.mkdirSync(path.dirname(out), { recursive: true });
let passes = 0;
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`);
  if (ok) passes++;
  else failures++;
};

/** File names in a zip, from its central directory. */
function zipEntries(data) {
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    names.push(data.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names.sort();
}

const started = Date.now();
execFileSync(process.execPath, [path.join('node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
check(fs.existsSync(out), `packaged offline in ${((Date.now() - started) / 1000).toFixed(1)}s`);
const names = zipEntries(fs.readFileSync(out));
const expected = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/package.json',
  'extension/readme.md',
  'extension/syntaxes/kubelet-env.language-configuration.json',
  'extension/syntaxes/kubelet-env.tmLanguage.json',
  'extension/syntaxes/kubelet-unit.language-configuration.json',
  'extension/syntaxes/kubelet-unit.tmLanguage.json',
].sort();
check(JSON.stringify(names) === JSON.stringify(expected), `file list is exactly the allow-list (${names.length} files)${JSON.stringify(names) === JSON.stringify(expected) ? '' : `: ${names.join(', ')}`}`);
const size = fs.statSync(out).size;
console.log(`vsix size: ${(size / 1024).toFixed(1)} KiB`);
check(size < 2 * 1024 * 1024, 'smaller than 2 MiB');
console.log(`vsix: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
