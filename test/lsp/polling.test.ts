import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lsp-client.js';
import { HARDENED_CONFIG_LINES } from '../support/fixtures.js';

const codes = (diagnostics: Diagnostic[]): string => diagnostics.map((d) => String(d.code)).sort().join();

test('without any file event (a client with no watcher), a referenced file deleted on disk is still noticed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lsp-poll-'));
  const config = path.join(dir, 'var/lib/kubelet/config.yaml');
  fs.mkdirSync(path.dirname(config), { recursive: true });
  fs.writeFileSync(config, `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${HARDENED_CONFIG_LINES}\n`);
  const unit = `file://${path.join(dir, 'kubelet.service')}`;
  const text = '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n';
  fs.writeFileSync(path.join(dir, 'kubelet.service'), text);
  const client = new LspTestClient();
  try {
    await client.initialize(`file://${dir}`);
    await client.open(unit, 'kubelet-unit', text);
    await client.waitForDiagnostics(unit, (d) => d.length === 0, 'a clean node');
    fs.rmSync(config);
    // No didChangeWatchedFiles, no edit: only the server's own look at what the unit read.
    const published = await client.waitForDiagnostics(unit, (d) => codes(d) === 'kubelet-missing-file', 'the deleted config noticed without an event');
    assert.match(String(published.diagnostics[0]?.message), /\/var\/lib\/kubelet\/config\.yaml/);
  } finally {
    assert.equal(await client.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
