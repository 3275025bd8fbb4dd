import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, uri } from '../../support/service-harness.js';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';
import { configInvalidApiversion } from '../../../server/src/service/rules/config-invalid-apiversion.js';

const RULE = 'config-invalid-apiversion';

/** A fixed file must still be YAML (or JSON) the parser accepts. */
function parses(text: string | undefined): void {
  assert.ok(text !== undefined);
  for (const document of parseYamlFile('file:///fixed', text).documents) assert.deepEqual(document.errors, [], text);
}
const GOOD = 'kubelet.config.k8s.io/v1beta1';

function check(text: string, path = 'config.yaml') {
  return harness({ [path]: text }, {}, [configInvalidApiversion]);
}

function at(text: string, needle: string, message: string) {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} is in the text`);
  return { rule: RULE, severity: 'error', text: needle, start, end: start + needle.length, message };
}

function notServed(version: string): string {
  return `apiVersion "${version}" does not serve KubeletConfiguration: the kubelet reads its configuration only as ${GOOD}, so it will not start with this file.`;
}

const NO_API = `This KubeletConfiguration document has no apiVersion: the kubelet cannot tell which version of the configuration it holds and will not start. It must be ${GOOD}.`;
const NO_KIND = 'This KubeletConfiguration document has no kind: the kubelet cannot tell what the document holds and will not start. It must be KubeletConfiguration.';

/** Checks the finding, applies its fix, and checks the result and that nothing is left. */
function fixes(text: string, expected: string, path = 'config.yaml'): void {
  const h = check(text, path);
  assert.equal(h.applyFix(uri(path), RULE).get(uri(path)), expected);
  parses(h.workspace.readFile(uri(path)));
  assert.deepEqual(h.findings(uri(path)), []);
}

test('an apiVersion that does not serve KubeletConfiguration: on the value; the fix sets v1beta1', () => {
  for (const version of ['kubelet.config.k8s.io/v1alpha1', 'kubelet.config.k8s.io/v1', 'v1beta1', 'kubeadm.k8s.io/v1beta4']) {
    const text = `apiVersion: ${version} # old\nkind: KubeletConfiguration\nport: 10250\n`;
    assert.deepEqual(check(text).findings(uri('config.yaml')), [at(text, version, notServed(version))], version);
    fixes(text, text.replace(version, GOOD));
  }
});

test('the fix keeps the quotes the value was written with', () => {
  const double = 'apiVersion: "kubelet.config.k8s.io/v1alpha1"\nkind: KubeletConfiguration\n';
  assert.equal(check(double).findings(uri('config.yaml'))[0]?.text, '"kubelet.config.k8s.io/v1alpha1"');
  fixes(double, `apiVersion: "${GOOD}"\nkind: KubeletConfiguration\n`);
  const single = "apiVersion: 'kubelet.config.k8s.io/v1'\nkind: KubeletConfiguration\n";
  fixes(single, `apiVersion: '${GOOD}'\nkind: KubeletConfiguration\n`);
});

test('a missing apiVersion: on the document\'s first line; the fix inserts it before the first key', () => {
  const text = '# written by hand\nkind: KubeletConfiguration # the type\nport: 10250\n';
  assert.deepEqual(check(text).findings(uri('config.yaml')), [at(text, 'kind: KubeletConfiguration # the type', NO_API)]);
  fixes(text, `# written by hand\napiVersion: ${GOOD}\nkind: KubeletConfiguration # the type\nport: 10250\n`);
});

test('a missing kind: the fix inserts it after the apiVersion line (its comment stays put)', () => {
  const text = `port: 10250\napiVersion: ${GOOD} # v1beta1 only\nreadOnlyPort: 0\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), [at(text, 'port: 10250', NO_KIND)]);
  fixes(text, `port: 10250\napiVersion: ${GOOD} # v1beta1 only\nkind: KubeletConfiguration\nreadOnlyPort: 0\n`);
});

test('an empty apiVersion counts as missing; the fix fills it in', () => {
  const empty = 'apiVersion:\nkind: KubeletConfiguration\n';
  assert.deepEqual(check(empty).findings(uri('config.yaml')), [at(empty, 'apiVersion', `apiVersion is empty, which the kubelet takes as missing: it will not start. It must be ${GOOD}.`)]);
  fixes(empty, `apiVersion: ${GOOD}\nkind: KubeletConfiguration\n`);
  const quoted = 'kind: KubeletConfiguration\napiVersion: ""\n';
  assert.equal(check(quoted).findings(uri('config.yaml'))[0]?.text, '""');
  fixes(quoted, `kind: KubeletConfiguration\napiVersion: "${GOOD}"\n`);
  const tilde = 'kind: KubeletConfiguration\napiVersion: ~\n';
  fixes(tilde, `kind: KubeletConfiguration\napiVersion: ${GOOD}\n`);
});

test('an apiVersion that is not a string', () => {
  const text = 'kind: KubeletConfiguration\napiVersion: 1\n';
  assert.deepEqual(check(text).findings(uri('config.yaml')), [
    at(text, '1', `apiVersion must be the string ${GOOD}, but it is a number: the kubelet cannot read the document's type and will not start.`),
  ]);
  fixes(text, `kind: KubeletConfiguration\napiVersion: ${GOOD}\n`);
  const block = 'kind: KubeletConfiguration\napiVersion:\n  group: kubelet.config.k8s.io\n';
  assert.deepEqual(check(block).findings(uri('config.yaml')).map((f) => f.message), [
    `apiVersion must be the string ${GOOD}, but it is a mapping: the kubelet cannot read the document's type and will not start.`,
  ]);
  assert.deepEqual(check(block).raw(uri('config.yaml'))[0]?.fixes, []);
});

test('a wrong kind under the kubelet group: fixed when it was meant as KubeletConfiguration, only reported otherwise', () => {
  const kindMessage = (kind: string): string => `kind "${kind}" is not a configuration the kubelet reads (kind names are case-sensitive): it expects KubeletConfiguration and will not start with this file.`;
  const typo = `apiVersion: ${GOOD}\nkind: KubeletConfig\n`;
  assert.deepEqual(check(typo).findings(uri('config.yaml')), [at(typo, 'KubeletConfig', kindMessage('KubeletConfig'))]);
  fixes(typo, `apiVersion: ${GOOD}\nkind: KubeletConfiguration\n`);
  const lower = `apiVersion: ${GOOD}\nkind: kubeletconfiguration\n`;
  fixes(lower, `apiVersion: ${GOOD}\nkind: KubeletConfiguration\n`);
  const other = `apiVersion: ${GOOD}\nkind: NodeConfig\n`;
  assert.deepEqual(check(other).findings(uri('config.yaml')), [at(other, 'NodeConfig', kindMessage('NodeConfig'))]);
  assert.deepEqual(check(other).raw(uri('config.yaml'))[0]?.fixes, []);
});

test('both wrong: two findings', () => {
  const text = 'apiVersion: kubelet.config.k8s.io/v1alpha1\nkind: Kubeletconfig\n';
  assert.deepEqual(check(text).findings(uri('config.yaml')).map((f) => f.text), ['kubelet.config.k8s.io/v1alpha1', 'Kubeletconfig']);
});

test('apiVersion and kind are found ignoring the case of the key, as the kubelet does', () => {
  assert.deepEqual(check(`APIVersion: ${GOOD}\nkind: KubeletConfiguration\n`).findings(uri('config.yaml')), []);
  assert.deepEqual(check(`apiVersion: ${GOOD}\nKind: KubeletConfiguration\n`).findings(uri('config.yaml')), []);
  const text = `Apiversion: kubelet.config.k8s.io/v1alpha1\nkind: KubeletConfiguration\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')).map((f) => f.text), ['kubelet.config.k8s.io/v1alpha1']);
});

test('the later of duplicate apiVersion keys is the one read', () => {
  const text = `apiVersion: kubelet.config.k8s.io/v1alpha1\nkind: KubeletConfiguration\napiVersion: ${GOOD}\n`;
  assert.deepEqual(check(text).findings(uri('config.yaml')), []);
  const reversed = `apiVersion: ${GOOD}\nkind: KubeletConfiguration\napiVersion: kubelet.config.k8s.io/v1alpha1\n`;
  assert.deepEqual(check(reversed).findings(uri('config.yaml')).map((f) => f.start), [reversed.lastIndexOf('kubelet.config.k8s.io/v1alpha1')]);
});

test('a kubeadm file: the KubeletConfiguration document after a ClusterConfiguration, exact ranges and insertion', () => {
  const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n---\n# kubelet\nkind: KubeletConfiguration\ncgroupDriver: systemd\n---\napiVersion: kubelet.config.k8s.io/v1alpha1\nkind: KubeletConfiguration\n`;
  const h = check(text, 'kubeadm.yaml');
  const second = text.indexOf('kind: KubeletConfiguration');
  assert.deepEqual(h.findings(uri('kubeadm.yaml')), [
    { rule: RULE, severity: 'error', text: 'kind: KubeletConfiguration', start: second, end: second + 'kind: KubeletConfiguration'.length, message: NO_API },
    at(text, 'kubelet.config.k8s.io/v1alpha1', notServed('kubelet.config.k8s.io/v1alpha1')),
  ]);
  h.applyFix(uri('kubeadm.yaml'), RULE, 1);
  h.applyFix(uri('kubeadm.yaml'), RULE, 0);
  assert.equal(
    h.workspace.readFile(uri('kubeadm.yaml')),
    `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n---\n# kubelet\napiVersion: ${GOOD}\nkind: KubeletConfiguration\ncgroupDriver: systemd\n---\napiVersion: ${GOOD}\nkind: KubeletConfiguration\n`,
  );
  parses(h.workspace.readFile(uri('kubeadm.yaml')));
  assert.deepEqual(h.findings(uri('kubeadm.yaml')), []);
});

test('a JSON config: quotes kept, missing keys inserted as JSON members', () => {
  const wrong = '{\n  "apiVersion": "kubelet.config.k8s.io/v1alpha1",\n  "kind": "KubeletConfiguration"\n}\n';
  fixes(wrong, wrong.replace('kubelet.config.k8s.io/v1alpha1', GOOD), 'config.json');
  const noApi = '{\n  "kind": "KubeletConfiguration",\n  "port": 10250\n}\n';
  assert.deepEqual(check(noApi, 'config.json').findings(uri('config.json')), [at(noApi, '"kind": "KubeletConfiguration",', NO_API)]);
  fixes(noApi, `{\n  "apiVersion": "${GOOD}",\n  "kind": "KubeletConfiguration",\n  "port": 10250\n}\n`, 'config.json');
  const noKind = `{\n  "apiVersion": "${GOOD}",\n  "port": 10250\n}\n`;
  fixes(noKind, `{\n  "apiVersion": "${GOOD}",\n  "kind": "KubeletConfiguration",\n  "port": 10250\n}\n`, 'config.json');
  const noKindLast = `{\n  "port": 10250,\n  "apiVersion": "${GOOD}"\n}\n`;
  fixes(noKindLast, `{\n  "port": 10250,\n  "apiVersion": "${GOOD}",\n  "kind": "KubeletConfiguration"\n}\n`, 'config.json');
});

test('the --config file of a unit is checked like any other', () => {
  const h = harness(
    {
      'kubelet.service': '[Service]\nExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml\n',
      'var/lib/kubelet/config.yaml': 'apiVersion: kubelet.config.k8s.io/v1alpha1\nkind: KubeletConfiguration\n',
    },
    {},
    [configInvalidApiversion],
  );
  assert.deepEqual(h.findings(uri('var/lib/kubelet/config.yaml')).map((f) => f.text), ['kubelet.config.k8s.io/v1alpha1']);
  assert.deepEqual(h.findings(uri('kubelet.service')), []);
});

test('not judged: a valid document, other kinds of the kubelet group, other YAML, kubeconfigs, broken YAML', () => {
  const files = {
    'good.yaml': `apiVersion: ${GOOD}\nkind: KubeletConfiguration\n`,
    'credentials.yaml': 'apiVersion: kubelet.config.k8s.io/v1\nkind: CredentialProviderConfig\nproviders: []\n',
    'credentials-alpha.yaml': 'apiVersion: kubelet.config.k8s.io/v1alpha1\nkind: CredentialProviderConfig\nproviders: []\n',
    'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
    'kubelet.conf': 'apiVersion: v1\nkind: Config\nclusters: []\n',
    'broken.yaml': 'apiVersion: kubelet.config.k8s.io/v1alpha1\nkind: KubeletConfiguration\nauthentication: {anonymous: \n',
  };
  const h = harness(files, {}, [configInvalidApiversion]);
  for (const path of Object.keys(files)) assert.deepEqual(h.findings(uri(path)), [], path);
});
