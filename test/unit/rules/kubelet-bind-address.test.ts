import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { isAllInterfaces, kubeletBindAddress } from '../../../server/src/service/rules/kubelet-bind-address.js';

const RULE = 'kubelet-bind-address';
const RULES = [kubeletBindAddress];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const FLAG_DEFAULT = "the kubelet's flag default, since no --config file is used";
const FLAG_ADVICE = 'Bind it to localhost or an address on a restricted network, or set --client-ca-file so clients must present a certificate.';
const CONFIG_ADVICE = 'Bind it to localhost or an address on a restricted network, or set authentication.x509.clientCAFile so clients must present a certificate.';

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: no CIS id, information, no fix', () => {
  assert.equal(kubeletBindAddress.id, RULE);
  assert.equal(kubeletBindAddress.cis, undefined);
  assert.equal(kubeletBindAddress.defaultSeverity, 'information');
  assert.equal(kubeletBindAddress.fixable, false);
});

test('which addresses mean every interface', () => {
  for (const address of ['', '0.0.0.0', '::', '0:0:0:0:0:0:0:0', '::0']) assert.equal(isAllInterfaces(address), true, address);
  for (const address of ['127.0.0.1', '::1', '10.0.0.5', 'fd00::1', '0.0.0.1', 'localhost']) assert.equal(isAllInterfaces(address), false, address);
});

test('absent without --config: the 0.0.0.0 flag default and no client CA, reported on ExecStart with guidance and no fix', () => {
  const h = harness({ 'kubelet.service': unit('--v=2') }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE, severity: 'information', text: 'ExecStart', start: 10, end: 19,
      message: `The kubelet API listens on all interfaces with no client CA to verify callers: --address is 0.0.0.0 (${FLAG_DEFAULT}) and --client-ca-file is empty (${FLAG_DEFAULT}). ${FLAG_ADVICE}`,
    },
  ]);
  assert.deepEqual(h.raw(uri('kubelet.service')).filter((f) => f.ruleId === RULE).map((f) => f.fixes.length), [0]);
});

test('absent with --config: the KubeletConfiguration defaults, reported on ExecStart', () => {
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}readOnlyPort: 0\n` }, {}, RULES);
  const unset = 'the KubeletConfiguration default, since c.yaml does not set it';
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.message]), [
    ['ExecStart', `The kubelet API listens on all interfaces with no client CA to verify callers: address is 0.0.0.0 (${unset}) and authentication.x509.clientCAFile is empty (${unset}). ${CONFIG_ADVICE}`],
  ]);
});

test('negatives: a specific address, or a client CA from the flag or the file', () => {
  const cases: Record<string, string>[] = [
    { 'kubelet.service': unit('--address=127.0.0.1') },
    { 'kubelet.service': unit('--address ::1') },
    { 'kubelet.service': unit('--address=10.0.0.5') },
    { 'kubelet.service': unit('--client-ca-file=/etc/kubernetes/pki/ca.crt') },
    { 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n` },
    { 'kubelet.service': unit('--config=/c.yaml --client-ca-file=/ca.crt'), 'c.yaml': `${CONFIG_HEAD}address: 0.0.0.0\n` },
  ];
  for (const files of cases) {
    const h = harness(files, {}, RULES);
    for (const path of Object.keys(files)) assert.deepEqual(only(h.findings(uri(path)), RULE), [], JSON.stringify(files));
  }
});

test('ExecStart flag: --address=0.0.0.0 and --address :: are reported on the flag', () => {
  const text = unit('--address=0.0.0.0 --v=2');
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    {
      rule: RULE, severity: 'information', text: '--address=0.0.0.0', start: text.indexOf('--address'), end: text.indexOf('--address') + 17,
      message: `The kubelet API listens on all interfaces with no client CA to verify callers: --address is 0.0.0.0 (set by \`--address=0.0.0.0\` in kubelet.service:2) and --client-ca-file is empty (${FLAG_DEFAULT}). ${FLAG_ADVICE}`,
    },
  ]);
  const v6 = harness({ 'kubelet.service': unit('--address ::') }, {}, RULES);
  assert.deepEqual(only(v6.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--address ::']);
});

test('drop-in Environment= variable: reported in the drop-in', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-net.conf';
  const dropInText = '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--address=0.0.0.0"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n';
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const [finding] = only(h.findings(uri(dropIn)), RULE);
  assert.equal(finding?.text, '--address=0.0.0.0');
  assert.equal(finding?.start, dropInText.indexOf('--address'));
  assert.equal(finding?.message, `The kubelet API listens on all interfaces with no client CA to verify callers: --address is 0.0.0.0 (set by \`--address=0.0.0.0\` in ${dropIn}:2 (through $KUBELET_EXTRA_ARGS)) and --client-ca-file is empty (${FLAG_DEFAULT}). ${FLAG_ADVICE}`);
});

test('env file: reported in the env file', () => {
  const h = harness({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/sysconfig/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_ARGS\n',
    'etc/sysconfig/kubelet': 'KUBELET_ARGS="--node-ip=10.0.0.4 --address=0.0.0.0"\n',
  }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('etc/sysconfig/kubelet')), RULE).map((f) => f.text), ['--address=0.0.0.0']);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('config file: an explicit all-interfaces address is reported on the entry; an empty one, which the kubelet defaults to 0.0.0.0, too', () => {
  const h = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}address: "::" # dual stack\n` }, {}, RULES);
  const unset = 'the KubeletConfiguration default, since c.yaml does not set it';
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['address: "::"', `The kubelet API listens on all interfaces with no client CA to verify callers: address is :: (set by \`address: ::\` in c.yaml:3) and authentication.x509.clientCAFile is empty (${unset}). ${CONFIG_ADVICE}`],
  ]);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);

  const blank = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}address: ""\n` }, {}, RULES);
  assert.deepEqual(only(blank.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['address: ""', `The kubelet API listens on all interfaces with no client CA to verify callers: address is 0.0.0.0 (the KubeletConfiguration default, since \`address: ""\` in c.yaml:3 is a zero value the kubelet treats as unset) and authentication.x509.clientCAFile is empty (${unset}). ${CONFIG_ADVICE}`],
  ]);
});

test('the flag overrides the file, both ways', () => {
  const open = harness({ 'kubelet.service': unit('--config=/c.yaml --address=0.0.0.0'), 'c.yaml': `${CONFIG_HEAD}address: 127.0.0.1\n` }, {}, RULES);
  assert.deepEqual(only(open.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(open.findings(uri('kubelet.service')), RULE).map((f) => f.text), ['--address=0.0.0.0']);
  const closed = harness({ 'kubelet.service': unit('--config=/c.yaml --address=127.0.0.1'), 'c.yaml': `${CONFIG_HEAD}address: 0.0.0.0\n` }, {}, RULES);
  assert.deepEqual(only(closed.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(closed.findings(uri('kubelet.service')), RULE), []);
});

test('unknown: a missing env file means nothing is judged', () => {
  const h = harness({ 'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $ARGS\n' }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});
