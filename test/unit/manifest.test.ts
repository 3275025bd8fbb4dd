import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
interface Manifest {
  name: string;
  displayName: string;
  main: string;
  activationEvents: string[];
  contributes: {
    languages: { id: string; configuration?: string; filenames?: string[]; filenamePatterns?: string[] }[];
    grammars: { language: string; path: string; scopeName: string }[];
    configuration: { properties: Record<string, { scope?: string }> };
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

test('identity: extension id, display name, client entry point', () => {
  assert.deepEqual([manifest.name, manifest.displayName, manifest.main], ['kubelet-guard', 'Kubelet Guard', './dist/client.js']);
});

test('activation is explicit: our languages and workspaces holding kubelet or kubeconfig files, never "*" or every YAML file', () => {
  assert.ok(manifest.activationEvents.includes('onLanguage:kubelet-unit') && manifest.activationEvents.includes('onLanguage:kubelet-env'));
  assert.ok(!manifest.activationEvents.includes('*') && !manifest.activationEvents.includes('onLanguage:yaml'));
});

test('our languages ship a language configuration and a grammar file that exists', () => {
  for (const id of ['kubelet-unit', 'kubelet-env']) {
    const language = manifest.contributes.languages.find((l) => l.id === id);
    assert.ok(language?.configuration && fs.existsSync(path.join(ROOT, language.configuration)), `${id} configuration`);
    const grammar = manifest.contributes.grammars.find((g) => g.language === id);
    assert.ok(grammar && fs.existsSync(path.join(ROOT, grammar.path)), `${id} grammar`);
  }
  assert.deepEqual(manifest.contributes.languages.find((l) => l.id === 'kubelet-env')?.filenamePatterns, ['**/default/kubelet', '**/sysconfig/kubelet', '**/kubeadm-flags.env']);
});

test('settings live under kubeletGuard.* and are resource-scoped (trace is per window)', () => {
  for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
    assert.match(key, /^kubeletGuard\./);
    assert.equal(property.scope, key === 'kubeletGuard.trace.server' ? 'window' : 'resource', key);
  }
});
