import type { Span } from './span.js';

/**
 * A string assembled from source text, where each character remembers the file and offset it came
 * from. Unquoting, unescaping and `$VAR` expansion all produce traced strings, so a kubelet flag that
 * reached the command line through an env file still has the exact range where the user typed it.
 * A character with offset -1 was synthesised (for example the space systemd puts in place of a
 * continuation backslash).
 */
export interface Traced {
  readonly text: string;
  readonly uris: readonly string[];
  readonly offsets: readonly number[];
}

export const emptyTraced: Traced = { text: '', uris: [], offsets: [] };

/** A traced copy of `text[start, end)` of one file, character for character. */
export function traceSlice(uri: string, text: string, start: number, end: number): Traced {
  const offsets: number[] = [];
  const uris: string[] = [];
  for (let i = start; i < end; i++) {
    offsets.push(i);
    uris.push(uri);
  }
  return { text: text.slice(start, end), uris, offsets };
}

/** Accumulates a traced string character by character; the text is joined once, on `build()`. */
export class TracedBuilder {
  private readonly chars: string[] = [];
  private readonly uris: string[] = [];
  private readonly offsets: number[] = [];

  get length(): number {
    return this.chars.length;
  }

  push(char: string, uri: string, offset: number): void {
    this.chars.push(char);
    this.uris.push(uri);
    this.offsets.push(offset);
  }

  /** Replaces the last character (systemd turns a continuation backslash into a space). */
  replaceLast(char: string, uri: string, offset: number): void {
    const last = this.chars.length - 1;
    if (last < 0) return;
    this.chars[last] = char;
    this.uris[last] = uri;
    this.offsets[last] = offset;
  }

  append(part: Traced, from = 0, to = part.text.length): void {
    for (let i = from; i < to; i++) {
      this.chars.push(part.text[i] ?? '');
      this.uris.push(part.uris[i] ?? '');
      this.offsets.push(part.offsets[i] ?? -1);
    }
  }

  build(): Traced {
    return { text: this.chars.join(''), uris: this.uris.slice(), offsets: this.offsets.slice() };
  }
}

export function sliceTraced(value: Traced, from: number, to: number = value.text.length): Traced {
  return {
    text: value.text.slice(from, to),
    uris: value.uris.slice(from, to),
    offsets: value.offsets.slice(from, to),
  };
}

/**
 * The source range covering characters `[from, to)` of `value`: from the first traced character to the
 * last one in the same file. Synthesised characters are skipped. Undefined if none is traced.
 */
export function tracedSpan(value: Traced, from = 0, to: number = value.text.length): Span | undefined {
  let first = from;
  while (first < to && (value.offsets[first] ?? -1) < 0) first++;
  if (first >= to) return undefined;
  const uri = value.uris[first] ?? '';
  let last = to - 1;
  while (last > first && ((value.offsets[last] ?? -1) < 0 || value.uris[last] !== uri)) last--;
  return { uri, start: value.offsets[first] ?? 0, end: (value.offsets[last] ?? 0) + 1 };
}
