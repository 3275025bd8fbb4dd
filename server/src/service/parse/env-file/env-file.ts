import { TracedBuilder, type Traced } from '../../text/traced.js';

export interface EnvAssignment {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The decoded value, each character traced to this file. */
  readonly value: Traced;
  /** From the start of the name to the end of the value's last raw character. */
  readonly start: number;
  readonly end: number;
  /** Raw source range of the value (quotes included); empty range after `=` for an empty value. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface IgnoredEnvLine {
  readonly start: number;
  readonly end: number;
  readonly reason: 'missing-equals' | 'invalid-name';
}

export interface EnvFile {
  readonly uri: string;
  readonly assignments: readonly EnvAssignment[];
  readonly ignored: readonly IgnoredEnvLine[];
  readonly comments: readonly { readonly start: number; readonly end: number }[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const isNewline = (c: string): boolean => c === '\n' || c === '\r';
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** Characters a backslash escapes inside double quotes; before any other, the backslash is kept. */
const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', '\\', '`', '$']);

type State = 'preKey' | 'key' | 'preValue' | 'value' | 'valueEscape' | 'single' | 'double' | 'doubleEscape' | 'comment' | 'commentEscape';

/**
 * Parses an env file with the grammar systemd's `EnvironmentFile=` loader uses:
 * - `#` or `;` is a comment only where a name could start (a `#` after a value is part of the value);
 * - `NAME=value`: blanks around the name and before the value are skipped, trailing blanks of an
 *   unquoted value are dropped; a backslash escapes the next character and `\` + newline continues;
 * - `'...'` takes everything literally; in `"..."` a backslash escapes only `"`, `\`, `` ` `` and `$`
 *   (and a newline); quoted and unquoted parts next to each other join into one value;
 * - a line without `=` or with an invalid name is ignored. Later assignments override earlier ones.
 */
export function parseEnvFile(uri: string, text: string): EnvFile {
  const assignments: EnvAssignment[] = [];
  const ignored: IgnoredEnvLine[] = [];
  const comments: { start: number; end: number }[] = [];
  let state: State = 'preKey';
  let key = '';
  let keyStart = 0;
  let keyEnd = 0;
  let value = new TracedBuilder();
  let valueStart = -1;
  let valueEnd = -1;
  let trailingBlanks = 0;
  let commentStart = 0;

  const push = (end: number): void => {
    const name = key.trim();
    const built = value.build();
    const kept = trailingBlanks > 0 ? built.text.length - trailingBlanks : built.text.length;
    const decoded: Traced = { text: built.text.slice(0, kept), uris: built.uris.slice(0, kept), offsets: built.offsets.slice(0, kept) };
    if (!NAME.test(name)) ignored.push({ start: keyStart, end, reason: 'invalid-name' });
    else {
      const vStart = valueStart < 0 ? keyEnd + 1 : valueStart;
      const vEnd = valueEnd < 0 ? vStart : valueEnd;
      assignments.push({ name, nameStart: keyStart, nameEnd: keyStart + key.trimEnd().length, value: decoded, start: keyStart, end: Math.max(vEnd, keyEnd + 1), valueStart: vStart, valueEnd: vEnd });
    }
    key = '';
    value = new TracedBuilder();
    valueStart = -1;
    valueEnd = -1;
    trailingBlanks = 0;
  };
  const addValue = (c: string, offset: number, rawEnd: number): void => {
    if (valueStart < 0) valueStart = offset;
    valueEnd = rawEnd;
    value.push(c, uri, offset);
  };

  for (let i = 0; i <= text.length; i++) {
    // The end of the text acts as a final newline.
    const c = i < text.length ? (text[i] ?? '') : '\n';
    switch (state) {
      case 'preKey':
        if (c === '#' || c === ';') {
          state = 'comment';
          commentStart = i;
        } else if (!isBlank(c)) {
          state = 'key';
          key = c;
          keyStart = i;
        }
        break;
      case 'key':
        if (isNewline(c)) {
          ignored.push({ start: keyStart, end: i, reason: 'missing-equals' });
          key = '';
          state = 'preKey';
        } else if (c === '=') {
          keyEnd = i;
          state = 'preValue';
        } else key += c;
        break;
      case 'preValue':
        if (isNewline(c)) {
          push(i);
          state = 'preKey';
        } else if (c === "'") {
          if (valueStart < 0) valueStart = i;
          valueEnd = i + 1;
          state = 'single';
        } else if (c === '"') {
          if (valueStart < 0) valueStart = i;
          valueEnd = i + 1;
          state = 'double';
        } else if (c === '\\') {
          if (valueStart < 0) valueStart = i;
          state = 'valueEscape';
        } else if (!isBlank(c)) {
          trailingBlanks = 0;
          addValue(c, i, i + 1);
          state = 'value';
        }
        break;
      case 'value':
        if (isNewline(c)) {
          push(i);
          state = 'preKey';
        } else if (c === '\\') {
          trailingBlanks = 0;
          state = 'valueEscape';
        } else {
          if (isBlank(c)) trailingBlanks++;
          else {
            trailingBlanks = 0;
            valueEnd = i + 1;
          }
          value.push(c, uri, i);
          if (valueStart < 0) valueStart = i;
        }
        break;
      case 'valueEscape':
        state = 'value';
        if (!isNewline(c)) addValue(c, i, i + 1);
        else if (c === '\r' && text[i + 1] === '\n') i++;
        break;
      case 'single':
        if (c === "'") {
          valueEnd = i + 1;
          state = 'preValue';
        } else if (i < text.length) addValue(c, i, i + 1);
        else {
          push(i);
          state = 'preKey';
        }
        break;
      case 'double':
        if (c === '"') {
          valueEnd = i + 1;
          state = 'preValue';
        } else if (c === '\\') state = 'doubleEscape';
        else if (i < text.length) addValue(c, i, i + 1);
        else {
          push(i);
          state = 'preKey';
        }
        break;
      case 'doubleEscape':
        state = 'double';
        if (DOUBLE_QUOTE_ESCAPABLE.has(c)) addValue(c, i, i + 1);
        else if (isNewline(c)) {
          if (c === '\r' && text[i + 1] === '\n') i++;
        } else {
          addValue('\\', i - 1, i);
          addValue(c, i, i + 1);
        }
        break;
      case 'comment':
        if (c === '\\') state = 'commentEscape';
        else if (isNewline(c)) {
          comments.push({ start: commentStart, end: i });
          state = 'preKey';
        }
        break;
      case 'commentEscape':
        state = 'comment';
        break;
    }
  }
  return { uri, assignments, ignored, comments };
}
