import { defaultDataDir } from '../../../server/src/scripts/generate-data.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KUBELET_FLAG_DOCS } from '../../../server/src/service/data/docs/kubelet-flag-docs.js';
import { KUBELET_CONFIG_DOCS } from '../../../server/src/service/data/docs/kubelet-config-docs.js';
import { KUBECONFIG_FIELD_DOCS } from '../../../server/src/service/data/docs/kubeconfig-docs.js';
import { MAP_KEY_DOCS } from '../../../server/src/service/data/docs/map-key-docs.js';

/** Compiled to out/test/unit/data/, so the repository root is four levels up. */
const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const DATA_DIR = defaultDataDir(REPO);

interface FlagRecord {
  readonly flag: string;
}
interface ConfigFieldRecord {
  readonly path: string;
  readonly mapKeys?: readonly string[] | null;
}
interface KubeconfigFieldRecord {
  readonly path: string;
}

function readData<T>(file: string): readonly T[] {
  const full = path.join(DATA_DIR, file);
  assert.ok(fs.existsSync(full), `${full} is missing`);
  const parsed: unknown = JSON.parse(fs.readFileSync(full, 'utf8'));
  assert.ok(Array.isArray(parsed), `${file} should hold a JSON array`);
  return parsed as readonly T[];
}

const FLAGS = readData<FlagRecord>('kubelet-flags.json');
const CONFIG_FIELDS = readData<ConfigFieldRecord>('kubelet-config-fields.json');
const KUBECONFIG_FIELDS = readData<KubeconfigFieldRecord>('kubeconfig-fields.json');

/**
 * Pairs of entries (same file) that may share one description because they genuinely mean the same
 * thing. Keep this empty unless a duplicate is deliberate; copy-paste duplicates must fail.
 */
const ALLOWED_IDENTICAL: readonly (readonly [string, string])[] = [];

const MIN_LENGTH = 30;

/** Problems with one description's text, or an empty list. */
function textProblems(where: string, text: string): string[] {
  const problems: string[] = [];
  if (text.trim() !== text) problems.push(`${where}: leading or trailing whitespace`);
  if (text.length < MIN_LENGTH) problems.push(`${where}: shorter than ${MIN_LENGTH} characters`);
  if (!text.endsWith('.')) problems.push(`${where}: does not end with a period`);
  if (/todo/i.test(text)) problems.push(`${where}: contains TODO`);
  if (/^\s*#/m.test(text)) problems.push(`${where}: contains a markdown heading`);
  if (/\]\(|<a\s/i.test(text)) problems.push(`${where}: contains a link`);
  return problems;
}

function assertCoverage(label: string, docs: Readonly<Record<string, string>>, expected: readonly string[]): void {
  const expectedSet = new Set(expected);
  assert.equal(expectedSet.size, expected.length, `${label}: the shared data lists a name twice`);
  const missing = expected.filter((name) => !Object.hasOwn(docs, name));
  assert.deepEqual(missing, [], `${label}: names in the shared data without a description`);
  const stale = Object.keys(docs).filter((name) => !expectedSet.has(name));
  assert.deepEqual(stale, [], `${label}: descriptions for names that do not exist in the shared data`);
  const problems = Object.entries(docs).flatMap(([name, text]) => textProblems(`${label} ${name}`, text));
  assert.deepEqual(problems, [], `${label}: malformed descriptions`);
}

function assertUnique(label: string, entries: readonly (readonly [string, string])[]): void {
  const allowed = new Set(ALLOWED_IDENTICAL.map(([a, b]) => [a, b].sort().join('\u0000')));
  const byText = new Map<string, string>();
  const duplicates: string[] = [];
  for (const [name, text] of entries) {
    const normalised = text.replace(/\s+/g, ' ').toLowerCase();
    const first = byText.get(normalised);
    if (first === undefined) {
      byText.set(normalised, name);
    } else if (!allowed.has([first, name].sort().join('\u0000'))) {
      duplicates.push(`${first} = ${name}`);
    }
  }
  assert.deepEqual(duplicates, [], `${label}: copy-paste duplicate descriptions`);
}

test('every kubelet flag in the shared data has a description, and no stale flags are described', () => {
  assert.ok(FLAGS.length > 0);
  assertCoverage(
    'kubelet-flag-docs',
    KUBELET_FLAG_DOCS,
    FLAGS.map((f) => f.flag),
  );
});

test('every KubeletConfiguration field path has a description, and no stale paths are described', () => {
  assert.ok(CONFIG_FIELDS.length > 0);
  assertCoverage(
    'kubelet-config-docs',
    KUBELET_CONFIG_DOCS,
    CONFIG_FIELDS.map((f) => f.path),
  );
});

test('every kubeconfig field path has a description, and no stale paths are described', () => {
  assert.ok(KUBECONFIG_FIELDS.length > 0);
  assertCoverage(
    'kubeconfig-docs',
    KUBECONFIG_FIELD_DOCS,
    KUBECONFIG_FIELDS.map((f) => f.path),
  );
});

test('map-key docs cover exactly the keys listed in mapKeys', () => {
  const withKeys = CONFIG_FIELDS.filter(
    (f): f is ConfigFieldRecord & { readonly mapKeys: readonly string[] } => Array.isArray(f.mapKeys) && f.mapKeys.length > 0,
  );
  assert.ok(withKeys.length > 0, 'the shared data should list mapKeys for some fields');
  const fieldsWithKeys = new Set(withKeys.map((f) => f.path));
  const strayFields = Object.keys(MAP_KEY_DOCS).filter((field) => !fieldsWithKeys.has(field));
  assert.deepEqual(strayFields, [], 'map-key docs for fields that have no mapKeys in the shared data');
  for (const field of withKeys) {
    const docs = MAP_KEY_DOCS[field.path];
    assert.ok(docs !== undefined, `no map-key docs for ${field.path}`);
    assertCoverage(`map-key-docs ${field.path}`, docs, field.mapKeys);
  }
});

test('descriptions are not copy-pasted within a file', () => {
  assertUnique('kubelet-flag-docs', Object.entries(KUBELET_FLAG_DOCS));
  assertUnique('kubelet-config-docs', Object.entries(KUBELET_CONFIG_DOCS));
  assertUnique('kubeconfig-docs', Object.entries(KUBECONFIG_FIELD_DOCS));
  assertUnique(
    'map-key-docs',
    Object.entries(MAP_KEY_DOCS).flatMap(([field, keys]) =>
      Object.entries(keys).map(([key, text]) => [`${field}.${key}`, text] as const),
    ),
  );
});

test('security-relevant settings explain what an attacker gains', () => {
  // A sample of settings whose hover must go beyond "what it does"; each names the consequence.
  const attackerWords = /anyone|attacker|whoever|impersonat|man-in-the-middle|intercept|fork-bomb|root/i;
  const samples: readonly (readonly [string, Readonly<Record<string, string>>, string])[] = [
    ['flag', KUBELET_FLAG_DOCS, 'anonymous-auth'],
    ['flag', KUBELET_FLAG_DOCS, 'authorization-mode'],
    ['flag', KUBELET_FLAG_DOCS, 'read-only-port'],
    ['flag', KUBELET_FLAG_DOCS, 'hostname-override'],
    ['flag', KUBELET_FLAG_DOCS, 'seccomp-default'],
    ['config', KUBELET_CONFIG_DOCS, 'authentication.anonymous.enabled'],
    ['config', KUBELET_CONFIG_DOCS, 'authorization.mode'],
    ['config', KUBELET_CONFIG_DOCS, 'readOnlyPort'],
    ['config', KUBELET_CONFIG_DOCS, 'authentication.x509.clientCAFile'],
    ['config', KUBELET_CONFIG_DOCS, 'tlsMinVersion'],
    ['config', KUBELET_CONFIG_DOCS, 'tlsCipherSuites'],
    ['config', KUBELET_CONFIG_DOCS, 'podPidsLimit'],
    ['config', KUBELET_CONFIG_DOCS, 'staticPodPath'],
    ['config', KUBELET_CONFIG_DOCS, 'enableSystemLogQuery'],
    ['kubeconfig', KUBECONFIG_FIELD_DOCS, 'clusters[].cluster.insecure-skip-tls-verify'],
    ['kubeconfig', KUBECONFIG_FIELD_DOCS, 'users[].user.token'],
    ['kubeconfig', KUBECONFIG_FIELD_DOCS, 'users[].user.password'],
    ['kubeconfig', KUBECONFIG_FIELD_DOCS, 'users[].user.client-key-data'],
    ['kubeconfig', KUBECONFIG_FIELD_DOCS, 'users[].user.exec.command'],
  ];
  const weak = samples
    .filter(([, docs, name]) => !attackerWords.test(docs[name] ?? ''))
    .map(([kind, , name]) => `${kind} ${name}`);
  assert.deepEqual(weak, [], 'security-relevant descriptions should say what an attacker gains');
});
