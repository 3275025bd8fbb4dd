import type { Finding, Fix } from '../findings/finding.js';
import type { SourceFile } from '../model/source-files.js';
import { parseSuppressions } from './suppressions.js';
import { SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION } from './apply-suppressions.js';
import { ruleDocsUrl } from '../rules/registry.js';

/** Where a next-line comment for a finding goes: above its line, or above the env assignment it is in. */
function targetLineStart(file: SourceFile, offset: number): number {
  if (file.kind === 'env') {
    const assignment = file.env.assignments.find((a) => a.start <= offset && offset <= a.end);
    if (assignment) return file.text.lastIndexOf('\n', assignment.start - 1) + 1;
  }
  return file.text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * ESLint's set of extra actions on a finding: disable its rule for this line (added to an existing
 * comment rather than stacking a second one), disable it for the file, and show its documentation.
 * They never count as fixes for fix-all.
 */
export function disableFixes(file: SourceFile, finding: Finding): Fix[] {
  if (finding.ruleId === UNUSED_SUPPRESSION || finding.ruleId === SUPPRESSION_WITHOUT_REASON) return [];
  const rule = finding.ruleId;
  const suppressions = parseSuppressions(file);
  const lineStart = targetLineStart(file, finding.span.start);
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const fixes: Fix[] = [];
  const above = suppressions.find((s) => s.kind === 'next-line' && s.targetStart === lineStart && s.rules.length > 0);
  const indent = /^[ \t]*/.exec(file.text.slice(lineStart))?.[0] ?? '';
  fixes.push({
    title: `Disable ${rule} for this line`,
    edits: [above ? { uri: file.uri, start: above.listEnd, end: above.listEnd, newText: `, ${rule}` } : { uri: file.uri, start: lineStart, end: lineStart, newText: `${indent}# kubelet-guard-disable-next-line ${rule}${eol}` }],
    disable: true,
  });
  const fileWide = suppressions.find((s) => s.kind === 'file' && s.rules.length > 0);
  fixes.push({
    title: `Disable ${rule} for this file`,
    edits: [fileWide ? { uri: file.uri, start: fileWide.listEnd, end: fileWide.listEnd, newText: `, ${rule}` } : { uri: file.uri, start: 0, end: 0, newText: `# kubelet-guard-disable-file ${rule}${eol}` }],
    disable: true,
  });
  fixes.push({ title: `Show documentation for ${rule}`, edits: [], command: { name: 'showDocumentation', url: ruleDocsUrl(rule) }, disable: true });
  return fixes;
}
