import { createHash } from 'node:crypto';
import { pathToUri, ruleDocsUrl, type Severity } from '../../service/index.js';
import { RULE_DOCS } from '../../service/rules/rule-docs.js';
import type { RuleMeta } from '../../service/rules/rule.js';
import type { CheckReport, ReportedFinding } from './report-model.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/kubelet-guard/kubelet-guard';
/** Our own `partialFingerprints` key; versioned so a change of recipe reads as new fingerprints, not moved alerts. */
const FINGERPRINT_KEY = 'kubeletGuard/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** GitHub ranks security alerts by this 0-10 score: 7+ is high, 4+ medium, above 0 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', information: '3.0', hint: '1.0' };

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: one run, a rule descriptor for each of `rules`
 * (with help, docs link, tags and, for security rules, `security-severity`), and one result per finding.
 *
 * Suppressed findings stay in the log as results carrying an `inSource` suppression with the comment's
 * reason: SARIF consumers then show them as suppressed instead of losing them, and an audit can see
 * what was silenced and why. Every checked file is listed in `artifacts`, so a consumer can tell a
 * clean file from one that was never looked at; results point at their artifact by index.
 */
export function formatSarif(report: CheckReport, rules: readonly RuleMeta[]): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifactPaths = [...new Set([...report.files, ...report.findings.map((finding) => finding.path)])];
  const artifactIndex = new Map(artifactPaths.map((path, index) => [path, index]));
  const fingerprints = fingerprintsOf(report.findings);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Kubelet Guard',
            informationUri: INFORMATION_URI,
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            rules: rules.map(descriptor),
          },
        },
        // ReportedFinding columns are JavaScript string offsets plus one.
        columnKind: 'utf16CodeUnits',
        artifacts: artifactPaths.map((path) => ({ location: artifactLocation(path), roles: ['analysisTarget'] })),
        results: report.findings.map((finding, index) => {
          const ruleAt = ruleIndex.get(finding.rule);
          return {
            ruleId: finding.rule,
            ...(ruleAt === undefined ? {} : { ruleIndex: ruleAt }),
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...artifactLocation(finding.path), index: artifactIndex.get(finding.path) ?? 0 },
                  region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
                },
              },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] ?? '' },
            ...(finding.suppression === undefined ? {} : { suppressions: [suppression(finding.suppression.reason)] }),
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(rule: RuleMeta) {
  const security = rule.tier !== 'correctness';
  const cisTags = (rule.cis ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .map((id) => `CIS-${id}`);
  // SARIF requires tags to be unique; a correctness rule would otherwise carry `correctness` twice.
  const tags = [...new Set([security ? 'security' : 'correctness', ...cisTags, rule.tier])];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.summary },
    help: help(rule),
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags,
      // Only security rules get a score: GitHub would otherwise file correctness findings as security alerts.
      ...(security ? { 'security-severity': SECURITY_SEVERITY[rule.defaultSeverity] } : {}),
      precision: 'high',
    },
  };
}

/** The rule page's why, fix and references; a rule without a page falls back to its summary. */
function help(rule: RuleMeta): { text: string; markdown: string } {
  const doc = RULE_DOCS[rule.id];
  if (doc === undefined) return { text: rule.summary, markdown: rule.summary };
  const text = [doc.why, `Fix: ${doc.fix}`, ...(doc.references.length === 0 ? [] : [['References:', ...doc.references.map((ref) => `- ${ref.title}: ${ref.url}`)].join('\n')])].join('\n\n');
  const markdown = [
    `**Why it matters.** ${doc.why}`,
    `**How to fix.** ${doc.fix}`,
    ...(doc.references.length === 0 ? [] : [['**References**', '', ...doc.references.map((ref) => `- [${ref.title}](${ref.url})`)].join('\n')]),
  ].join('\n\n');
  return { text, markdown };
}

/** `kubelet-anonymous-auth` → `KubeletAnonymousAuth`. */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Relative paths stay relative to the checkout (`%SRCROOT%`), which is what lets GitHub place the
 * alert in the repository; an absolute path can only be a `file://` URI. Segments are
 * percent-encoded because a URI reference may not hold spaces, `#` or `%` literally.
 */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/')) return { uri: pathToUri(path) };
  const relative = path.replace(/^(\.\/)+/, '');
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function suppression(reason: string | undefined) {
  return reason === undefined ? { kind: 'inSource' } : { kind: 'inSource', justification: reason };
}

/**
 * A fingerprint that survives edits elsewhere in the file: rule, path and the text of the finding's
 * first line, without line numbers (and without the message, which quotes them). Identical lines
 * with the same rule in one file are told apart by their order, as GitHub's own line hash does.
 */
function fingerprintsOf(findings: readonly ReportedFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = createHash('sha256').update(`${finding.rule}\0${finding.path}\0${finding.source.trim()}`).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
