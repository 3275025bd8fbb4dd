import type { Span, TextEdit } from '../text/span.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A change that resolves a finding; edits may touch several files of the node. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix to apply when the user asks for "the" fix. */
  readonly preferred?: boolean;
  /** A command the host runs instead of (or after) the edits, for changes that are not text edits. */
  readonly command?: FixCommand;
  /** A "disable this rule" or "show documentation" action: offered, but never applied by fix-all. */
  readonly disable?: boolean;
}

/** Commands a fix can ask the host to run; the host confirms with the user before changing anything. */
export type FixCommand =
  | { readonly name: 'chmod'; readonly uri: string; readonly mode: string }
  | { readonly name: 'showDocumentation'; readonly url: string };

/** A related place worth showing with a finding (the setting it overrides, say). */
export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedInfo[];
}

/** Identity of a finding for de-duplication and for matching a code-action request to it. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'span'>): string {
  return `${finding.ruleId}@${finding.span.uri}#${finding.span.start}-${finding.span.end}`;
}
