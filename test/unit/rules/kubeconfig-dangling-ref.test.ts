import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigDanglingRef } from '../../../server/src/service/rules/kubeconfig-dangling-ref.js';

const RULE = 'kubeconfig-dangling-ref';
const RULES = [kubeconfigDanglingRef];
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: kubernetes
  cluster:
    server: https://10.0.0.10:6443
users:
- name: system:node:worker-1
  user:
    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem
contexts:
- name: system:node:worker-1@kubernetes
  context:
    cluster: kubernetes
    user: system:node:worker-1
current-context: system:node:worker-1@kubernetes
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);

test('a valid kubeadm-style kubeconfig has no finding', () => {
  assert.deepEqual(findings(KUBECONFIG), []);
});

test('a context naming a missing cluster: error on the name, the fix uses the only cluster, once', () => {
  const text = KUBECONFIG.replace('    cluster: kubernetes', '    cluster: kubernetes-old # renamed');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  const start = text.indexOf('kubernetes-old');
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'kubernetes-old',
      start,
      end: start + 14,
      message:
        'Context "system:node:worker-1@kubernetes" names cluster "kubernetes-old", which is not in this file\'s clusters: it is the current context, so client-go cannot use this kubeconfig. Defined: "kubernetes".',
    },
  ]);
  assert.deepEqual(h.raw(uri('c.yaml'))[0]?.fixes.map((f) => f.title), ['Use the only cluster, "kubernetes"']);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), KUBECONFIG.replace('    cluster: kubernetes', '    cluster: kubernetes # renamed'));
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE), []);
});

test('a missing user in a context that is not current; the fix keeps quotes', () => {
  const text = KUBECONFIG.replace('current-context:', '- name: spare\n  context:\n    cluster: kubernetes\n    user: "admin"\ncurrent-context:');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['"admin"', 'Context "spare" names user "admin", which is not in this file\'s users: client-go fails whenever this context is selected. Defined: "system:node:worker-1".'],
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), text.replace('user: "admin"', 'user: "system:node:worker-1"'));
});

test('current-context naming a missing context: error on the value, fixed with the only context', () => {
  const text = KUBECONFIG.replace('current-context: system:node:worker-1@kubernetes', 'current-context: default');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.severity, f.message]), [
    [
      'default',
      'error',
      'current-context names context "default", which is not in this file\'s contexts: client-go cannot use this kubeconfig without another context chosen explicitly. Defined: "system:node:worker-1@kubernetes".',
    ],
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), KUBECONFIG);
});

test('with several candidates there is no fix, and the message lists them; with none it says so', () => {
  const text = KUBECONFIG.replace('users:\n', 'users:\n- name: admin\n  user:\n    token: x\n').replace('    user: system:node:worker-1\n', '    user: worker\n');
  const h = harness({ 'c.yaml': text }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => f.message), [
    'Context "system:node:worker-1@kubernetes" names user "worker", which is not in this file\'s users: it is the current context, so client-go cannot use this kubeconfig. Defined: "admin", "system:node:worker-1".',
  ]);
  assert.deepEqual(h.raw(uri('c.yaml'))[0]?.fixes, []);
  // An entry named "" is no candidate: pointing a context at it would leave the context naming nothing.
  const unnamed = KUBECONFIG.replace('- name: system:node:worker-1\n', '- name: ""\n');
  const u = harness({ 'c.yaml': unnamed }, {}, RULES);
  assert.deepEqual(only(u.findings(uri('c.yaml')), RULE).map((f) => f.message), [
    'Context "system:node:worker-1@kubernetes" names user "system:node:worker-1", which is not in this file\'s users: it is the current context, so client-go cannot use this kubeconfig. The file defines no user.',
  ]);
  assert.deepEqual(u.raw(uri('c.yaml'))[0]?.fixes, []);
  const noClusters = KUBECONFIG.replace(/clusters:\n- name: kubernetes\n  cluster:\n    server: https:\/\/10\.0\.0\.10:6443\n/, '');
  assert.deepEqual(findings(noClusters).map((f) => f.message), [
    'Context "system:node:worker-1@kubernetes" names cluster "kubernetes", which is not in this file\'s clusters: it is the current context, so client-go cannot use this kubeconfig. The file defines no cluster.',
  ]);
});

test('an empty or missing cluster/user in a context is reported too', () => {
  const empty = KUBECONFIG.replace('    cluster: kubernetes\n', '    cluster: ""\n');
  const h = harness({ 'c.yaml': empty }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['cluster: ""', 'Context "system:node:worker-1@kubernetes" names no cluster: it is the current context, so client-go cannot use this kubeconfig. Defined: "kubernetes".'],
  ]);
  assert.equal(h.applyFix(uri('c.yaml'), RULE).get(uri('c.yaml')), KUBECONFIG.replace('    cluster: kubernetes\n', '    cluster: "kubernetes"\n'));
  const missing = KUBECONFIG.replace('    user: system:node:worker-1\n', '');
  const m = harness({ 'c.yaml': missing }, {}, RULES);
  assert.deepEqual(only(m.findings(uri('c.yaml')), RULE).map((f) => [f.text, f.message]), [
    ['context', 'Context "system:node:worker-1@kubernetes" names no user: it is the current context, so client-go cannot use this kubeconfig. Defined: "system:node:worker-1".'],
  ]);
  assert.deepEqual(m.raw(uri('c.yaml'))[0]?.fixes, []);
});

test('duplicate names in a list are errors on the later name, in every list', () => {
  const text = KUBECONFIG.replace('users:\n', 'users:\n- name: system:node:worker-1\n  user:\n    token: x\n').replace(
    'contexts:\n',
    'contexts:\n- name: system:node:worker-1@kubernetes\n  context: {cluster: kubernetes, user: system:node:worker-1}\n',
  );
  const names = findings(text);
  const userDup = text.indexOf('system:node:worker-1', text.indexOf('users:') + 30);
  assert.deepEqual(
    names.map((f) => [f.text, f.start, f.message]),
    [
      ['system:node:worker-1', userDup, 'The name "system:node:worker-1" appears more than once in users: client-go refuses to load a kubeconfig with duplicate names in a list. Rename or remove one of them.'],
      [
        'system:node:worker-1@kubernetes',
        text.indexOf('- name: system:node:worker-1@kubernetes\n  context:\n    cluster') + 8,
        'The name "system:node:worker-1@kubernetes" appears more than once in contexts: client-go refuses to load a kubeconfig with duplicate names in a list. Rename or remove one of them.',
      ],
    ],
  );
});

test('a kubeconfig without kind, JSON, a flow context; non-string names are left to kubeconfig-type-error', () => {
  const noKind = KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', '').replace('current-context: system:node:worker-1@kubernetes', 'current-context: x');
  assert.deepEqual(findings(noKind, 'kubelet.conf').map((f) => f.text), ['x']);
  const json = '{\n"kind": "Config",\n"clusters": [{"name": "a", "cluster": {"server": "https://a"}}],\n"users": [{"name": "u", "user": {}}],\n"contexts": [{"name": "c", "context": {"cluster": "b", "user": "u"}}]\n}\n';
  const h = harness({ 'c.json': json }, {}, RULES);
  assert.deepEqual(only(h.findings(uri('c.json')), RULE).map((f) => f.text), ['"b"']);
  assert.equal(h.applyFix(uri('c.json'), RULE).get(uri('c.json')), json.replace('"cluster": "b"', '"cluster": "a"'));
  assert.deepEqual(findings(KUBECONFIG.replace('    cluster: kubernetes\n', '    cluster: 12\n')), []);
});
