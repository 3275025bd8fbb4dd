import { sliceTraced, type Traced } from '../../text/traced.js';
import { extractWords, type ExtractedWord } from './extract-words.js';

/** The special executable prefixes systemd accepts before the path in `ExecStart=`. */
export type ExecPrefix = '-' | '@' | ':' | '+' | '!' | '!!';

export interface ExecCommand {
  readonly prefixes: readonly ExecPrefix[];
  /** The executable path (prefixes removed). */
  readonly path: ExtractedWord | undefined;
  /** Arguments after the path; with `@` the first one is argv[0] and is not passed as an argument. */
  readonly args: readonly ExtractedWord[];
  readonly unterminatedQuote: boolean;
}

/**
 * Parses an `ExecStart=` value into prefixes, path and argument words, without expanding variables
 * (systemd expands them when the process starts, after the unit has loaded).
 */
export function parseExecCommand(value: Traced): ExecCommand {
  const { words, unterminatedQuote } = extractWords(value);
  const first = words[0];
  if (!first) return { prefixes: [], path: undefined, args: [], unterminatedQuote };
  const prefixes: ExecPrefix[] = [];
  let skip = 0;
  const text = first.value.text;
  while (skip < text.length) {
    const c = text[skip];
    if (c === '!' && text[skip + 1] === '!') {
      prefixes.push('!!');
      skip += 2;
    } else if (c === '-' || c === '@' || c === ':' || c === '+' || c === '!') {
      prefixes.push(c);
      skip += 1;
    } else break;
  }
  const path: ExtractedWord = { ...first, value: sliceTraced(first.value, skip) };
  let args = words.slice(1);
  if (prefixes.includes('@')) args = args.slice(1);
  return { prefixes, path, args, unterminatedQuote };
}
