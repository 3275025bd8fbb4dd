import type { Finding, Fix } from '../findings/finding.js';
import type { SourceFile } from '../model/source-files.js';
import { SUPPRESSION_WITHOUT_REASON_RULE, UNUSED_SUPPRESSION_RULE } from './suppression-rules.js';
import { covers, parseSuppressions, type Suppression } from './suppressions.js';

/** A finding a comment silenced, with the comment's reason (kept for reports such as SARIF). */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly reason: string | undefined;
}

export interface SuppressionResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/** Ids of the findings about suppression comments themselves (never suppressed). */
export const UNUSED_SUPPRESSION = UNUSED_SUPPRESSION_RULE.id;
export const SUPPRESSION_WITHOUT_REASON = SUPPRESSION_WITHOUT_REASON_RULE.id;

function removal(file: SourceFile, suppression: Suppression): Fix {
  const end = file.text[suppression.end] === '\r' ? suppression.end + 2 : suppression.end + 1;
  return { title: 'Remove this unused suppression', edits: [{ uri: file.uri, start: suppression.start, end: Math.min(end, file.text.length), newText: '' }], preferred: true };
}

/**
 * Drops the findings that suppression comments of the file cover, and reports comments that cover
 * nothing (a hint, with a fix that removes the line) and, when reasons are required, comments without
 * one (a warning).
 */
export function applySuppressions(file: SourceFile, findings: readonly Finding[], requireReason: boolean): SuppressionResult {
  const suppressions = parseSuppressions(file);
  if (suppressions.length === 0) return { findings: [...findings], suppressed: [] };
  const used = new Set<Suppression>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const by = suppressions.find((s) => covers(s, finding.ruleId, finding.span.start));
    if (by) {
      used.add(by);
      suppressed.push({ finding, reason: by.reason });
    } else kept.push(finding);
  }
  for (const suppression of suppressions) {
    const span = { uri: file.uri, start: suppression.start + suppression.indent.length, end: suppression.end };
    if (!used.has(suppression)) {
      const what = suppression.rules.length > 0 ? suppression.rules.join(', ') : 'any rule';
      kept.push({ ruleId: UNUSED_SUPPRESSION, severity: 'hint', message: `This suppression silences nothing: no finding of ${what} ${suppression.kind === 'file' ? 'in this file' : 'on the next line'}.`, span, fixes: [removal(file, suppression)], related: [] });
    }
    if (requireReason && suppression.reason === undefined) {
      kept.push({ ruleId: SUPPRESSION_WITHOUT_REASON, severity: 'warning', message: 'This suppression gives no reason: add one after " -- ".', span, fixes: [], related: [] });
    }
  }
  return { findings: kept, suppressed };
}
