import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shouldUseColor } from '../../../server/src/cli/report/color-choice.js';

test('a terminal gets colour, a pipe does not', () => {
  assert.equal(shouldUseColor({ isTTY: true, env: {} }), true);
  assert.equal(shouldUseColor({ isTTY: false, env: {} }), false);
  assert.equal(shouldUseColor({ isTTY: undefined, env: {} }), false);
});

test('NO_COLOR with any non-empty value turns colour off, even on a terminal and against FORCE_COLOR', () => {
  assert.equal(shouldUseColor({ isTTY: true, env: { NO_COLOR: '1' } }), false);
  assert.equal(shouldUseColor({ isTTY: true, env: { NO_COLOR: '0' } }), false);
  assert.equal(shouldUseColor({ isTTY: true, env: { NO_COLOR: 'false', FORCE_COLOR: '1' } }), false);
});

test('an empty NO_COLOR is ignored', () => {
  assert.equal(shouldUseColor({ isTTY: true, env: { NO_COLOR: '' } }), true);
  assert.equal(shouldUseColor({ isTTY: false, env: { NO_COLOR: '', FORCE_COLOR: '1' } }), true);
});

test('FORCE_COLOR turns colour on into a pipe unless it is empty or 0', () => {
  assert.equal(shouldUseColor({ isTTY: false, env: { FORCE_COLOR: '1' } }), true);
  assert.equal(shouldUseColor({ isTTY: false, env: { FORCE_COLOR: 'true' } }), true);
  assert.equal(shouldUseColor({ isTTY: false, env: { FORCE_COLOR: '3' } }), true);
  assert.equal(shouldUseColor({ isTTY: false, env: { FORCE_COLOR: '0' } }), false);
  assert.equal(shouldUseColor({ isTTY: false, env: { FORCE_COLOR: '' } }), false);
  // FORCE_COLOR=0 does not switch a terminal off: it only declines to force.
  assert.equal(shouldUseColor({ isTTY: true, env: { FORCE_COLOR: '0' } }), true);
});
