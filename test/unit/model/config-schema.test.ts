import { editDistance, nearestNames } from '../../../server/src/service/text/edit-distance.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile } from '../../../server/src/service/parse/yaml/yaml-file.js';
import {
  configFieldsUnder,
  configSchemaAt,
  fieldHomes,
  isConfigField,
  isJsonConfig,
  isKubeletConfiguration,
  mapsWithKey,
  resolvePlainScalar,
  typeMetaPair,
  visitKubeletConfig,
  type ConfigValueVisit,
} from '../../../server/src/service/model/config-schema.js';

function kindOf(path: string): string | undefined {
  const node = configSchemaAt(path);
  return node === undefined ? undefined : node.kind === 'scalar' ? node.type : node.kind;
}

test('known fields, nested objects, list items and their types', () => {
  assert.equal(kindOf(''), 'object');
  assert.equal(kindOf('port'), 'int32');
  assert.equal(kindOf('authentication'), 'object');
  assert.equal(kindOf('authentication.anonymous.enabled'), 'bool');
  assert.equal(kindOf('authentication.webhook.cacheTTL'), 'duration');
  assert.equal(kindOf('registerWithTaints'), 'list');
  assert.equal(kindOf('registerWithTaints[]'), 'object');
  assert.equal(kindOf('registerWithTaints[].effect'), 'string');
  assert.equal(kindOf('registerWithTaints[].timeAdded'), 'time');
  assert.equal(kindOf('clusterDNS'), 'list');
  assert.equal(kindOf('clusterDNS[]'), 'string');
  assert.equal(kindOf('tlsCurvePreferences[]'), 'int32');
  assert.equal(kindOf('logging.flushFrequency'), 'durationOrNanos');
  assert.equal(kindOf('logging.verbosity'), 'uint32');
  assert.equal(kindOf('podPidsLimit'), 'int64');
  assert.equal(kindOf('memoryThrottlingFactor'), 'float64');
  // A parent the table only implies.
  assert.equal(kindOf('logging.options.json'), 'object');
  assert.equal(kindOf('logging.options.json.infoBufferSize'), 'quantity');
  assert.equal(isConfigField('authentication.anonymous.enable'), false);
  assert.equal(isConfigField('Port'), false);
  assert.equal(isConfigField('anonymous'), false);
  assert.equal(isConfigField('port.x'), false);
});

test('map fields take any key (dotted ones too); their values, and list values, are typed', () => {
  assert.equal(kindOf('featureGates'), 'map');
  assert.equal(kindOf('featureGates.AnyGateAtAll'), 'bool');
  assert.equal(kindOf('evictionHard.memory.available'), 'string');
  assert.equal(kindOf('evictionHard.not.a.signal'), 'string');
  assert.equal(kindOf('reservedMemory[].limits.memory'), 'quantity');
  assert.equal(kindOf('staticPodURLHeader.X-Token'), 'list');
  assert.equal(kindOf('staticPodURLHeader.X-Token[]'), 'string');
  const evictionHard = configSchemaAt('evictionHard');
  assert.ok(evictionHard?.kind === 'map');
  assert.ok(evictionHard.keys?.includes('memory.available'));
});

test('which fields an object has', () => {
  assert.deepEqual(configFieldsUnder('authentication'), ['x509', 'webhook', 'anonymous']);
  assert.deepEqual([...(configFieldsUnder('registerWithTaints[]') ?? [])].sort(), ['effect', 'key', 'timeAdded', 'value']);
  assert.ok(configFieldsUnder('')?.includes('readOnlyPort'));
  assert.equal(configFieldsUnder('port'), undefined);
  assert.equal(configFieldsUnder('featureGates'), undefined);
});

test('only the non-pointer durations refuse an empty value', () => {
  const nullable = (path: string): boolean | undefined => {
    const node = configSchemaAt(path);
    return node?.kind === 'scalar' ? node.nullAllowed : undefined;
  };
  assert.equal(nullable('syncFrequency'), false);
  assert.equal(nullable('authentication.webhook.cacheTTL'), false);
  assert.equal(nullable('cpuCFSQuotaPeriod'), true);
  assert.equal(nullable('containerLogMonitorInterval'), true);
  assert.equal(nullable('crashLoopBackOff.maxContainerRestartPeriod'), true);
  assert.equal(nullable('logging.flushFrequency'), true);
  assert.equal(nullable('port'), true);
});

test('where a field lives, and which maps list a key', () => {
  assert.deepEqual(fieldHomes('anonymous'), [{ parent: 'authentication', field: 'anonymous' }]);
  assert.deepEqual(fieldHomes('enabled'), [
    { parent: 'authentication.anonymous', field: 'enabled' },
    { parent: 'authentication.webhook', field: 'enabled' },
  ]);
  assert.deepEqual(fieldHomes('Anonymous'), []);
  assert.deepEqual(fieldHomes('Anonymous', true), [{ parent: 'authentication', field: 'anonymous' }]);
  assert.deepEqual(fieldHomes('readOnlyPort'), [{ parent: '', field: 'readOnlyPort' }]);
  assert.deepEqual(mapsWithKey('memory.available'), ['evictionHard', 'evictionSoft', 'evictionSoftGracePeriod', 'evictionMinimumReclaim']);
  assert.deepEqual(mapsWithKey('pid'), ['systemReserved', 'kubeReserved']);
  assert.deepEqual(mapsWithKey('nothing'), []);
});

test('misspellings: edit distance with swaps, limited by length, ties all returned', () => {
  assert.equal(editDistance('readOnlyPrt', 'readOnlyPort'), 1);
  assert.equal(editDistance('enalbed', 'enabled'), 1);
  assert.equal(editDistance('abc', 'abc'), 0);
  assert.equal(editDistance('', 'abc'), 3);
  assert.deepEqual(nearestNames('readonlyprt', ['readOnlyPort', 'port']), ['readOnlyPort']);
  assert.deepEqual(nearestNames('prt', ['port']), []);
  assert.deepEqual(nearestNames('maxPod', ['maxPods', 'maxOpenFiles']), ['maxPods']);
  assert.deepEqual(nearestNames('mode', ['node', 'made']), ['made', 'node']);
});

test('plain scalars resolve the way yaml.v2 does (YAML 1.1), not as the editor parser does', () => {
  const kind = (text: string): unknown => {
    const value = resolvePlainScalar(text);
    return value.kind === 'number' ? ['number', value.value, value.integer] : value.kind === 'bool' ? value.value : value.kind === 'string' ? ['string', value.value] : value.kind;
  };
  for (const text of ['', '~', 'null', 'Null', 'NULL']) assert.equal(kind(text), 'null');
  for (const text of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) assert.equal(kind(text), true);
  for (const text of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) assert.equal(kind(text), false);
  assert.deepEqual(kind('yEs'), ['string', 'yEs']);
  assert.deepEqual(kind('60'), ['number', 60, 60n]);
  assert.deepEqual(kind('010'), ['number', 8, 8n]);
  assert.deepEqual(kind('0x1F'), ['number', 31, 31n]);
  assert.deepEqual(kind('0o17'), ['number', 15, 15n]);
  assert.deepEqual(kind('0b101'), ['number', 5, 5n]);
  assert.deepEqual(kind('1_000'), ['number', 1000, 1000n]);
  assert.deepEqual(kind('-5'), ['number', -5, -5n]);
  assert.deepEqual(kind('08'), ['number', 8, 8n]);
  assert.deepEqual(kind('1.5'), ['number', 1.5, undefined]);
  assert.deepEqual(kind('1e2'), ['number', 100, 100n]);
  assert.deepEqual(kind('.5'), ['number', 0.5, undefined]);
  assert.deepEqual(kind('1.'), ['number', 1, 1n]);
  assert.deepEqual(kind('18446744073709551615'), ['number', 18446744073709551615, 18446744073709551615n]);
  // Sexagesimal numbers are YAML 1.1 but not yaml.v2; timestamps become strings in JSON.
  assert.deepEqual(kind('12:30'), ['string', '12:30']);
  assert.deepEqual(kind('2024-01-02'), ['string', '2024-01-02']);
  assert.deepEqual(kind('1e400'), ['string', '1e400']);
  assert.deepEqual(kind('10.96.0.10'), ['string', '10.96.0.10']);
  assert.deepEqual(kind('60s'), ['string', '60s']);
  assert.deepEqual(kind('<<'), ['string', '<<']);
  for (const text of ['.inf', '-.Inf', '+.INF', '.nan', '.NaN']) assert.equal(kind(text), 'no-json');
});

test('a file is decoded as JSON only when it starts with "{"', () => {
  assert.equal(isJsonConfig('{"kind": "KubeletConfiguration"}'), true);
  assert.equal(isJsonConfig('\n  \t{\n}'), true);
  assert.equal(isJsonConfig('# comment\n{"kind": "KubeletConfiguration"}'), false);
  assert.equal(isJsonConfig('kind: KubeletConfiguration\n'), false);
  // A byte order mark is not white space to Go: such a file goes to the YAML decoder.
  assert.equal(isJsonConfig('\uFEFF{"kind": "KubeletConfiguration"}'), false);
});

function visits(text: string, index = 0): ConfigValueVisit[] {
  const document = parseYamlFile('file:///c', text).documents[index];
  assert.ok(document);
  const out: ConfigValueVisit[] = [];
  visitKubeletConfig(document, text, { value: (visit) => out.push(visit) });
  return out;
}

function summary(text: string, index = 0): [string, string, string | undefined, string][] {
  return visits(text, index).map((visit) => [visit.path, visit.value.kind, visit.schema?.kind === 'scalar' ? visit.schema.type : visit.schema?.kind, text.slice(visit.start, visit.end)]);
}

test('the walk visits only what the kubelet decodes: the later duplicate, with schema, paths and ranges', () => {
  const text = 'kind: KubeletConfiguration\nport: "1"\nauthentication:\n  anonymous:\n    enabled: yes\nport: 2\nclusterDNS: [a, 0x1]\nfoo:\n  bar: 1\n';
  assert.deepEqual(summary(text), [
    ['kind', 'string', 'string', 'KubeletConfiguration'],
    ['authentication', 'mapping', 'object', 'anonymous:\n    enabled: yes'],
    ['authentication.anonymous', 'mapping', 'object', 'enabled: yes'],
    ['authentication.anonymous.enabled', 'bool', 'bool', 'yes'],
    ['port', 'number', 'int32', '2'],
    ['clusterDNS', 'list', 'list', '[a, 0x1]'],
    ['clusterDNS[0]', 'string', 'string', 'a'],
    ['clusterDNS[1]', 'number', 'string', '0x1'],
    ['foo', 'mapping', undefined, 'bar: 1'],
    ['foo.bar', 'number', undefined, '1'],
  ]);
});

test('in a JSON file every duplicate is decoded and only JSON tokens count', () => {
  const text = '{"kind": "KubeletConfiguration", "port": 1.0, "port": "2", "failSwapOn": yes}';
  assert.deepEqual(summary(text), [
    ['kind', 'string', 'string', '"KubeletConfiguration"'],
    ['port', 'number', 'int32', '1.0'],
    ['port', 'string', 'int32', '"2"'],
    ['failSwapOn', 'unknown', 'bool', 'yes'],
  ]);
  const port = visits(text)[1]?.value;
  assert.deepEqual(port, { kind: 'number', value: 1, integer: undefined });
});

test('aliases are followed and reported on the alias; merge keys bring their keys in', () => {
  const text = 'kind: KubeletConfiguration\nx-base: &b\n  port: 1\nx-time: &t 60\nsyncFrequency: *t\nauthorization:\n  <<: *b\n  mode: Webhook\n';
  const seen = visits(text).filter((visit) => visit.via).map((visit) => [visit.path, visit.value.kind, text.slice(visit.start, visit.end)]);
  assert.deepEqual(seen, [
    ['syncFrequency', 'number', '*t'],
    ['authorization.port', 'number', '*b'],
  ]);
  const document = parseYamlFile('file:///c', text).documents[0];
  assert.ok(document);
  const keys: string[][] = [];
  visitKubeletConfig(document, text, {
    mapping: (visit) => {
      keys.push(visit.pairs.map((pair) => `${pair.key}${pair.merged ? '(merged)' : ''}`));
    },
  });
  assert.deepEqual(keys[2], ['port(merged)', 'mode']);
});

test('the type the kubelet reads: apiVersion and kind ignoring case; other kinds of the group are not KubeletConfigurations', () => {
  const check = (text: string): [string | undefined, string | undefined, boolean] => {
    const document = parseYamlFile('file:///c', text).documents[0];
    assert.ok(document);
    const value = (name: 'apiVersion' | 'kind'): string | undefined => {
      const pair = typeMetaPair(document, text, name);
      return pair ? text.slice(pair.keyStart, pair.keyEnd) : undefined;
    };
    return [value('apiVersion'), value('kind'), isKubeletConfiguration(document, text)];
  };
  assert.deepEqual(check('apiVersion: kubelet.config.k8s.io/v1beta1\nKind: KubeletConfiguration\n'), ['apiVersion', 'Kind', true]);
  // YAML reaches the sniffer as JSON with sorted keys: of "Kind" and "kind", "kind" comes last and wins.
  assert.deepEqual(check('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nKind: X\n'), ['apiVersion', 'kind', true]);
  assert.deepEqual(check('{"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration", "Kind": "X"}'), ['"apiVersion"', '"Kind"', true]);
  assert.deepEqual(check('apiVersion: kubelet.config.k8s.io/v1\nkind: CredentialProviderConfig\nproviders: []\n'), ['apiVersion', 'kind', false]);
  assert.deepEqual(check('apiVersion: v1\nkind: Config\n'), ['apiVersion', 'kind', false]);
});

test('aliases that point into their own ancestor, or fan out exponentially, do not run away', () => {
  assert.deepEqual(visits('kind: KubeletConfiguration\nauthentication: &a\n  x: *a\n  y: *a\n').map((visit) => visit.path), ['kind', 'authentication']);
  let text = 'kind: KubeletConfiguration\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let level = 1; level < 8; level++) text += `l${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]\n`;
  text += 'clusterDNS: *l7\n';
  const count = visits(text).length;
  assert.ok(count < 3000, `${count} visits`);
  assert.ok(count > 100, `${count} visits`);
});
