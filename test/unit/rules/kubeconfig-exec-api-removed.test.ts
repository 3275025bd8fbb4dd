import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigExecApiRemoved } from '../../../server/src/service/rules/kubeconfig-exec-api-removed.js';

const RULE = 'kubeconfig-exec-api-removed';
const RULES = [kubeconfigExecApiRemoved];
const V1 = 'client.authentication.k8s.io/v1';
const V1BETA1 = 'client.authentication.k8s.io/v1beta1';
const V1ALPHA1 = 'client.authentication.k8s.io/v1alpha1';
const KUBECONFIG = `apiVersion: v1
kind: Config
users:
- name: eks
  user:
    exec:
      apiVersion: ${V1BETA1}
      command: aws
      args: [eks, get-token]
- name: sso
  user:
    exec:
      apiVersion: ${V1ALPHA1} # old plugin
      command: aws-iam-authenticator
      args:
      - token
      - -i
      - ci
`;
const ADVICE = `Use ${V1} if the plugin supports it (it must answer with the same apiVersion), otherwise ${V1BETA1}.`;
const findings = (text: string, settings = {}, path = 'config.yaml') => only(harness({ [path]: text }, settings, RULES).findings(uri(path)), RULE);
const titles = (text: string, settings = {}) => harness({ 'c.yaml': text }, settings, RULES).raw(uri('c.yaml')).map((f) => f.fixes.map((x) => x.title));

test('v1alpha1 is an error on apiVersion: value, naming the user; the preferred fix sets v1 and adds interactiveMode', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const text = `apiVersion: ${V1ALPHA1}`;
  const start = KUBECONFIG.indexOf(text);
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text,
      start,
      end: start + text.length,
      message: `User "sso" runs an exec credential plugin with apiVersion ${V1ALPHA1}, which client-go removed in Kubernetes 1.24: the plugin is never run and authentication fails. ${ADVICE}`,
    },
  ]);
  assert.deepEqual(titles(KUBECONFIG), [[`Use ${V1} with interactiveMode: IfAvailable`, `Use ${V1BETA1} (for a plugin that does not support v1)`]]);
  const fixed = h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml'));
  assert.equal(fixed, KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, `${V1} # old plugin`).replace('      - ci\n', '      - ci\n      interactiveMode: IfAvailable\n'));
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), []);
});

test('the second fix sets v1beta1 and touches nothing else', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const raw = h.raw(uri('config.yaml'))[0];
  const fix = raw?.fixes[1];
  assert.ok(fix);
  assert.equal(fix.preferred, undefined);
  assert.deepEqual(fix.edits.map((e) => [KUBECONFIG.slice(e.start, e.end), e.newText]), [[V1ALPHA1, V1BETA1]]);
});

test('an existing interactiveMode is kept when moving to v1', () => {
  const text = KUBECONFIG.replace('      command: aws-iam-authenticator\n', '      command: aws-iam-authenticator\n      interactiveMode: Never\n');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(titles(text), [[`Use ${V1}`, `Use ${V1BETA1} (for a plugin that does not support v1)`]]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), text.replace(`${V1ALPHA1} # old plugin`, `${V1} # old plugin`));
});

test('v1 without interactiveMode: error, the fix adds IfAvailable; an empty one is filled in', () => {
  const text = KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, V1);
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    [
      `apiVersion: ${V1}`,
      `User "sso" runs an exec credential plugin with ${V1} but no interactiveMode: v1 requires it (only the beta versions default it to IfAvailable), so the kubeconfig is rejected when this user is used. Set interactiveMode: Never for a plugin that never prompts, otherwise IfAvailable.`,
    ],
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), text.replace('      - ci\n', '      - ci\n      interactiveMode: IfAvailable\n'));
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  const empty = text.replace('      command: aws-iam-authenticator\n', '      interactiveMode: ""\n      command: aws-iam-authenticator\n');
  const e = harness({ 'e.yaml': empty }, {}, RULES);
  assert.equal(e.applyFix(uri('e.yaml'), RULE).get(uri('e.yaml')), empty.replace('interactiveMode: ""', 'interactiveMode: "IfAvailable"'));
});

test('a missing apiVersion is an error on exec; the fixes insert it (with interactiveMode for v1)', () => {
  const text = KUBECONFIG.replace(`      apiVersion: ${V1ALPHA1} # old plugin\n`, '');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  const start = text.lastIndexOf('exec:');
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'exec',
      start,
      end: start + 4,
      message: `User "sso" runs an exec credential plugin without an apiVersion, which client-go requires: the kubeconfig is rejected when this user is used. ${ADVICE}`,
    },
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), text.replace('      - ci\n', `      - ci\n      apiVersion: ${V1}\n      interactiveMode: IfAvailable\n`));
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
  const beta = harness({ 'c.yaml': text }, {}, RULES).raw(uri('c.yaml'))[0]?.fixes[1];
  assert.deepEqual(beta?.edits.map((e) => e.newText), [`\n      apiVersion: ${V1BETA1}`]);
});

test('an empty apiVersion is the same error, on the key', () => {
  const text = KUBECONFIG.replace(` ${V1ALPHA1} # old plugin`, '');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.text), ['apiVersion']);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), text.replace('apiVersion:\n', `apiVersion: ${V1}\n`).replace('      - ci\n', '      - ci\n      interactiveMode: IfAvailable\n'));
});

test('an unknown version is an error naming it; before 1.24 v1alpha1 is a warning; before 1.22 only v1beta1 is offered', () => {
  const typo = KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, 'client.authentication.k8s.io/v2');
  assert.deepEqual(findings(typo).map((f) => f.message), [
    `User "sso" runs an exec credential plugin with apiVersion "client.authentication.k8s.io/v2", which is not an exec credential version client-go serves: the plugin is never run and authentication fails. ${ADVICE}`,
  ]);
  assert.deepEqual(findings(KUBECONFIG, { kubernetesVersion: '1.23' }).map((f) => [f.severity, f.message]), [
    ['warning', `User "sso" runs an exec credential plugin with apiVersion ${V1ALPHA1}, which is deprecated and removed from client-go in Kubernetes 1.24. ${ADVICE}`],
  ]);
  assert.deepEqual(findings(KUBECONFIG, { kubernetesVersion: '1.21' }).map((f) => f.message), [
    `User "sso" runs an exec credential plugin with apiVersion ${V1ALPHA1}, which is deprecated and removed from client-go in Kubernetes 1.24. Use ${V1BETA1}.`,
  ]);
  const old = harness({ 'c.yaml': KUBECONFIG }, { kubernetesVersion: '1.21' }, RULES).raw(uri('c.yaml'))[0]?.fixes;
  assert.deepEqual(old?.map((f) => [f.title, f.preferred]), [[`Use ${V1BETA1} (for a plugin that does not support v1)`, true]]);
});

test('an unknown interactiveMode is an error; a wrong letter case is fixed', () => {
  const text = KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, V1).replace('      command: aws-iam-authenticator\n', '      command: aws-iam-authenticator\n      interactiveMode: ifavailable\n');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['interactiveMode: ifavailable', 'User "sso" sets interactiveMode "ifavailable", which client-go does not know (it accepts Never, IfAvailable or Always): the kubeconfig is rejected when this user is used.'],
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), text.replace('ifavailable', 'IfAvailable'));
  assert.deepEqual(harness({ 'c.yaml': text.replace('ifavailable', 'Sometimes') }, {}, RULES).raw(uri('c.yaml'))[0]?.fixes, []);
});

test('no finding for v1beta1 without interactiveMode, v1 with one, a non-string apiVersion, or no exec; without kind it is checked', () => {
  assert.deepEqual(findings(KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, V1BETA1)), []);
  assert.deepEqual(findings(KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, `${V1}\n      interactiveMode: Always`)), []);
  assert.deepEqual(findings(KUBECONFIG.replace(`${V1ALPHA1} # old plugin`, '1')), []);
  assert.deepEqual(findings('users:\n- name: a\n  user:\n    token: x\n'), []);
  assert.equal(findings(KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', ''), {}, 'kubelet.conf').length, 1);
});

test('a flow-style exec: reported, the version is replaced in place, interactiveMode cannot be appended', () => {
  const text = 'users:\n- name: f\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: tool}\n';
  const h = harness({ 'f.yaml': text }, {}, RULES);
  assert.equal(only(h.findings(uri('f.yaml')), RULE).length, 1);
  // v1 needs interactiveMode, which cannot be appended to a flow mapping: only v1beta1 is offered.
  assert.deepEqual(h.raw(uri('f.yaml'))[0]?.fixes.map((f) => f.title), [`Use ${V1BETA1} (for a plugin that does not support v1)`]);
  assert.equal(h.applyFix(uri('f.yaml'), RULE).get(uri('f.yaml')), text.replace(V1ALPHA1, V1BETA1));
});
