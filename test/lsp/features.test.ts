import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompletionItem, CompletionList, DocumentSymbol, LocationLink } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';

const UNIT = '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --rea $KUBELET_EXTRA_ARGS\n';
const CONFIG = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthorization:\n  mode: Webhook\n\n';

let dir: string;
let client: LspTestClient;
const uriOf = (rel: string): string => `file://${path.join(dir, rel)}`;
const items = (result: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(result) ? result : result?.items ?? []);

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lsp-features-'));
  fs.mkdirSync(path.join(dir, 'var/lib/kubelet'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'etc/default'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'kubelet.service'), UNIT);
  fs.writeFileSync(path.join(dir, 'var/lib/kubelet/config.yaml'), CONFIG);
  fs.writeFileSync(path.join(dir, 'etc/default/kubelet'), 'KUBELET_EXTRA_ARGS=--v=2\n');
  client = new LspTestClient();
  const init = await client.initialize(`file://${dir}`);
  assert.deepEqual(init.capabilities.completionProvider, { triggerCharacters: ['-', '=', ':', ',', ' '] });
  await client.open(uriOf('kubelet.service'), 'kubelet-unit', UNIT);
  await client.open(uriOf('var/lib/kubelet/config.yaml'), 'yaml', CONFIG);
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('completion mid-word on the command line: a snippet that replaces the typed prefix', async () => {
  const character = UNIT.split('\n')[2]?.indexOf('--rea') ?? 0;
  const result = items(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('kubelet.service') }, position: { line: 2, character: character + 5 } }));
  const item = result.find((i) => i.label === '--read-only-port');
  assert.deepEqual(item, {
    label: '--read-only-port',
    kind: 10,
    detail: 'int32, default 10255; deprecated (config: readOnlyPort)',
    sortText: '1read-only-port',
    filterText: '--read-only-port',
    textEdit: { range: { start: { line: 2, character }, end: { line: 2, character: character + 5 } }, newText: '--read-only-port=' },
    insertTextFormat: 1,
    tags: [1],
  });
});

test('completion on an empty line of the config file: top-level fields not yet present', async () => {
  const result = items(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('var/lib/kubelet/config.yaml') }, position: { line: 4, character: 0 } }));
  const labels = result.map((i) => i.label);
  assert.ok(labels.includes('readOnlyPort') && labels.includes('authentication'));
  assert.ok(!labels.includes('authorization') && !labels.includes('kind'), 'fields already present are not offered again');
  const modeValues = items(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('var/lib/kubelet/config.yaml') }, position: { line: 3, character: 8 } }));
  assert.deepEqual(modeValues.map((i) => [i.label, i.textEdit && 'range' in i.textEdit ? i.textEdit.range : undefined]), [
    ['AlwaysAllow', { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }],
    ['Webhook', { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }],
  ]);
});

test('document symbols: sections, directives and flags with exact ranges', async () => {
  const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf('kubelet.service') } })) as DocumentSymbol[];
  assert.equal(symbols.length, 1);
  const service = symbols[0];
  assert.equal(service?.name, '[Service]');
  assert.deepEqual(service?.children?.map((c) => c.name), ['EnvironmentFile', 'ExecStart']);
  // `--rea` is not a kubelet flag (it is reported elsewhere), so only --config is a flag symbol.
  assert.deepEqual(service?.children?.[1]?.children?.map((f) => [f.name, f.detail, f.selectionRange]), [
    ['--config', '/var/lib/kubelet/config.yaml', { start: { line: 2, character: 27 }, end: { line: 2, character: 35 } }],
  ]);
});

test('definition: from the --config value to the config file, from $VAR to the env file line', async () => {
  const toConfig = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf('kubelet.service') }, position: { line: 2, character: 40 } })) as LocationLink[];
  assert.deepEqual(toConfig, [
    {
      originSelectionRange: { start: { line: 2, character: 36 }, end: { line: 2, character: 64 } },
      targetUri: uriOf('var/lib/kubelet/config.yaml'),
      targetRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      targetSelectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    },
  ]);
  const variableAt = UNIT.split('\n')[2]?.indexOf('$KUBELET') ?? 0;
  const toVariable = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf('kubelet.service') }, position: { line: 2, character: variableAt + 3 } })) as LocationLink[];
  assert.deepEqual(toVariable.map((l) => [l.targetUri, l.targetRange]), [[uriOf('etc/default/kubelet'), { start: { line: 0, character: 0 }, end: { line: 0, character: 24 } }]]);
});

test('fix all: a per-rule action when a rule has several findings, and source.fixAll for the whole file', async () => {
  const uri = uriOf('fixall/kubelet.service');
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --cloud-config=/x --v=2 --keep-terminated-pod-volumes\n';
  await client.open(uri, 'kubelet-unit', text);
  const published = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'kubelet-removed-flag').length === 2, 'two removed flags');
  const diagnostic = published.diagnostics.find((d) => d.code === 'kubelet-removed-flag');
  assert.ok(diagnostic);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as { title: string; kind?: string }[];
  assert.deepEqual(actions.map((a) => a.title), ['Remove --cloud-config', 'Disable kubelet-removed-flag for this line', 'Disable kubelet-removed-flag for this file', 'Show documentation for kubelet-removed-flag', 'Fix all kubelet-removed-flag problems in this file']);
  const source = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as { title: string; kind?: string }[];
  assert.deepEqual(source.map((a) => [a.title, a.kind]), [['Fix all Kubelet Guard problems in this file', 'source.fixAll.kubelet-guard']]);
  await client.close(uri);
});
