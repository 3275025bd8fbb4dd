import type { Directive, UnitFile } from '../parse/systemd/unit-file.js';
import { extractWords } from '../parse/exec/extract-words.js';
import type { VariableDefinition } from '../parse/exec/expand.js';
import { sliceTraced, tracedSpan } from '../text/traced.js';
import type { Span } from '../text/span.js';

/** An `EnvironmentFile=` entry that is in force after resets. */
export interface EnvironmentFileEntry {
  readonly directive: Directive;
  readonly uri: string;
  /** On-node path, without the `-` that makes it optional. */
  readonly path: string;
  readonly optional: boolean;
  readonly pathSpan: Span | undefined;
}

export interface ExecStartEntry {
  readonly directive: Directive;
  readonly uri: string;
}

/** What a unit and its drop-ins add up to for the settings that shape the kubelet's command line. */
export interface AssembledService {
  /** `ExecStart=` commands in force (after empty resets), in order. */
  readonly execStarts: readonly ExecStartEntry[];
  readonly environment: ReadonlyMap<string, VariableDefinition>;
  readonly environmentFiles: readonly EnvironmentFileEntry[];
  /** The service type in force (`simple` when unset). */
  readonly type: string;
}

/**
 * Applies the `[Service]` directives of a unit and then of its drop-ins, in the order given (the caller
 * sorts drop-ins by file name), as systemd does: an empty `ExecStart=`, `Environment=` or
 * `EnvironmentFile=` clears what came before; otherwise entries accumulate and later variables win.
 */
export function assembleService(parts: readonly UnitFile[]): AssembledService {
  let execStarts: ExecStartEntry[] = [];
  let environment = new Map<string, VariableDefinition>();
  let environmentFiles: EnvironmentFileEntry[] = [];
  let type = 'simple';
  for (const part of parts) {
    for (const directive of part.directives) {
      if (directive.section !== 'Service') continue;
      const value = directive.value;
      switch (directive.key) {
        case 'ExecStart':
          if (value.text.length === 0) execStarts = [];
          else execStarts.push({ directive, uri: part.uri });
          break;
        case 'Environment':
          if (value.text.length === 0) environment = new Map();
          else for (const definition of environmentAssignments(directive)) environment.set(definition.name, definition);
          break;
        case 'EnvironmentFile': {
          if (value.text.length === 0) {
            environmentFiles = [];
            break;
          }
          const optional = value.text.startsWith('-');
          const pathValue = sliceTraced(value, optional ? 1 : 0);
          environmentFiles.push({ directive, uri: part.uri, path: pathValue.text, optional, pathSpan: tracedSpan(pathValue) });
          break;
        }
        case 'Type':
          type = value.text || 'simple';
          break;
      }
    }
  }
  return { execStarts, environment, environmentFiles, type };
}

/** The `NAME=value` words of one `Environment=` line (quotes group, as systemd reads them). */
export function environmentAssignments(directive: Directive): VariableDefinition[] {
  const out: VariableDefinition[] = [];
  for (const word of extractWords(directive.value).words) {
    const equals = word.value.text.indexOf('=');
    if (equals <= 0) continue;
    const name = word.value.text.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const whole = tracedSpan(directive.value, word.rawFrom, word.rawTo);
    out.push({
      name,
      value: sliceTraced(word.value, equals + 1),
      span: whole ?? { uri: '', start: directive.keyStart, end: directive.end },
      via: 'Environment',
    });
  }
  return out;
}
