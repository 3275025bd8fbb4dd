import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, only, uri } from '../../support/service-harness.js';
import { kubeconfigRemovedAuthProvider } from '../../../server/src/service/rules/kubeconfig-removed-auth-provider.js';

const RULE = 'kubeconfig-removed-auth-provider';
const RULES = [kubeconfigRemovedAuthProvider];
const KUBECONFIG = `apiVersion: v1
kind: Config
users:
- name: gke_project_europe-west1_prod
  user:
    auth-provider:
      name: gcp
      config:
        cmd-path: /usr/lib/google-cloud-sdk/bin/gcloud
        cmd-args: config config-helper --format=json
- name: aks-admin
  user:
    auth-provider:
      config:
        apiserver-id: 00000000-0000-0000-0000-000000000000
      name: azure
- name: sso
  user:
    auth-provider:
      name: oidc
      config:
        idp-issuer-url: https://login.example
`;
const findings = (text: string, settings = {}, path = 'config.yaml') => only(harness({ [path]: text }, settings, RULES).findings(uri(path)), RULE);
const GCP = 'install gke-gcloud-auth-plugin and use it as an exec credential plugin (gcloud container clusters get-credentials writes that entry)';
const AZURE = 'install kubelogin (github.com/Azure/kubelogin) and use it as an exec credential plugin (kubelogin convert-kubeconfig rewrites the entry)';

test('gcp and azure are errors on the name, naming the user and the replacement plugin; oidc is fine', () => {
  const h = harness({ 'config.yaml': KUBECONFIG }, {}, RULES);
  const gcp = KUBECONFIG.indexOf('name: gcp');
  const azure = KUBECONFIG.indexOf('name: azure');
  assert.deepEqual(only(h.findings(uri('config.yaml')), RULE), [
    {
      rule: RULE,
      severity: 'error',
      text: 'name: gcp',
      start: gcp,
      end: gcp + 9,
      message: `User "gke_project_europe-west1_prod" uses the gcp auth-provider, which client-go removed in Kubernetes 1.26: every request fails before it is sent. Instead, ${GCP}.`,
    },
    {
      rule: RULE,
      severity: 'error',
      text: 'name: azure',
      start: azure,
      end: azure + 11,
      message: `User "aks-admin" uses the azure auth-provider, which client-go removed in Kubernetes 1.26: every request fails before it is sent. Instead, ${AZURE}.`,
    },
  ]);
  assert.deepEqual(h.raw(uri('config.yaml')).flatMap((f) => f.fixes), []);
});

test('before 1.26 the plugins still work: a warning to migrate', () => {
  assert.deepEqual(findings(KUBECONFIG, { kubernetesVersion: '1.25' }).map((f) => [f.severity, f.message]), [
    ['warning', `User "gke_project_europe-west1_prod" uses the gcp auth-provider, which is deprecated and removed from client-go in Kubernetes 1.26. Before upgrading, ${GCP}.`],
    ['warning', `User "aks-admin" uses the azure auth-provider, which is deprecated and removed from client-go in Kubernetes 1.26. Before upgrading, ${AZURE}.`],
  ]);
  assert.equal(findings(KUBECONFIG, { kubernetesVersion: '1.26' })[0]?.severity, 'error');
});

test('a kubeconfig without kind is checked; names are case-sensitive; a name outside auth-provider is ignored', () => {
  assert.equal(findings(KUBECONFIG.replace('apiVersion: v1\nkind: Config\n', ''), {}, 'kubelet.conf').length, 2);
  assert.deepEqual(findings(KUBECONFIG.replace('name: gcp', 'name: GCP').replace('name: azure', 'name: "Azure"')), []);
  assert.deepEqual(findings('users:\n- name: gcp\n  user:\n    token: x\n'), []);
});
