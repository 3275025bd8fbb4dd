import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderConfigurationProperties, withConfiguration, withSettingsSection } from '../../server/src/scripts/settings-section.js';
import { ALL_RULES } from '../../server/src/service/rules/registry.js';
import { SETTINGS } from '../../server/src/service/settings/catalogue.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

test('package.json contributes.configuration is the one rendered from the settings catalogue (npm run generate)', () => {
  const manifest = read('package.json');
  assert.equal(manifest, withConfiguration(manifest));
});

test('the README settings section is the one rendered from the catalogue', () => {
  const readme = read('README.md');
  assert.equal(readme, withSettingsSection(readme));
});

test('every setting in the catalogue is in package.json with its scope and default; rules lists every rule id with the five levels', () => {
  const properties = renderConfigurationProperties();
  assert.deepEqual(Object.keys(properties), SETTINGS.map((s) => `kubeletGuard.${s.key}`));
  for (const spec of SETTINGS) {
    assert.equal(properties[`kubeletGuard.${spec.key}`]?.['scope'], spec.scope);
    assert.deepEqual(properties[`kubeletGuard.${spec.key}`]?.['default'], spec.default);
  }
  const rules = properties['kubeletGuard.rules'] as { properties: Record<string, { enum: string[] }>; additionalProperties: boolean };
  assert.deepEqual(Object.keys(rules.properties), ALL_RULES.map((r) => r.id));
  assert.deepEqual(rules.properties['kubelet-anonymous-auth']?.enum, ['off', 'hint', 'info', 'warning', 'error']);
  assert.equal(rules.additionalProperties, false);
});

test('every rule id, engine rules included, has an anchored entry in the README for its documentation link', () => {
  const readme = read('README.md');
  for (const rule of ALL_RULES) assert.ok(readme.includes(`#### ${rule.id}\n`), rule.id);
});
