import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';
import { HARDENED_CONFIG_LINES } from '../support/fixtures.js';

// A unit with a config file: anonymous auth on (an error, CIS level 1), event QPS 0 (a hint, CIS
// level 2), a deprecated flag (correctness) and the read-only port (a warning) in the config file.
const UNIT = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true\n';
const CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\neventRecordQPS: 0\n${HARDENED_CONFIG_LINES}\n`;

let dir: string;
let client: LspTestClient;
const fileUri = (rel: string): string => `file://${path.join(dir, rel)}`;
const seen = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => `${String(d.code)}:${d.severity}`).sort();
const UNIT_URI = () => fileUri('kubelet.service');
const CONFIG_URI = () => fileUri('var/lib/kubelet/config.yaml');

async function setSettings(settings: Record<string, unknown>): Promise<void> {
  client.settings = settings;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lsp-settings-'));
  fs.mkdirSync(path.join(dir, 'var/lib/kubelet'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'kubelet.service'), UNIT);
  fs.writeFileSync(path.join(dir, 'var/lib/kubelet/config.yaml'), CONFIG);
  client = new LspTestClient();
  await client.initialize(`file://${dir}`);
  await client.open(UNIT_URI(), 'kubelet-unit', UNIT);
  await client.open(CONFIG_URI(), 'yaml', CONFIG);
  await client.waitForDiagnostics(UNIT_URI(), (d) => seen(d).join() === 'kubelet-anonymous-auth:1,kubelet-deprecated-flag:4', 'the unit at the defaults');
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-event-qps:4,kubelet-read-only-port:2', 'the config at the defaults');
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  assert.deepEqual(client.logs.filter((l) => l.includes('failed')), []);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('kubeletGuard.rules: off removes a rule, a level replaces its severity; no reopening', async () => {
  await setSettings({ rules: { 'kubelet-anonymous-auth': 'off', 'kubelet-read-only-port': 'error', 'kubelet-event-qps': 'info' } });
  await client.waitForDiagnostics(UNIT_URI(), (d) => seen(d).join() === 'kubelet-deprecated-flag:4', 'anonymous auth off');
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-event-qps:3,kubelet-read-only-port:1', 'levels replaced');
  await setSettings({});
  await client.waitForDiagnostics(UNIT_URI(), (d) => seen(d).join() === 'kubelet-anonymous-auth:1,kubelet-deprecated-flag:4', 'back to the defaults');
});

test('kubeletGuard.profile: cis-level1 drops the level 2 rule; correctness and level 1 stay', async () => {
  await setSettings({ profile: 'cis-level1' });
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-read-only-port:2', 'event QPS is CIS level 2');
  await setSettings({ profile: 'cis-level2' });
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-event-qps:4,kubelet-read-only-port:2', 'level 2 back');
  await setSettings({});
});

test('kubeletGuard.exclude: an excluded open file publishes nothing, and still counts for the node', async () => {
  await setSettings({ exclude: ['var/**'] });
  await client.waitForDiagnostics(CONFIG_URI(), (d) => d.length === 0, 'excluded config');
  await client.waitForDiagnostics(UNIT_URI(), (d) => seen(d).join() === 'kubelet-anonymous-auth:1,kubelet-deprecated-flag:4', 'the unit still reads it');
  await setSettings({});
  await client.waitForDiagnostics(CONFIG_URI(), (d) => d.length === 2, 'included again');
});

test('.kubelet-guard.yaml: typing in it re-checks every open file; its mistakes are diagnostics in it; editor settings win and say so', async () => {
  const uri = fileUri('.kubelet-guard.yaml');
  const text = 'profile: cis-level1\nrules:\n  kubelet-anonymous-auth: warning\n';
  fs.writeFileSync(path.join(dir, '.kubelet-guard.yaml'), text);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
  await client.waitForDiagnostics(UNIT_URI(), (d) => seen(d).join() === 'kubelet-anonymous-auth:2,kubelet-deprecated-flag:4', 'project file on disk read');
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-read-only-port:2', 'project profile applied');

  await client.open(uri, 'yaml', text);
  await client.waitForDiagnostics(uri, (d) => d.length === 0, 'a clean project file');
  await client.change(uri, 2, [{ range: { start: { line: 2, character: 26 }, end: { line: 2, character: 33 } }, text: 'warn' }]);
  const published = await client.waitForDiagnostics(uri, (d) => d.length === 1, 'a bad level');
  assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]), [
    ['project-file-invalid', 1, { start: { line: 2, character: 26 }, end: { line: 2, character: 30 } }, "A rule's level is one of off, hint, info, warning, error, not `warn`."],
  ]);
  // The bad level is ignored, so the rule is back to its own severity in the unit, as typed, before any save.
  await client.waitForDiagnostics(UNIT_URI(), (d) => seen(d).join() === 'kubelet-anonymous-auth:1,kubelet-deprecated-flag:4', 'bad level ignored');

  await setSettings({ profile: 'all' });
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-event-qps:4,kubelet-read-only-port:2', 'the editor profile wins');
  assert.ok(client.logs.includes('kubelet-guard: `profile: cis-level1` in .kubelet-guard.yaml is overridden by the editor setting `kubeletGuard.profile` (all).'), client.logs.join('\n'));

  await setSettings({});
  await client.close(uri);
  fs.rmSync(path.join(dir, '.kubelet-guard.yaml'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
  await client.waitForDiagnostics(CONFIG_URI(), (d) => seen(d).join() === 'kubelet-event-qps:4,kubelet-read-only-port:2', 'project file gone');
});

test('hover and completion in .kubelet-guard.yaml', async () => {
  const uri = fileUri('sub/.kubelet-guard.yaml');
  const text = 'rules:\n  kubelet-event-qps: off\n';
  await client.open(uri, 'yaml', text);
  const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } })) as { contents: { value: string }; range: unknown };
  assert.match(hover.contents.value, /^\*\*kubelet-event-qps\*\*: Event rate limit of 0/);
  assert.deepEqual(hover.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 19 } });
  const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 21 } })) as { label: string }[];
  assert.deepEqual(items.map((i) => i.label), ['off', 'hint', 'info', 'warning', 'error']);
  await client.close(uri);
});

test('kubeletGuard.requireSuppressionReason: a reasonless suppression becomes a warning, and stops being one', async () => {
  const uri = fileUri('suppress/kubelet.service');
  const text = '[Service]\n# kubelet-guard-disable-next-line kubelet-anonymous-auth\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=true\n';
  await client.open(uri, 'kubelet-unit', text);
  await client.waitForDiagnostics(uri, (d) => seen(d).join() === 'kubelet-deprecated-flag:4', 'suppressed, no reason needed');
  await setSettings({ requireSuppressionReason: true });
  const published = await client.waitForDiagnostics(uri, (d) => seen(d).join() === 'kubelet-deprecated-flag:4,suppression-no-reason:2', 'reason required');
  const warning = published.diagnostics.find((d) => d.code === 'suppression-no-reason');
  assert.deepEqual(warning?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 56 } });
  await setSettings({});
  await client.waitForDiagnostics(uri, (d) => seen(d).join() === 'kubelet-deprecated-flag:4', 'no longer required');
  await client.close(uri);
});

test('kubeletGuard.nodeRoot: on-node paths resolve under the root the setting names, relative to the folder', async () => {
  const uri = fileUri('etc/systemd/system/kubelet.service');
  fs.mkdirSync(path.join(dir, 'roots/b/var/lib/kubelet'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'roots/b/var/lib/kubelet/config.yaml'), CONFIG);
  // The deprecation hint names the config file the flag belongs in: which file the node reads.
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml --anonymous-auth=false\n';
  const hint = (d: Diagnostic[]): string => String(d.find((x) => x.code === 'kubelet-deprecated-flag')?.message ?? '');
  await client.open(uri, 'kubelet-unit', text);
  // Without a setting, the root the unit's own folder implies (the workspace folder) is used.
  await client.waitForDiagnostics(uri, (d) => hint(d) === '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.', 'the top-level config');
  await setSettings({ nodeRoot: ['roots/b'] });
  await client.waitForDiagnostics(uri, (d) => hint(d) === '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in roots/b/var/lib/kubelet/config.yaml instead.', 'the config under the node root');
  await setSettings({});
  await client.close(uri);
});
