import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';

test('systemd-lost-line: a flag line left after a broken continuation, with its whole range', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml\n  --anonymous-auth=false\n  --read-only-port 0\nRestart=always\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'systemd-lost-line'), [
    { rule: 'systemd-lost-line', severity: 'warning', text: '--anonymous-auth=false', start: 56, end: 78, message: 'systemd ignores this line: "--anonymous-auth" is not a directive, so this kubelet flag is lost. The line before it does not end in "\\", so this flag never reaches ExecStart=.' },
    { rule: 'systemd-lost-line', severity: 'warning', text: '--read-only-port 0', start: 81, end: 99, message: 'systemd ignores this line: it has no "=", so it is not a setting. The line before it does not end in "\\", so this flag never reaches ExecStart=.' },
  ]);
});


test('systemd-lost-line: unknown directive names; X- keys and other sections are left alone', () => {
  const h = harness({ 'kubelet.service': '[Service]\nExecStar=/usr/bin/kubelet\nX-Note=ok\nExecStart=/usr/bin/kubelet --config=/c\n[Custom]\nAnything=1\n' });
  assert.deepEqual(only(h.findings(uri('kubelet.service')), 'systemd-lost-line').map((f) => [f.text, f.message]), [
    ['ExecStar', 'systemd ignores this line: "ExecStar" is not a directive of the [Service] section.'],
  ]);
});

