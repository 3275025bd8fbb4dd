import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeletTlsCipherSuites, weakness } from '../../../server/src/service/rules/kubelet-tls-cipher-suites.js';
import { CIPHER_SUITES } from '../../../server/src/service/data/generated/tls.js';

const RULE = 'kubelet-tls-cipher-suites';
const RULES = [kubeletTlsCipherSuites];
const CONFIG_HEAD = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const RC4 = 'TLS_RSA_WITH_RC4_128_SHA';
const DES = 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA';
const GOOD = 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256';
const GOOD2 = 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384';
const RC4_WHY = 'The kubelet accepts TLS_RSA_WITH_RC4_128_SHA, a cipher suite Go lists as insecure (RC4 is a broken stream cipher)';
const DES_WHY = 'The kubelet accepts TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, a cipher suite Go lists as insecure (3DES has 64-bit blocks, open to birthday attacks such as Sweet32)';

const unit = (args: string): string => `[Service]\nExecStart=/usr/bin/kubelet ${args}\n`;

test('metadata: CIS 4.2.12, warning, fixable', () => {
  assert.equal(kubeletTlsCipherSuites.id, RULE);
  assert.equal(kubeletTlsCipherSuites.cis, '4.2.12');
  assert.equal(kubeletTlsCipherSuites.defaultSeverity, 'warning');
  assert.equal(kubeletTlsCipherSuites.fixable, true);
});

test('every suite Go lists as insecure gets a specific reason, and only those are reported', () => {
  for (const suite of CIPHER_SUITES) {
    const h = harness({ 'kubelet.service': unit(`--tls-cipher-suites=${suite.name}`) }, {}, RULES);
    const findings = only(h.findings(uri('kubelet.service')), RULE);
    assert.equal(findings.length, suite.insecure ? 1 : 0, suite.name);
    if (suite.insecure) assert.notEqual(weakness(suite.name), 'Go marks it insecure', suite.name);
  }
});

test('ExecStart flag: one finding per insecure suite, each on its name; fixes keep the commas right', () => {
  const text = unit(`--tls-cipher-suites=${RC4},${GOOD},${DES} --v=2`);
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  const where = `set by \`--tls-cipher-suites=${RC4},${GOOD},${DES}\` in kubelet.service:2`;
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), [
    { rule: RULE, severity: 'warning', text: RC4, start: text.indexOf(RC4), end: text.indexOf(RC4) + RC4.length, message: `${RC4_WHY}: ${where}.` },
    { rule: RULE, severity: 'warning', text: DES, start: text.indexOf(DES), end: text.indexOf(DES) + DES.length, message: `${DES_WHY}: ${where}.` },
  ]);
  // The first item goes with the comma after it.
  assert.equal(h.applyFix(uri('kubelet.service'), RULE, 0).get(uri('kubelet.service')), unit(`--tls-cipher-suites=${GOOD},${DES} --v=2`));
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), [DES]);
  // The last item goes with the comma before it.
  assert.equal(h.applyFix(uri('kubelet.service'), RULE, 0).get(uri('kubelet.service')), unit(`--tls-cipher-suites=${GOOD} --v=2`));
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
});

test('a middle item is removed with the comma after it', () => {
  const h = harness({ 'kubelet.service': unit(`--tls-cipher-suites ${GOOD},${RC4},${GOOD2}`) }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), [RC4]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), unit(`--tls-cipher-suites ${GOOD},${GOOD2}`));
});

test('a flag that lists only an insecure suite: the fix removes the flag (the kubelet then uses Go defaults)', () => {
  const h = harness({ 'kubelet.service': unit(`--v=2 --tls-cipher-suites=${RC4} --node-ip=10.0.0.1`) }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), [RC4]);
  assert.equal(h.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), unit('--v=2 --node-ip=10.0.0.1'));
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);

  // The same from an env file: the flag goes from the env file line, the unit is untouched.
  const env = 'etc/default/kubelet';
  const viaEnv = harness({
    'kubelet.service': '[Service]\nEnvironmentFile=/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS --v=2\n',
    [env]: `KUBELET_EXTRA_ARGS="--node-ip=10.0.0.1 --tls-cipher-suites=${RC4}"\n`,
  }, {}, RULES);
  const changed = viaEnv.applyFix(uri(env), RULE);
  assert.deepEqual([...changed.entries()], [[uri(env), 'KUBELET_EXTRA_ARGS="--node-ip=10.0.0.1"\n']]);
});

test('drop-in Environment= variable: reported in the drop-in, fix edits the variable value', () => {
  const dropIn = 'etc/systemd/system/kubelet.service.d/20-tls.conf';
  const dropInText = `[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--tls-cipher-suites=${GOOD},${RC4}"\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n`;
  const h = harness({ 'etc/systemd/system/kubelet.service': unit('--v=2'), [dropIn]: dropInText }, {}, RULES);
  const start = dropInText.indexOf(RC4);
  assert.deepEqual(only(h.findings(uri(dropIn)), RULE), [
    { rule: RULE, severity: 'warning', text: RC4, start, end: start + RC4.length, message: `${RC4_WHY}: set by \`--tls-cipher-suites=${GOOD},${RC4}\` in ${dropIn}:2 (through $KUBELET_EXTRA_ARGS).` },
  ]);
  assert.equal(h.applyFix(uri(dropIn), RULE).get(uri(dropIn)), dropInText.replace(`,${RC4}`, ''));
});

test('env file: reported in the env file line', () => {
  const env = 'etc/default/kubelet';
  const h = harness({
    'kubelet.service': '[Service]\nEnvironmentFile=-/etc/default/kubelet\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
    [env]: `# extra flags\nKUBELET_EXTRA_ARGS=--tls-cipher-suites=${DES},${GOOD}\n`,
  }, {}, RULES);
  const [finding] = only(h.findings(uri(env)), RULE);
  assert.equal(finding?.text, DES);
  assert.equal(finding?.message, `${DES_WHY}: set by \`--tls-cipher-suites=${DES},${GOOD}\` in etc/default/kubelet:2 (through $KUBELET_EXTRA_ARGS).`);
  assert.equal(h.applyFix(uri(env), RULE).get(uri(env)), `# extra flags\nKUBELET_EXTRA_ARGS=--tls-cipher-suites=${GOOD}\n`);
});

test('config file, block list: each insecure item is reported; the fix deletes its line, comment included', () => {
  const config = `${CONFIG_HEAD}tlsCipherSuites:\n  - ${GOOD}\n  - ${RC4} # legacy clients\n  - ${DES}\nreadOnlyPort: 0\n`;
  const h = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml'), 'var/lib/kubelet/config.yaml': config }, {}, RULES);
  const target = uri('var/lib/kubelet/config.yaml');
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(h.findings(target), RULE), [
    { rule: RULE, severity: 'warning', text: RC4, start: config.indexOf(RC4), end: config.indexOf(RC4) + RC4.length, message: `${RC4_WHY}: listed in \`tlsCipherSuites\` in var/lib/kubelet/config.yaml:5.` },
    { rule: RULE, severity: 'warning', text: DES, start: config.indexOf(DES), end: config.indexOf(DES) + DES.length, message: `${DES_WHY}: listed in \`tlsCipherSuites\` in var/lib/kubelet/config.yaml:6.` },
  ]);
  assert.equal(h.applyFix(target, RULE, 0).get(target), `${CONFIG_HEAD}tlsCipherSuites:\n  - ${GOOD}\n  - ${DES}\nreadOnlyPort: 0\n`);
  assert.equal(h.applyFix(target, RULE, 0).get(target), `${CONFIG_HEAD}tlsCipherSuites:\n  - ${GOOD}\nreadOnlyPort: 0\n`);
  assert.deepEqual(only(h.findings(target), RULE), []);
});

test('config file, flow list: the item goes with its comma', () => {
  const h = harness({ 'c.yaml': `${CONFIG_HEAD}tlsCipherSuites: [${RC4}, ${GOOD}, ${DES}]\n` }, {}, RULES);
  const target = uri('c.yaml');
  assert.deepEqual(only(h.findings(target), RULE).map((f) => f.text), [RC4, DES]);
  assert.equal(h.applyFix(target, RULE, 1).get(target), `${CONFIG_HEAD}tlsCipherSuites: [${RC4}, ${GOOD}]\n`);
  assert.equal(h.applyFix(target, RULE, 0).get(target), `${CONFIG_HEAD}tlsCipherSuites: [${GOOD}]\n`);
  assert.deepEqual(only(h.findings(target), RULE), []);
});

test('the flag replaces the file list entirely: a secure flag list silences the file, an insecure one is reported on the flag only', () => {
  const config = `${CONFIG_HEAD}tlsCipherSuites:\n  - ${RC4}\n`;
  const secure = harness({ 'kubelet.service': unit(`--config=/c.yaml --tls-cipher-suites=${GOOD}`), 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(secure.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(secure.findings(uri('kubelet.service')), RULE), []);

  const insecure = harness({ 'kubelet.service': unit(`--config=/c.yaml --tls-cipher-suites=${DES}`), 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(insecure.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(insecure.findings(uri('kubelet.service')), RULE).map((f) => f.text), [DES]);
});

test('repeated --tls-cipher-suites occurrences append: an insecure suite in any of them is reported', () => {
  const text = unit(`--tls-cipher-suites=${GOOD} --tls-cipher-suites=${RC4},${GOOD2}`);
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.start, f.message]), [
    [RC4, text.indexOf(RC4), `${RC4_WHY}: set by \`--tls-cipher-suites=${RC4},${GOOD2}\` in kubelet.service:2.`],
  ]);
});

test('--config-dir fragments replace the list: the fragment list is the one judged', () => {
  const files = {
    'kubelet.service': unit('--config=/c.yaml --config-dir=/etc/kubernetes/kubelet.conf.d'),
    'c.yaml': `${CONFIG_HEAD}tlsCipherSuites:\n  - ${RC4}\n`,
    'etc/kubernetes/kubelet.conf.d/10-tls.conf': `${CONFIG_HEAD}tlsCipherSuites:\n  - ${GOOD}\n  - ${DES}\n`,
  };
  const h = harness(files, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  assert.deepEqual(only(h.findings(uri('etc/kubernetes/kubelet.conf.d/10-tls.conf')), RULE).map((f) => [f.text, f.message]), [
    [DES, `${DES_WHY}: listed in \`tlsCipherSuites\` in the --config-dir fragment etc/kubernetes/kubelet.conf.d/10-tls.conf:5.`],
  ]);
});

test('a duplicate tlsCipherSuites key: only the later list counts', () => {
  const config = `${CONFIG_HEAD}tlsCipherSuites: [${RC4}]\ntlsCipherSuites: [${GOOD}, ${DES}]\n`;
  const h = harness({ 'c.yaml': config }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.start]), [[DES, config.lastIndexOf(DES)]]);
});

test('absent: the Go defaults are secure, with or without --config', () => {
  assert.deepEqual(only(harness({ 'kubelet.service': unit('--v=2') }, {}, RULES).findings(uri('kubelet.service')), RULE), []);
  const withConfig = harness({ 'kubelet.service': unit('--config=/c.yaml'), 'c.yaml': `${CONFIG_HEAD}tlsMinVersion: VersionTLS12\n` }, {}, RULES);
  assert.deepEqual(only(withConfig.findings(uri('kubelet.service')), RULE), []);
  assert.deepEqual(only(withConfig.findings(uri('c.yaml')), RULE), []);
});

test('traps: names the kubelet would not accept as written are not this rule\'s business', () => {
  const cases: Record<string, string>[] = [
    // A space after the comma is part of the name (the kubelet refuses " TLS_...").
    { 'kubelet.service': unit(`"--tls-cipher-suites=${GOOD}, ${RC4}"`) },
    { 'kubelet.service': unit(`--tls-cipher-suites=${RC4.toLowerCase()}`) },
    { 'c.yaml': `${CONFIG_HEAD}tlsCipherSuites: ${RC4}\n` },
    { 'c.yaml': `${CONFIG_HEAD}tlsMinVersion: ${RC4}\n` },
  ];
  for (const files of cases) {
    const h = harness(files, {}, RULES);
    for (const path of Object.keys(files)) assert.deepEqual(only(h.findings(uri(path)), RULE), [], JSON.stringify(files));
  }
});

test('a suite that comes from a ${VAR} inside the value: exact range in the variable, no fix when the comma sits elsewhere', () => {
  const text = `[Service]\nEnvironment=MORE=${RC4}\nExecStart=/usr/bin/kubelet --tls-cipher-suites=${GOOD},\${MORE}\n`;
  const h = harness({ 'kubelet.service': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => [f.text, f.start]), [[RC4, text.indexOf(RC4)]]);
  assert.deepEqual(h.raw(uri('kubelet.service')).filter((f) => f.ruleId === RULE).map((f) => f.fixes.length), [0]);

  const whole = `[Service]\nEnvironment=SUITES=${GOOD},${RC4}\nExecStart=/usr/bin/kubelet --tls-cipher-suites=\${SUITES}\n`;
  const w = harness({ 'kubelet.service': whole }, {}, RULES);
  assert.deepEqual(only(w.findings(uri('kubelet.service')), RULE).map((f) => f.text), [RC4]);
  assert.equal(w.applyFix(uri('kubelet.service'), RULE).get(uri('kubelet.service')), whole.replace(`,${RC4}`, ''));
});

test('a config file missing from the workspace does not stop the flag list from being judged (the flag replaces it anyway)', () => {
  const h = harness({ 'kubelet.service': unit(`--config=/var/lib/kubelet/config.yaml --tls-cipher-suites=${RC4}`) }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('kubelet.service')), RULE).map((f) => f.text), [RC4]);
  const none = harness({ 'kubelet.service': unit('--config=/var/lib/kubelet/config.yaml') }, {}, RULES);
  assert.deepEqual(only(none.findings(uri('kubelet.service')), RULE), []);
});
