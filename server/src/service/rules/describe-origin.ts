import type { Origin } from '../model/effective-setting.js';
import type { NodeContext } from './rule.js';
import type { FlagOccurrence } from '../parse/flags/command-line.js';

/** The flag exactly as written (`--name=value`, `--name value`, `-v2`), for messages. */
export function flagAsWritten(flag: FlagOccurrence): string {
  return flag.words.map((word) => word.value.text).join(' ');
}

function location(context: NodeContext, uri: string, offset: number): string {
  const file = context.file(uri);
  const line = file ? file.lines.positionAt(offset).line + 1 : 0;
  return `${context.displayName(uri)}:${line}`;
}

function yamlScalarText(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : JSON.stringify(value);
}

/**
 * Says in plain words where an effective value comes from: the flag and the file line that set it
 * (and through which variable), the config file line, or which default applies and why.
 */
export function describeOrigin(origin: Origin, context: NodeContext): string {
  switch (origin.kind) {
    case 'flag': {
      const flag = origin.flag;
      const span = flag.nameSpan;
      const where = span ? ` in ${location(context, span.uri, span.start)}` : '';
      const variable = flag.words[0]?.viaVariable;
      const via = variable ? ` (through $${variable.name})` : '';
      const stray = context.node.commandLine.problems.find((p) => p.kind === 'positional' && p.afterBoolean === flag);
      const detached = stray && stray.kind === 'positional' ? `; a bare ${flag.written} means true, and the "${stray.word.value.text}" after it is a separate argument the kubelet rejects` : '';
      return `set by \`${flagAsWritten(flag)}\`${where}${via}${detached}`;
    }
    case 'config': {
      const what = origin.source.fragment ? 'the --config-dir fragment' : '';
      const where = location(context, origin.source.uri, origin.entry.keyStart);
      return `set by \`${origin.entry.path}: ${yamlScalarText(origin.entry.value)}\` in ${what ? `${what} ` : ''}${where}`;
    }
    case 'flag-default':
      return "the kubelet's flag default, since no --config file is used";
    case 'config-default':
      if (origin.unsetBy) {
        const where = location(context, origin.unsetBy.source.uri, origin.unsetBy.entry.keyStart);
        return `the KubeletConfiguration default, since \`${origin.unsetBy.entry.path}: ${yamlScalarText(origin.unsetBy.entry.value)}\` in ${where} is a zero value the kubelet treats as unset`;
      }
      return origin.source
        ? `the KubeletConfiguration default, since ${context.displayName(origin.source.uri)} does not set it`
        : 'the KubeletConfiguration default';
    case 'unknown':
      return `unknown: ${origin.reason}`;
  }
}
