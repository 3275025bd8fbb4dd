import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withRulesSection, renderRulesSection } from '../../server/src/scripts/rules-section.js';
import { RULES } from '../../server/src/service/rules/registry.js';

const README = path.resolve(__dirname, '..', '..', '..', 'README.md');

test('the README rules section is the one rendered from the rule modules (npm run generate)', () => {
  const readme = fs.readFileSync(README, 'utf8');
  assert.equal(readme, withRulesSection(readme));
});

test('every rule has a row and an anchored entry', () => {
  const section = renderRulesSection();
  for (const rule of RULES) {
    assert.ok(section.includes(`| [\`${rule.id}\`](#${rule.id}) |`), rule.id);
    assert.ok(section.includes(`#### ${rule.id}\n`), rule.id);
    assert.ok(section.includes(`#### ${rule.id}\n\n**${rule.title}.**`), `${rule.id} has its title`);
  }
  assert.equal(new Set(RULES.map((rule) => rule.id)).size, RULES.length);
});
