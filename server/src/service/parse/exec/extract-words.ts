import { TracedBuilder, type Traced } from '../../text/traced.js';

/** A word as systemd extracts it, unquoted and unescaped, with the raw text it came from. */
export interface ExtractedWord {
  readonly value: Traced;
  /** Index range of the raw word (quotes and backslashes included) in the input traced string. */
  readonly rawFrom: number;
  readonly rawTo: number;
  /** True when any part of the word was quoted. */
  readonly quoted: boolean;
}

export interface ExtractResult {
  readonly words: ExtractedWord[];
  /** Set when the input ended inside a quote; systemd refuses such a value. */
  readonly unterminatedQuote: boolean;
}

const SEPARATORS = new Set([' ', '\t', '\n', '\r']);

/** C-style escapes that systemd's cunescape understands in unit values (the common subset). */
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', '"': '"', "'": "'", s: ' ',
};

/**
 * Splits `input` into words the way systemd's `extract_first_word()` does with `EXTRACT_UNQUOTE` and
 * `EXTRACT_CUNESCAPE`, as `ExecStart=` and `Environment=` use it: words are separated by whitespace;
 * single and double quotes group text and may start or end anywhere in a word (`--a="b c"` is the one
 * word `--a=b c`); a backslash escapes the next character, in quotes too, with C escapes (`\n`, `\t`,
 * `\xNN`, octal) decoded; an unknown escape is kept as written. Never throws.
 */
export function extractWords(input: Traced): ExtractResult {
  const { text } = input;
  const words: ExtractedWord[] = [];
  let i = 0;
  let unterminatedQuote = false;
  while (i < text.length) {
    while (i < text.length && SEPARATORS.has(text[i] ?? '')) i++;
    if (i >= text.length) break;
    const rawFrom = i;
    const out = new TracedBuilder();
    let quote: string | undefined;
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i] ?? '';
      if (c === '\\') {
        const consumed = unescapeAt(input, i, out);
        i += consumed - 1;
        continue;
      }
      if (quote) {
        if (c === quote) quote = undefined;
        else out.push(c, input.uris[i] ?? '', input.offsets[i] ?? -1);
        continue;
      }
      if (c === '"' || c === "'") {
        quote = c;
        quoted = true;
        continue;
      }
      if (SEPARATORS.has(c)) break;
      out.push(c, input.uris[i] ?? '', input.offsets[i] ?? -1);
    }
    if (quote) unterminatedQuote = true;
    words.push({ value: out.build(), rawFrom, rawTo: i, quoted });
  }
  return { words, unterminatedQuote };
}

/** Decodes the escape at `input.text[at]` (a backslash) into `out`; returns how many characters it used. */
function unescapeAt(input: Traced, at: number, out: TracedBuilder): number {
  const { text } = input;
  const uri = input.uris[at] ?? '';
  const offset = input.offsets[at] ?? -1;
  const next = text[at + 1];
  if (next === undefined) return 1; // a lone trailing backslash is dropped
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined) {
    out.push(simple, uri, offset);
    return 2;
  }
  if (next === 'x') {
    const hex = text.slice(at + 2, at + 4);
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(String.fromCharCode(parseInt(hex, 16)), uri, offset);
      return 4;
    }
  }
  if (/[0-7]/.test(next)) {
    const octal = text.slice(at + 1, at + 4);
    if (/^[0-7]{3}$/.test(octal)) {
      out.push(String.fromCharCode(parseInt(octal, 8)), uri, offset);
      return 4;
    }
  }
  // Unknown escape (`\w`, `\ `): systemd warns and keeps both characters as written.
  out.push('\\', uri, offset);
  out.push(next, input.uris[at + 1] ?? uri, input.offsets[at + 1] ?? offset);
  return 2;
}
