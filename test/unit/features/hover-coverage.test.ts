import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, MemoryWorkspace } from '../../../server/src/service/index.js';
import { defaultDataDir } from '../../../server/src/scripts/generate-data.js';

const DATA = defaultDataDir(path.resolve(__dirname, '..', '..', '..', '..'));
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(DATA, name), 'utf8')) as T;
const flags = read<{ flag: string; type: string }[]>('kubelet-flags.json');
const fields = read<{ path: string; type: string }[]>('kubelet-config-fields.json');
const kubeconfigFields = read<{ path: string; type: string }[]>('kubeconfig-fields.json');
const HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';

function hover(files: Record<string, string>, file: string, offset: number): string {
  const workspace = new MemoryWorkspace(Object.fromEntries(Object.entries(files).map(([p, t]) => [`file:///ws/${p}`, t])));
  const service = createLanguageService(workspace, undefined, (error) => {
    throw error;
  });
  return service.hover(`file:///ws/${file}`, offset)?.markdown ?? '';
}

/** Asserts a hover has a heading, a description paragraph, a type line and a default. */
function assertComplete(markdown: string, what: string): void {
  assert.match(markdown, /^### /, `${what}: heading`);
  const description = markdown.split('\n\n').find((block) => !block.startsWith('#') && !block.startsWith('**') && !block.startsWith('- '));
  assert.ok(description && description.length >= 30, `${what}: description in ${JSON.stringify(markdown)}`);
  assert.match(markdown, /^- Type: `[A-Za-z0-9]+`/m, `${what}: type`);
  assert.match(markdown, /default[: ] ?\S/i, `${what}: default`);
}

test('every kubelet flag hovers with a description, type and default: in ExecStart=, a drop-in variable, an env file', () => {
  for (const { flag } of flags) {
    const word = `--${flag}=1`;
    const unit = `[Service]\nExecStart=/usr/bin/kubelet ${word}\n`;
    assertComplete(hover({ 'kubelet.service': unit }, 'kubelet.service', unit.indexOf(word) + 3), `${flag} in ExecStart`);
    const dropIn = `[Service]\nEnvironment="ARGS=${word}"\n`;
    assertComplete(hover({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet $ARGS\n', 'kubelet.service.d/10.conf': dropIn }, 'kubelet.service.d/10.conf', dropIn.indexOf(word) + 3), `${flag} in a drop-in`);
    const env = `KUBELET_EXTRA_ARGS="${word}"\n`;
    assertComplete(hover({ 'etc/default/kubelet': env }, 'etc/default/kubelet', env.indexOf(word) + 3), `${flag} in an env file`);
  }
});

/** A YAML document that holds `dotted` (each `[]` a one-item list) and the offset of its last key. */
function yamlFor(head: string, dotted: string): { text: string; offset: number } {
  const segments = dotted.split('.');
  let text = head;
  let indent = '';
  let dash = false;
  let offset = 0;
  segments.forEach((segment, i) => {
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    // The first key of a list item sits on the dash, which takes the last two columns of the indent.
    const prefix = dash ? `${indent.slice(2)}- ` : indent;
    offset = text.length + prefix.length;
    text += `${prefix}${key}:${i === segments.length - 1 ? ' x' : ''}\n`;
    dash = list;
    indent += '  ';
  });
  return { text, offset: offset + 1 };
}

test('every KubeletConfiguration field hovers with a description, type and default', () => {
  for (const field of fields) {
    if (field.path === 'kind' || field.path === 'apiVersion') continue;
    const { text, offset } = yamlFor(HEAD, field.path);
    assertComplete(hover({ 'c.yaml': text }, 'c.yaml', offset), `${field.path} (${JSON.stringify(text)})`);
  }
});

test('every kubeconfig field hovers with a description, type and default', () => {
  for (const field of kubeconfigFields) {
    if (field.path === 'kind' || field.path === 'apiVersion') continue;
    const { text, offset } = yamlFor('apiVersion: v1\nkind: Config\n', field.path);
    assertComplete(hover({ 'k.yaml': text }, 'k.yaml', offset), `${field.path} (${JSON.stringify(text)})`);
  }
});
