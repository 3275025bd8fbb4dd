import type { Finding, Fix } from '../findings/finding.js';
import type { TextEdit } from '../text/span.js';

/**
 * Combines the preferred text fixes of several findings into one fix, as "fix all" does. An edit that
 * overlaps or touches one already taken is left out (applying fix-all again picks it up), so the result
 * never garbles text; command fixes (chmod) are not combined.
 */
export function combineFixes(findings: readonly Finding[], title: string): Fix | undefined {
  const taken: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit): boolean => a.uri === b.uri && a.start <= b.end && b.start <= a.end;
  for (const finding of findings) {
    const fixes = finding.fixes.filter((f) => !f.disable);
    const fix = fixes.find((f) => f.preferred) ?? fixes[0];
    if (!fix || fix.command || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  return taken.length > 0 ? { title, edits: taken } : undefined;
}
