import type { FileAnalysis } from '../language-service.js';
import type { Span } from '../text/span.js';
import { spanContains } from '../text/span.js';

/** Where a reference points: a file (its start) or a range in one. */
export interface DefinitionTarget {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  /** The range of the reference itself, for the editor's link underline. */
  readonly origin: Span;
}

/**
 * Go to definition: from a `--config`, `--config-dir`, `--kubeconfig` or `--bootstrap-kubeconfig` value, or
 * an `EnvironmentFile=` path, to the workspace file it resolves to; from `$VAR` / `${VAR}` to the line that
 * gave the variable its value; in a kubeconfig, from a context's `cluster` / `user` or `current-context` to
 * the entry it names.
 */
export function definitionAt(analysis: FileAnalysis, offset: number): DefinitionTarget | undefined {
  const uri = analysis.uri;
  for (const node of analysis.nodes) {
    for (const reference of [node.config, node.configDir, ...node.kubeconfigs]) {
      const span = reference?.flag.valueSpan;
      if (reference?.uri && span && spanContains(span, uri, offset)) return { uri: reference.uri, start: 0, end: 0, origin: span };
    }
    for (const entry of node.environmentFiles) {
      if (entry.file && entry.pathSpan && spanContains(entry.pathSpan, uri, offset)) return { uri: entry.file.uri, start: 0, end: 0, origin: entry.pathSpan };
    }
    const directive = node.execStart?.directive;
    if (directive && node.execStart?.uri === uri && offset >= directive.valueStart && offset <= directive.end) {
      const text = directive.value.text;
      const pattern = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = directive.value.offsets[match.index] ?? -1;
        const end = (directive.value.offsets[match.index + match[0].length - 1] ?? -2) + 1;
        if (start <= offset && offset <= end) {
          const definition = node.variables.get(match[1] ?? match[2] ?? '');
          if (definition) return { uri: definition.span.uri, start: definition.span.start, end: definition.span.end, origin: { uri, start, end } };
        }
      }
    }
  }
  const file = analysis.file;
  if (file?.kind === 'yaml') {
    for (const document of file.yaml.documents) {
      if (document.kind !== 'kubeconfig') continue;
      const entry = document.entries.find((e) => e.valueStart <= offset && offset <= e.valueEnd && typeof e.value === 'string');
      if (!entry) continue;
      const list = entry.path === 'current-context' ? 'contexts' : entry.path === 'contexts[].context.cluster' ? 'clusters' : entry.path === 'contexts[].context.user' ? 'users' : undefined;
      if (!list) continue;
      const target = document.entries.find((e) => e.path === `${list}[].name` && e.value === entry.value);
      if (target) return { uri, start: target.valueStart, end: target.valueEnd, origin: { uri, start: entry.valueStart, end: entry.valueEnd } };
    }
  }
  return undefined;
}
