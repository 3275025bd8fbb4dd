import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJunit } from '../../../server/src/cli/report/junit.js';
import type { CheckReport } from '../../../server/src/cli/report/report-model.js';
import { reportedFinding, SAMPLE_REPORT } from '../../support/check-report.js';
import { parseXml, type XmlElement } from '../../support/xml.js';

interface Shape {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children?: Shape[];
  text?: string;
}

/** The element tree without the indentation between elements. */
function shape(element: XmlElement): Shape {
  return {
    name: element.name,
    attributes: element.attributes,
    ...(element.children.length > 0 ? { children: element.children.map(shape) } : {}),
    ...(element.text.trim() !== '' ? { text: element.text } : {}),
  };
}

const VERSION = { name: 'properties', attributes: {}, children: [{ name: 'property', attributes: { name: 'kubelet-guard.version', value: '0.1.0' } }] };

function failureCase(path: string, rule: string, line: number, column: number, severity: string, message: string): Shape {
  return {
    name: 'testcase',
    attributes: { classname: path, name: `${rule} at ${line}:${column}` },
    children: [{ name: 'failure', attributes: { type: severity, message }, text: `${path}:${line}:${column} ${severity} ${rule} ${message}` }],
  };
}

function skippedCase(path: string, rule: string, line: number, column: number, message: string): Shape {
  return { name: 'testcase', attributes: { classname: path, name: `${rule} at ${line}:${column}` }, children: [{ name: 'skipped', attributes: { message } }] };
}

test('one suite per checked file in order: failures for findings, skipped for suppressed ones, a passing case for a clean file', () => {
  const output = formatJunit(SAMPLE_REPORT);
  assert.ok(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites '));
  assert.ok(output.endsWith('</testsuites>\n'));
  const [config, kubeconfig, unit] = ['var/lib/kubelet/config.yaml', 'home/admin/.kube/config', 'etc/systemd/system/kubelet.service'] as const;
  assert.deepEqual(shape(parseXml(output)), {
    name: 'testsuites',
    attributes: { name: 'kubelet-guard', tests: '7', failures: '4', errors: '0', skipped: '2' },
    children: [
      {
        name: 'testsuite',
        attributes: { name: config, tests: '2', failures: '1', errors: '0', skipped: '1' },
        children: [
          VERSION,
          failureCase(config, 'kubelet-read-only-port', 3, 1, 'warning', 'The read-only port 10255 is open: set by `readOnlyPort: 10255` in var/lib/kubelet/config.yaml:3.'),
          skippedCase(config, 'kubelet-streaming-idle-timeout', 4, 1, 'suppressed: long "kubectl exec" sessions in CI & <debug> jobs'),
        ],
      },
      {
        name: 'testsuite',
        attributes: { name: kubeconfig, tests: '2', failures: '1', errors: '0', skipped: '1' },
        children: [
          VERSION,
          failureCase(kubeconfig, 'kubeconfig-insecure-skip-tls-verify', 5, 5, 'error', 'Cluster "lab" skips verification of the API server\'s certificate (insecure-skip-tls-verify: true).'),
          skippedCase(kubeconfig, 'kubeconfig-static-token', 12, 5, 'suppressed: no reason given'),
        ],
      },
      {
        name: 'testsuite',
        attributes: { name: unit, tests: '2', failures: '2', errors: '0', skipped: '0' },
        children: [
          VERSION,
          failureCase(unit, 'kubelet-deprecated-flag', 2, 66, 'hint', '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in var/lib/kubelet/config.yaml instead.'),
          failureCase(unit, 'kubelet-anonymous-auth', 2, 66, 'error', 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:2.'),
        ],
      },
      {
        name: 'testsuite',
        attributes: { name: 'etc/kubernetes/kubelet.conf', tests: '1', failures: '0', errors: '0', skipped: '0' },
        children: [VERSION, { name: 'testcase', attributes: { classname: 'etc/kubernetes/kubelet.conf', name: 'no findings' } }],
      },
    ],
  });
});

test('the exact document for a small report', () => {
  const report: CheckReport = {
    toolVersion: '1.2.3',
    files: ['c.yaml'],
    findings: [reportedFinding({ path: 'c.yaml', line: 3, column: 1, severity: 'warning', rule: 'kubelet-read-only-port', message: 'Port 10255 is open.' })],
  };
  assert.equal(
    formatJunit(report),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="kubelet-guard" tests="1" failures="1" errors="0" skipped="0">',
      '  <testsuite name="c.yaml" tests="1" failures="1" errors="0" skipped="0">',
      '    <properties>',
      '      <property name="kubelet-guard.version" value="1.2.3"/>',
      '    </properties>',
      '    <testcase classname="c.yaml" name="kubelet-read-only-port at 3:1">',
      '      <failure type="warning" message="Port 10255 is open.">c.yaml:3:1 warning kubelet-read-only-port Port 10255 is open.</failure>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
});

test('markup characters are escaped and characters XML 1.0 forbids are dropped, in attributes and in text', () => {
  const message = `a & b < c > d "e" 'f' \x1b[31mred\x1b[0m \x00nul \uD800lone \uFFFE tab\there\nnew line \u{1F680}`;
  const readable = `a & b < c > d "e" 'f' [31mred[0m nul lone  tab\there\nnew line \u{1F680}`;
  const report: CheckReport = { toolVersion: '0.1.0', files: ['x&y.yaml'], findings: [reportedFinding({ path: 'x&y.yaml', message })] };
  const output = formatJunit(report);
  const testcase = parseXml(output).children[0]?.children[1];
  const failure = testcase?.children[0];
  assert.equal(testcase?.attributes['classname'], 'x&y.yaml');
  assert.equal(failure?.attributes['message'], readable);
  assert.equal(failure?.text, `x&y.yaml:1:1 warning kubelet-read-only-port ${readable}`);
  assert.ok(output.includes('message="a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; [31mred[0m nul lone  tab&#9;here&#10;new line \u{1F680}"'));
  assert.ok(output.includes('>x&amp;y.yaml:1:1 warning kubelet-read-only-port a &amp; b &lt; c &gt; d "e" \'f\' [31mred[0m nul lone  tab\there\nnew line \u{1F680}</failure>'));
});

test('a suppression reason is escaped too', () => {
  const report: CheckReport = { toolVersion: '0.1.0', files: ['c.yaml'], findings: [reportedFinding({ path: 'c.yaml', suppression: { reason: '<ok> & "fine"' } })] };
  const skipped = parseXml(formatJunit(report)).children[0]?.children[1]?.children[0];
  assert.deepEqual(skipped, { name: 'skipped', attributes: { message: 'suppressed: <ok> & "fine"' }, children: [], text: '' });
});

test('no files: an empty but well-formed report', () => {
  const output = formatJunit({ toolVersion: '0.1.0', files: [], findings: [] });
  assert.equal(output, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kubelet-guard" tests="0" failures="0" errors="0" skipped="0">\n</testsuites>\n');
  assert.deepEqual(shape(parseXml(output)), { name: 'testsuites', attributes: { name: 'kubelet-guard', tests: '0', failures: '0', errors: '0', skipped: '0' } });
});

test('findings sorted by position within a file; a file missing from the list still gets its suite, after the others', () => {
  const report: CheckReport = {
    toolVersion: '0.1.0',
    files: ['a.yaml'],
    findings: [reportedFinding({ path: 'b.yaml', line: 9 }), reportedFinding({ path: 'a.yaml', line: 7, column: 3 }), reportedFinding({ path: 'a.yaml', line: 7, column: 1 }), reportedFinding({ path: 'b.yaml', line: 2 })],
  };
  const suites = parseXml(formatJunit(report)).children.map((suite) => [suite.attributes['name'], ...suite.children.slice(1).map((testcase) => testcase.attributes['name'])]);
  assert.deepEqual(suites, [
    ['a.yaml', 'kubelet-read-only-port at 7:1', 'kubelet-read-only-port at 7:3'],
    ['b.yaml', 'kubelet-read-only-port at 2:1', 'kubelet-read-only-port at 9:1'],
  ]);
});

test('the XML reader used above rejects malformed markup, so the escaping checks can fail', () => {
  const ok = (xml: string): boolean => {
    try {
      parseXml(xml);
      return true;
    } catch {
      return false;
    }
  };
  assert.equal(ok('<?xml version="1.0"?>\n<a b="1 &amp; 2"><c/>x &lt; y</a>\n'), true);
  assert.equal(ok('<a b="1 & 2"/>'), false);
  assert.equal(ok('<a b="1 < 2"/>'), false);
  assert.equal(ok('<a>x < y</a>'), false);
  assert.equal(ok('<a>x & y</a>'), false);
  assert.equal(ok('<a>\x1b[31m</a>'), false);
  assert.equal(ok('<a>&#1;</a>'), false);
  assert.equal(ok('<a><b></a></b>'), false);
  assert.equal(ok('<a b="1" b="2"/>'), false);
  assert.equal(ok('<a/><b/>'), false);
});
