import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigEmbeddedClientKey } from '../../../server/src/service/rules/kubeconfig-embedded-client-key.js';

const RULE = 'kubeconfig-embedded-client-key';
const RULES = [kubeconfigEmbeddedClientKey];
const KUBECONFIG = `apiVersion: v1
kind: Config
users:
- name: node
  user:
    client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem
    client-key: /var/lib/kubelet/pki/kubelet-client-current.pem
- name: admin
  user:
    client-certificate-data: QUJD
    client-key-data: REVG # pasted from admin.conf
`;
const findings = (text: string, path = 'config.yaml') => only(harness({ [path]: text }, {}, RULES).findings(uri(path)), RULE);
const MESSAGE = (user: string): string =>
  `User "${user}" embeds its private key in the file (client-key-data): anyone who can read this kubeconfig can act as that user. Keep the file readable by its owner only (mode 600), or point client-key at a key file kept with the same care.`;

test('information on client-key-data, naming the user; key files are not reported', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const start = KUBECONFIG.indexOf('client-key-data');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    { rule: RULE, severity: 'information', text: 'client-key-data: REVG', start, end: start + 21, message: MESSAGE('admin') },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml'))[0]?.fixes, []);
});

test('a multi-line block value is covered up to its last line', () => {
  const text = KUBECONFIG.replace('client-key-data: REVG # pasted from admin.conf', 'client-key-data: |\n      REVG\n      R0hJ');
  assert.deepEqual(findings(text).map((f) => f.text), ['client-key-data: |\n      REVG\n      R0hJ']);
});

test('several users, a kubeconfig without kind; empty or null data is not a key', () => {
  const two = `${KUBECONFIG}- name: second\n  user:\n    client-key-data: R0hJ\n`;
  assert.deepEqual(findings(two).map((f) => f.message), [MESSAGE('admin'), MESSAGE('second')]);
  assert.equal(findings(KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', ''), 'kubelet.conf').length, 1);
  assert.deepEqual(findings(KUBECONFIG.replace('REVG # pasted', '"" # pasted')), []);
  assert.deepEqual(findings(KUBECONFIG.replace('REVG # pasted', '# pasted')), []);
});
