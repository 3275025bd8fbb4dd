import type { Fix } from '../../findings/finding.js';
import type { TextEdit } from '../../text/span.js';
import { removeFlag } from '../../fixes/command-line-edits.js';
import type { NodeContext } from '../rule.js';

/**
 * A fix that removes every occurrence of a flag: the last one wins, so removing only it would bring an
 * earlier one back. When the removals would touch each other, only the effective one is removed (the
 * fix then shows again for the rest). Undefined when an occurrence cannot be removed exactly.
 */
export function removeFlagEverywhere(context: NodeContext, flagName: string): Fix | undefined {
  const flags = context.node.commandLine.flags.filter((flag) => flag.name === flagName);
  const edits: TextEdit[] = [];
  for (const flag of flags) {
    const file = flag.nameSpan ? context.file(flag.nameSpan.uri) : undefined;
    const edit = file ? removeFlag(flag, file.text) : undefined;
    if (!edit) return undefined;
    edits.push(edit);
  }
  const overlapping = edits.some((a, i) => edits.some((b, j) => i < j && a.uri === b.uri && a.start < b.end && b.start < a.end));
  const chosen = overlapping ? edits.slice(-1) : edits;
  return chosen.length > 0 ? { title: `Remove --${flagName}`, edits: chosen, preferred: true } : undefined;
}
