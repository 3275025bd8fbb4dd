import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const SERVICE = path.join(REPO, 'server', 'src', 'service');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Module specifiers a file imports or requires. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

test('the language service is pure: no vscode, no LSP library, no fs, no child processes', () => {
  const forbidden = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|(node:)?(fs|fs\/promises|child_process|net|http|https))$/;
  const offenders = sources(SERVICE).flatMap((file) => imports(file).filter((spec) => forbidden.test(spec)).map((spec) => `${path.relative(REPO, file)} imports ${spec}`));
  assert.deepEqual(offenders, []);
});

test('only server/src/lsp knows the LSP libraries; the CLI and the host code do not', () => {
  const roots = ['cli', 'host'].map((dir) => path.join(REPO, 'server', 'src', dir));
  const offenders = roots.flatMap(sources).flatMap((file) => imports(file).filter((spec) => /^vscode/.test(spec)).map((spec) => `${path.relative(REPO, file)} imports ${spec}`));
  assert.deepEqual(offenders, []);
});

test('the architecture check itself sees imports (a planted violation would be caught)', () => {
  const probe = path.join(SERVICE, 'language-service.ts');
  assert.ok(imports(probe).includes('./rules/registry.js'));
});
