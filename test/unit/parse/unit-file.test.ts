import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUnitFile } from '../../../server/src/service/parse/systemd/unit-file.js';
import { tracedSpan } from '../../../server/src/service/text/traced.js';

const U = 'file:///u.service';
const values = (text: string): [string, string][] => parseUnitFile(U, text).directives.map((d) => [d.key, d.value.text]);

test('sections, keys and values are stripped; comments start with # or ; at the first non-blank', () => {
  const unit = parseUnitFile(U, '[Unit]\n  # comment\n ; also\nDescription = kubelet  \n[Service]\nExecStart=/usr/bin/kubelet # not a comment\n');
  assert.deepEqual(unit.sections.map((s) => s.name), ['Unit', 'Service']);
  assert.deepEqual(unit.directives.map((d) => [d.key, d.value.text]), [
    ['Description', 'kubelet'],
    ['ExecStart', '/usr/bin/kubelet # not a comment'],
  ]);
  assert.equal(unit.comments.length, 2);
});

test('a trailing backslash continues the line; the backslash becomes a space and the next line is appended as is', () => {
  assert.deepEqual(values('[Service]\nExecStart=/usr/bin/kubelet \\\n    --a=1 \\\n    --b=2\n'), [['ExecStart', '/usr/bin/kubelet      --a=1      --b=2']]);
});

test('comment lines inside a continuation are skipped without ending it', () => {
  assert.deepEqual(values('[Service]\nExecStart=/usr/bin/kubelet \\\n# --old=1 \\\n  --b=2\n'), [['ExecStart', '/usr/bin/kubelet    --b=2']]);
});

test('a blank line ends a continuation', () => {
  const unit = parseUnitFile(U, '[Service]\nExecStart=/usr/bin/kubelet \\\n\n  --b=2\n');
  assert.deepEqual(unit.directives.map((d) => [d.key, d.value.text]), [['ExecStart', '/usr/bin/kubelet'], ['--b', '2']]);
  assert.equal(unit.directives[1]?.afterBrokenContinuation, false);
});

test('whitespace after the backslash means no continuation', () => {
  const unit = parseUnitFile(U, '[Service]\nExecStart=/usr/bin/kubelet \\ \n  --b=2\n');
  assert.deepEqual(unit.directives.map((d) => [d.key, d.value.text]), [['ExecStart', '/usr/bin/kubelet \\'], ['--b', '2']]);
});

test('an escaped backslash at the end does not continue', () => {
  assert.deepEqual(values('[Service]\nEnvironment=A=x\\\\\nType=simple\n'), [['Environment', 'A=x\\\\'], ['Type', 'simple']]);
});

test('a line without "=" is lost, with its exact range, and marked when it follows a broken continuation', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet --a=1\n  --anonymous-auth false\n';
  const unit = parseUnitFile(U, text);
  assert.equal(unit.lostLines.length, 1);
  const lost = unit.lostLines[0];
  assert.ok(lost);
  assert.equal(text.slice(lost.start, lost.end), '--anonymous-auth false');
  assert.equal(lost.reason, 'missing-equals');
  assert.equal(lost.afterBrokenContinuation, true);
  assert.equal(lost.firstLine, 2);
});

test('keys before any section are lost; a malformed section header stops the file there', () => {
  const unit = parseUnitFile(U, 'Description=x\n[Service\nType=simple\n[Install]\nWantedBy=multi-user.target\n');
  assert.deepEqual(unit.lostLines.map((l) => [l.reason, l.text]), [
    ['outside-section', 'Description=x'],
    ['invalid-section-header', '[Service'],
    ['after-invalid-header', 'Type=simple'],
    ['after-invalid-header', '[Install]'],
    ['after-invalid-header', 'WantedBy=multi-user.target'],
  ]);
  assert.deepEqual(unit.directives, []);
});

test('CRLF line ends and a final line without a newline', () => {
  assert.deepEqual(values('[Service]\r\nExecStart=/usr/bin/kubelet \\\r\n  --a=1\r\nType=simple'), [['ExecStart', '/usr/bin/kubelet    --a=1'], ['Type', 'simple']]);
});

test('every value character is traced to its offset, across continuation lines', () => {
  const text = '[Service]\nExecStart=/usr/bin/kubelet \\\n  --a=1\n';
  const directive = parseUnitFile(U, text).directives[0];
  assert.ok(directive);
  const at = directive.value.text.indexOf('--a=1');
  const span = tracedSpan(directive.value, at, at + 5);
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), '--a=1');
  assert.equal(directive.firstLine, 1);
  assert.equal(directive.lastLine, 2);
  assert.equal(text.slice(directive.keyStart, directive.keyEnd), 'ExecStart');
});

test('a continuation left open at the end of the file is parsed as it stands', () => {
  assert.deepEqual(values('[Service]\nExecStart=/usr/bin/kubelet \\'), [['ExecStart', '/usr/bin/kubelet']]);
});
