import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigTypeError } from '../../../server/src/service/rules/kubeconfig-type-error.js';

const RULE = 'kubeconfig-type-error';
const RULES = [kubeconfigTypeError];
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: dev
  cluster:
    server: https://dev.example:6443
    insecure-skip-tls-verify: yes
- name: prod
  cluster:
    server: https://prod.example:6443
    insecure-skip-tls-verify: "true" # quoted by a templating tool
    certificate-authority-data: QUJD
users:
- name: admin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: tool
      args: [get-token]
      env:
      - name: A
        value: b
contexts:
- name: ctx
  context:
    cluster: prod
    user: admin
    namespace: default
current-context: ctx
`;
const LOAD = 'client-go cannot load this kubeconfig.';
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const seen = (text: string, path?: string) => findings(text, path).map((f) => [f.text, f.message]);
const fixed = (text: string, index = 0): string | undefined => harness({ 'c.yaml': text }, {}, RULES).applyFix(uri('c.yaml'), RULE, index).get(uri('c.yaml'));

test('a quoted "true" for a boolean: error on the value, naming the cluster; the fix unquotes it, once', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const start = KUBECONFIG.indexOf('"true"');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: '"true"',
      start,
      end: start + 6,
      message: `insecure-skip-tls-verify in cluster "prod" must be a boolean (true or false, unquoted), not the string "true": ${LOAD}`,
    },
  ]);
  assert.equal(h.applyFix(uri('config.yaml'), RULE).get(uri('config.yaml')), KUBECONFIG.replace('"true" # quoted', 'true # quoted'));
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), []);
  assert.equal(fixed(KUBECONFIG.replace('"true"', "'False'")), KUBECONFIG.replace('"true"', 'false'));
});

test('other values for a boolean: a number or a word that is not a YAML 1.1 boolean, without a fix', () => {
  assert.deepEqual(seen(KUBECONFIG.replace('"true"', '1')), [['1', `insecure-skip-tls-verify in cluster "prod" must be a boolean (true or false, unquoted), not the number 1: ${LOAD}`]]);
  const word = harness({ 'c.yaml': KUBECONFIG.replace('"true"', 'enabled') }, {}, RULES);
  assert.deepEqual(only(word.findings(uri('c.yaml')), RULE).map((f) => f.message), [
    `insecure-skip-tls-verify in cluster "prod" must be a boolean (true or false, unquoted), not the string "enabled": ${LOAD}`,
  ]);
  assert.deepEqual(word.raw(uri('c.yaml'))[0]?.fixes, []);
});

test('a number or boolean where a string belongs: the fix quotes the text as written', () => {
  const text = KUBECONFIG.replace('server: https://prod.example:6443', 'server: 123');
  assert.deepEqual(seen(text).slice(0, 1), [['123', `server in cluster "prod" must be a string, not the number 123: ${LOAD}`]]);
  assert.equal(fixed(text), KUBECONFIG.replace('server: https://prod.example:6443', 'server: "123"'));
  const octal = KUBECONFIG.replace('namespace: default', 'namespace: 0755').replace('"true"', 'true');
  assert.deepEqual(seen(octal), [['0755', `namespace in context "ctx" must be a string, not the number 0755: ${LOAD}`]]);
  assert.equal(fixed(octal), octal.replace('0755', '"0755"'));
  const bool = KUBECONFIG.replace('"true"', 'true').replace('command: tool', 'command: yes');
  assert.deepEqual(seen(bool), [['yes', `command in user "admin" must be a string, not the boolean true: ${LOAD}`]]);
});

test('values yaml.v2 keeps as strings are fine: base-60 looking text, dates, null', () => {
  const text = KUBECONFIG.replace('"true"', 'true').replace('namespace: default', 'namespace: 1:20').replace('name: admin', 'name: 2024-01-01');
  assert.deepEqual(findings(text), []);
  assert.deepEqual(findings(KUBECONFIG.replace('"true"', '~').replace('namespace: default', 'namespace:')), []);
});

test('structure: a mapping where the list of clusters belongs, a scalar list entry, a scalar cluster', () => {
  const map = 'clusters:\n  prod:\n    server: https://p\n';
  assert.deepEqual(seen(map), [['prod:\n    server: https://p', `clusters must be a list of named entries (- name: ...), not a mapping: ${LOAD}`]]);
  const entry = 'clusters:\n- prod\n- name: ok\n  cluster:\n    server: https://ok\n';
  assert.deepEqual(seen(entry), [['prod', `Each entry of clusters must be a mapping, not the string "prod": ${LOAD}`]]);
  const scalar = 'clusters:\n- name: p\n  cluster: https://p\n';
  assert.deepEqual(seen(scalar), [['https://p', `cluster in cluster "p" must be a mapping, not the string "https://p": ${LOAD}`]]);
  assert.deepEqual(seen('users: {}\n'), [['{}', `users must be a list of named entries (- name: ...), not a mapping: ${LOAD}`]]);
});

test('string lists and string maps: exec args and env, auth-provider config, impersonation extras', () => {
  const args = KUBECONFIG.replace('"true"', 'true').replace('args: [get-token]', 'args: get-token');
  assert.deepEqual(seen(args), [['get-token', `args in user "admin" must be a list of strings, not the string "get-token": ${LOAD}`]]);
  const item = KUBECONFIG.replace('"true"', 'true').replace('args: [get-token]', 'args: [get-token, 30]');
  assert.deepEqual(seen(item), [['30', `Each item of args in user "admin" must be a string, not the number 30: ${LOAD}`]]);
  const env = KUBECONFIG.replace('"true"', 'true').replace('value: b', 'value: 8080');
  assert.deepEqual(seen(env), [['8080', `value in user "admin" must be a string, not the number 8080: ${LOAD}`]]);
  const provider = 'users:\n- name: oidc\n  user:\n    auth-provider:\n      name: oidc\n      config:\n        client-id: k8s\n        expires-in: 3600\n';
  assert.deepEqual(seen(provider), [['3600', `Each value of config in user "oidc" must be a string, not the number 3600: ${LOAD}`]]);
  const extra = 'users:\n- name: i\n  user:\n    as: jane\n    as-user-extra:\n      team: platform\n      scopes: [a, b]\n';
  assert.deepEqual(seen(extra), [['platform', `Each value of as-user-extra in user "i" must be a list of strings, not the string "platform": ${LOAD}`]]);
});

test('base64: a character outside the alphabet, a wrong length, misplaced padding', () => {
  const bad = KUBECONFIG.replace('"true"', 'true');
  assert.deepEqual(seen(bad.replace('QUJD', 'QU_D')), [
    ['QU_D', `certificate-authority-data in cluster "prod" is not valid base64: it contains "_" at character 3, which is not in the base64 alphabet. ${LOAD}`],
  ]);
  assert.deepEqual(seen(bad.replace('QUJD', 'QUJDRA')), [
    ['QUJDRA', `certificate-authority-data in cluster "prod" is not valid base64: its 6 characters are not a multiple of 4, so it is truncated or lacks its = padding. ${LOAD}`],
  ]);
  assert.deepEqual(seen(bad.replace('QUJD', 'QQ=A')), [['QQ=A', `certificate-authority-data in cluster "prod" is not valid base64: its = padding is misplaced. ${LOAD}`]]);
  assert.deepEqual(findings(bad.replace('QUJD', '|\n      QUJD\n      REVG')), []);
  assert.deepEqual(findings(bad.replace('QUJD', '""')), []);
});

test('base64 split over plain lines is joined with spaces: the fix removes them', () => {
  const text = KUBECONFIG.replace('"true"', 'true').replace('QUJD', 'QUJD\n      REVG');
  assert.deepEqual(seen(text), [
    [
      'QUJD\n      REVG',
      `certificate-authority-data in cluster "prod" is not valid base64: it contains blanks (a folded or multi-line plain value joins its lines with spaces; use a literal block | or one line). ${LOAD}`,
    ],
  ]);
  assert.equal(fixed(text), text.replace('QUJD\n      REVG', 'QUJDREVG'));
  assert.deepEqual(findings(fixed(text) ?? ''), []);
});

test('PEM text pasted into a *-data field: the fix encodes it', () => {
  const pemText = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  const text = KUBECONFIG.replace('"true"', 'true').replace('QUJD', '|\n      -----BEGIN CERTIFICATE-----\n      MIIB\n      -----END CERTIFICATE-----');
  assert.deepEqual(seen(text).map(([, message]) => message), [
    `certificate-authority-data in cluster "prod" holds PEM text, but this field takes base64 (the PEM file's bytes encoded once more): ${LOAD.slice(0, -1)}. Encode it (base64 -w0), or put the PEM in a file and name it with certificate-authority.`,
  ]);
  const after = fixed(text);
  assert.equal(after, KUBECONFIG.replace('"true"', 'true').replace('QUJD', Buffer.from(pemText).toString('base64')));
  assert.deepEqual(findings(after ?? ''), []);
});

test('a number or a list of byte values in a *-data field', () => {
  const bad = KUBECONFIG.replace('"true"', 'true');
  assert.deepEqual(seen(bad.replace('QUJD', '1234')), [['1234', `certificate-authority-data in cluster "prod" must be base64 text, not the number 1234: ${LOAD}`]]);
  assert.deepEqual(findings(bad.replace('QUJD', '[65, 66]')), []);
});

test('apiVersion other than v1: error with a fix; absent or v1 is fine', () => {
  const text = KUBECONFIG.replace('"true"', 'true').replace('apiVersion: v1\n', 'apiVersion: v2\n');
  assert.deepEqual(seen(text), [['v2', 'apiVersion "v2" is not a kubeconfig version client-go knows (only v1, the default when absent): it cannot load the file.']]);
  assert.equal(fixed(text), KUBECONFIG.replace('"true"', 'true'));
  assert.deepEqual(findings(KUBECONFIG.replace('"true"', 'true').replace('apiVersion: v1\n', '')), []);
});

test('only the value that counts is judged (a later duplicate wins); several problems are each reported; no kind', () => {
  const dup = KUBECONFIG.replace('"true" # quoted by a templating tool', '"true"\n    insecure-skip-tls-verify: true');
  assert.deepEqual(findings(dup), []);
  const many = KUBECONFIG.replace('server: https://dev.example:6443', 'server: 6443');
  assert.deepEqual(findings(many).map((f) => f.text), ['6443', '"true"']);
  assert.equal(findings(KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', ''), 'kubelet.conf').length, 1);
});
