import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';
import { HARDENED_CONFIG_LINES } from '../support/fixtures.js';

const UNIT = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true\n';
const CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n${HARDENED_CONFIG_LINES}\n`;

let dir: string;
let client: LspTestClient;
const fileUri = (rel: string): string => `file://${path.join(dir, rel)}`;
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lsp-'));
  fs.mkdirSync(path.join(dir, 'var/lib/kubelet'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'kubelet.service'), UNIT);
  fs.writeFileSync(path.join(dir, 'var/lib/kubelet/config.yaml'), CONFIG);
  client = new LspTestClient();
  const init = await client.initialize(`file://${dir}`);
  assert.equal(init.serverInfo?.name, 'kubelet-guard');
  assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
  // The editor's own creates, deletes and renames (explorer, workspace edits) of any file or folder.
  const operations = { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] };
  assert.deepEqual(init.capabilities.workspace?.fileOperations, { didCreate: operations, didDelete: operations, didRename: operations });
});

after(async () => {
  const code = await client.shutdown();
  assert.equal(code, 0);
  assert.deepEqual(client.logs.filter((l) => l.includes('failed')), []);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('open: diagnostics with rule code, exact range, severity, source, documentation link and data', async () => {
  const uri = fileUri('kubelet.service');
  await client.open(uri, 'kubelet-unit', UNIT);
  const published = await client.waitForDiagnostics(uri, (d) => d.length > 0, 'first diagnostics');
  assert.equal(published.version, 1);
  assert.deepEqual(published.diagnostics, [
    {
      range: { start: { line: 1, character: 65 }, end: { line: 1, character: 81 } },
      severity: 4,
      source: 'kubelet-guard',
      code: 'kubelet-deprecated-flag',
      codeDescription: { href: 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-deprecated-flag' },
      message: '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.',
      data: { ruleId: 'kubelet-deprecated-flag' },
    },
    {
      range: { start: { line: 1, character: 65 }, end: { line: 1, character: 86 } },
      severity: 1,
      source: 'kubelet-guard',
      code: 'kubelet-anonymous-auth',
      codeDescription: { href: 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-anonymous-auth' },
      message: 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.',
      data: { ruleId: 'kubelet-anonymous-auth' },
    },
  ]);
  // The config file is not open, but it is read from disk: its readOnlyPort finding belongs to it, not here.
  const configUri = fileUri('var/lib/kubelet/config.yaml');
  await client.open(configUri, 'yaml', CONFIG);
  const config = await client.waitForDiagnostics(configUri, (d) => d.length > 0, 'config diagnostics');
  assert.deepEqual(config.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.severity]), [['kubelet-read-only-port', 2, 0, 19, 2]]);
});

test('hover on a flag shows the docs and the effective value with its origin', async () => {
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri('kubelet.service') }, position: { line: 1, character: 70 } })) as Hover;
  assert.deepEqual(hover.range, { start: { line: 1, character: 65 }, end: { line: 1, character: 86 } });
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /^### `--anonymous-auth`/);
  assert.match(value, /\*\*Effective on this node:\*\* `true`, set by `--anonymous-auth=true` in kubelet\.service:2/);
  assert.match(value, /Config field: `authentication.anonymous.enabled`, default `false`/);
});

test('code action: a versioned edit that fixes the finding; after applying it the diagnostic clears', async () => {
  const uri = fileUri('kubelet.service');
  const current = await client.waitForDiagnostics(uri, (d) => codes(d).includes('kubelet-anonymous-auth'), 'the anonymous-auth diagnostic');
  const diagnostic = current.diagnostics.find((d) => d.code === 'kubelet-anonymous-auth');
  assert.ok(diagnostic);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.title), ['Set --anonymous-auth=false', 'Disable kubelet-anonymous-auth for this line', 'Disable kubelet-anonymous-auth for this file', 'Show documentation for kubelet-anonymous-auth']);
  // "Show documentation" asks the client to open the rule's page.
  const docs = actions[3];
  assert.deepEqual(docs?.command, { title: 'Show documentation for kubelet-anonymous-auth', command: 'kubeletGuard.showDocumentation', arguments: ['https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-anonymous-auth'] });
  await client.connection.sendRequest('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
  assert.deepEqual(client.shownDocuments, [{ uri: 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-anonymous-auth', external: true }]);
  const action = actions[0];
  assert.ok(action?.edit?.documentChanges);
  assert.equal(action.title, 'Set --anonymous-auth=false');
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.isPreferred, true);
  assert.deepEqual(action.diagnostics, [diagnostic]);
  const change = action.edit.documentChanges[0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  assert.deepEqual(change.edits, [{ range: { start: { line: 1, character: 82 }, end: { line: 1, character: 86 } }, newText: 'false' }]);
  const document = TextDocument.create(uri, 'kubelet-unit', 1, UNIT);
  const fixed = TextDocument.applyEdits(document, change.edits);
  await client.change(uri, 2, [{ range: change.edits[0]?.range, text: 'false' }]);
  const after = await client.waitForDiagnostics(uri, (_d, p) => p.version === 2, 'diagnostics of version 2');
  // Only the hint that the flag belongs in the config file is left.
  assert.deepEqual(codes(after.diagnostics), ['kubelet-deprecated-flag']);
  assert.equal(fixed, UNIT.replace('--anonymous-auth=true', '--anonymous-auth=false'));
});

test('cross-file: a flag added in the unit overrides the config file, whose diagnostic then clears', async () => {
  const unit = fileUri('kubelet.service');
  const configUri = fileUri('var/lib/kubelet/config.yaml');
  await client.change(unit, 3, [{ range: { start: { line: 1, character: 87 }, end: { line: 1, character: 87 } }, text: ' --read-only-port=0' }]);
  await client.waitForDiagnostics(configUri, (d) => d.length === 0, 'config diagnostics cleared by the unit edit');
  await client.change(unit, 4, [{ range: { start: { line: 1, character: 87 }, end: { line: 1, character: 106 } }, text: '' }]);
  await client.waitForDiagnostics(configUri, (d) => codes(d).join() === 'kubelet-read-only-port', 'config diagnostic back');
});

test('a watched file created or deleted on disk is noticed: an env file comes and goes', async () => {
  const uri = fileUri('node2/kubelet.service');
  const text = '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml $KUBELET_EXTRA_ARGS\n';
  fs.mkdirSync(path.join(dir, 'node2'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node2/kubelet.service'), text);
  await client.open(uri, 'kubelet-unit', text);
  await client.waitForDiagnostics(uri, (d) => codes(d).includes('systemd-missing-envfile'), 'missing env file');
  fs.mkdirSync(path.join(dir, 'node2/etc/default'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node2/etc/default/kubelet'), 'KUBELET_EXTRA_ARGS=--pod-infra-container-image=pause\n');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri('node2/etc/default/kubelet'), type: 1 }] });
  await client.waitForDiagnostics(uri, (d) => !codes(d).includes('systemd-missing-envfile'), 'env file found');
  fs.rmSync(path.join(dir, 'node2/etc/default/kubelet'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri('node2/etc/default/kubelet'), type: 3 }] });
  await client.waitForDiagnostics(uri, (d) => codes(d).includes('systemd-missing-envfile'), 'env file deleted');
});

test('the editor\'s file operations are noticed: a --config file created, renamed away and back, its folder deleted', async () => {
  const uri = fileUri('node3/kubelet.service');
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/etc/node3/config.yaml --anonymous-auth=false\n';
  const folder = path.join(dir, 'node3/etc/node3');
  const config = path.join(folder, 'config.yaml');
  // Read from the file: every hardened setting but rotateCertificates, whose default the unit then reports.
  const configText = `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${HARDENED_CONFIG_LINES.replace('rotateCertificates: true\n', '')}\n`;
  const missing = (d: Diagnostic[]): boolean => codes(d).join() === 'kubelet-deprecated-flag,kubelet-missing-file';
  const read = (d: Diagnostic[]): boolean => codes(d).join() === 'kubelet-deprecated-flag,kubelet-rotate-certificates';
  fs.mkdirSync(path.join(dir, 'node3'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node3/kubelet.service'), text);
  await client.open(uri, 'kubelet-unit', text);
  const before = await client.waitForDiagnostics(uri, missing, 'the --config file missing');
  assert.equal(before.diagnostics.find((d) => d.code === 'kubelet-missing-file')?.message, "/etc/node3/config.yaml (--config) is not in the workspace: settings it may hold are not judged from defaults. Set kubeletGuard.nodeRoot to the folder that mirrors the node's /.");

  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(config, configText);
  await client.connection.sendNotification('workspace/didCreateFiles', { files: [{ uri: fileUri('node3/etc/node3/config.yaml') }] });
  const found = await client.waitForDiagnostics(uri, read, 'the --config file read after workspace/didCreateFiles');
  assert.deepEqual(found.diagnostics.map((d) => d.message), [
    'The kubelet does not renew its client certificate (rotateCertificates is false): the KubeletConfiguration default, since node3/etc/node3/config.yaml does not set it.',
    '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in node3/etc/node3/config.yaml instead.',
  ]);

  fs.renameSync(config, `${config}.orig`);
  await client.connection.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: fileUri('node3/etc/node3/config.yaml'), newUri: fileUri('node3/etc/node3/config.yaml.orig') }] });
  await client.waitForDiagnostics(uri, missing, 'the --config file missing after workspace/didRenameFiles away');
  fs.renameSync(`${config}.orig`, config);
  await client.connection.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: fileUri('node3/etc/node3/config.yaml.orig'), newUri: fileUri('node3/etc/node3/config.yaml') }] });
  await client.waitForDiagnostics(uri, read, 'the --config file read after workspace/didRenameFiles back');

  // A deleted folder is reported as the folder alone.
  fs.rmSync(path.join(dir, 'node3/etc'), { recursive: true });
  await client.connection.sendNotification('workspace/didDeleteFiles', { files: [{ uri: fileUri('node3/etc') }] });
  await client.waitForDiagnostics(uri, missing, 'the --config file missing after workspace/didDeleteFiles');
  await client.close(uri);
});

test('settings: a new kubernetesVersion applies without reopening', async () => {
  const uri = fileUri('removed.service');
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --pod-infra-container-image=pause\n';
  await client.open(uri, 'kubelet-unit', text);
  await client.waitForDiagnostics(uri, (d) => codes(d).includes('kubelet-removed-flag'), 'removed flag in 1.36');
  client.settings = { kubernetesVersion: '1.34' };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.waitForDiagnostics(uri, (d) => !codes(d).includes('kubelet-removed-flag'), 'no removed flag in 1.34');
  client.settings = { enable: false };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.waitForDiagnostics(uri, (d) => d.length === 0, 'nothing when disabled');
  client.settings = {};
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.waitForDiagnostics(uri, (d) => codes(d).includes('kubelet-removed-flag'), 'back on');
});

test('file permissions under a node root: the fix is a command that asks, and does nothing when cancelled', async () => {
  const rel = 'perm/etc/systemd/system/kubelet.service';
  const file = path.join(dir, rel);
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.chmodSync(file, 0o644);
  client.settings = { nodeRoot: ['perm'] };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const uri = fileUri(rel);
  await client.open(uri, 'kubelet-unit', text);
  const [diagnostic] = (await client.waitForDiagnostics(uri, (d) => codes(d).includes('kubelet-file-permissions'), 'permissions finding')).diagnostics.filter((d) => d.code === 'kubelet-file-permissions');
  assert.ok(diagnostic);
  assert.deepEqual(diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
  const action = actions.find((a) => a.command?.command === 'kubeletGuard.chmod');
  assert.ok(action?.command);
  assert.equal(action.edit, undefined);
  assert.deepEqual(action.command.arguments, [uri, '600']);
  client.messageAnswer = 'Cancel';
  await client.connection.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  assert.equal(fs.statSync(file).mode & 0o777, 0o644);
  client.messageAnswer = 'Run chmod 600';
  await client.connection.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(client.questions, [`Kubelet Guard: change the permissions of ${file} to 600?`, `Kubelet Guard: change the permissions of ${file} to 600?`]);
  await client.waitForDiagnostics(uri, (d) => !codes(d).includes('kubelet-file-permissions'), 'permissions fixed');
  // A path outside the workspace is refused without asking.
  await client.connection.sendRequest('workspace/executeCommand', { command: 'kubeletGuard.chmod', arguments: ['file:///etc/passwd', '600'] });
  assert.equal(client.questions.length, 2);
  client.settings = {};
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.close(uri);
});

test('closing a document clears its diagnostics', async () => {
  const uri = fileUri('removed.service');
  await client.close(uri);
  await client.waitForDiagnostics(uri, (d) => d.length === 0, 'cleared on close');
});

test('bad input: binary junk, a 6 MB file and half-typed YAML get clear answers and the server keeps serving', async () => {
  const junk = fileUri('junk/kubelet.service');
  await client.open(junk, 'kubelet-unit', '\u0000\u0001\u0002[Service]\nExec\u0000Start=\u00ff\u00fe');
  await client.waitForDiagnostics(junk, (d) => codes(d).join() === 'file-not-checked', 'binary file noted');
  const big = fileUri('big/kubelet.service');
  await client.open(big, 'kubelet-unit', `[Service]\n${'Environment=A=b\n'.repeat(400000)}`);
  await client.waitForDiagnostics(big, (d) => codes(d).join() === 'file-not-checked', 'large file noted', 20000);
  const half = fileUri('half.yaml');
  await client.open(half, 'yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication:\n  anonymous: {enabled: tr');
  await client.waitForDiagnostics(half, (d) => codes(d).includes('yaml-syntax'), 'syntax error');
  const unrelated = fileUri('deploy.yaml');
  await client.open(unrelated, 'yaml', 'apiVersion: apps/v1\nkind: Deployment\n');
  await client.waitForDiagnostics(unrelated, (d) => d.length === 0, 'no diagnostics on unrelated YAML');
  const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri('kubelet.service') }, position: { line: 1, character: 70 } });
  assert.ok(hover);
});
