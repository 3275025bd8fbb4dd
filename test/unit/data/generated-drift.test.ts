import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultDataDir, generateTables } from '../../../server/src/scripts/generate-data.js';
import { KUBELET_FLAGS } from '../../../server/src/service/data/generated/kubelet-flags.js';
import { KUBELET_CONFIG_FIELDS } from '../../../server/src/service/data/generated/kubelet-config-fields.js';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');

test('the generated tables match the facts in server/data (run `npm run generate` after the data changes)', () => {
  const dataDir = defaultDataDir(REPO);
  assert.ok(fs.existsSync(dataDir), `${dataDir} is missing`);
  for (const [file, expected] of generateTables(dataDir)) {
    assert.equal(fs.readFileSync(path.join(REPO, file), 'utf8'), expected, `${file} drifted from the facts`);
  }
});

test('the tables hold the facts the rules rely on', () => {
  const anonymous = KUBELET_FLAGS.find((f) => f.name === 'anonymous-auth');
  assert.deepEqual([anonymous?.default, anonymous?.configDefault, anonymous?.configField], [true, false, 'authentication.anonymous.enabled']);
  assert.equal(KUBELET_FLAGS.length, 202);
  assert.equal(KUBELET_CONFIG_FIELDS.length, 162);
  assert.equal(KUBELET_CONFIG_FIELDS.find((f) => f.path === 'readOnlyPort')?.default, 0);
});
