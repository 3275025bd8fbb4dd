import { TracedBuilder, type Traced } from '../../text/traced.js';
import type { Span } from '../../text/span.js';
import type { ExtractedWord } from './extract-words.js';
import { extractWords } from './extract-words.js';

/** Where a variable's value was assigned: an `Environment=` word or an env file line. */
export interface VariableDefinition {
  readonly name: string;
  readonly value: Traced;
  /** The whole assignment, for hovers and go-to-definition. */
  readonly span: Span;
  readonly via: 'Environment' | 'EnvironmentFile';
}

/** One argument the process will receive, traced back to where it was written. */
export interface ExpandedWord {
  readonly value: Traced;
  /** Range to squiggle: the word itself, inside the variable's value when it came from one. */
  readonly span: Span | undefined;
  /** Raw source range of the word (quotes included), where an edit replaces it. */
  readonly rawSpan: Span | undefined;
  /** The variable reference this word came from, when it came from `$VAR` splitting. */
  readonly viaVariable?: { readonly name: string; readonly reference: Span | undefined; readonly definition: VariableDefinition };
}

export type VariableLookup = (name: string) => VariableDefinition | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function rawSpanOf(source: Traced, from: number, to: number): Span | undefined {
  let first = from;
  while (first < to && (source.offsets[first] ?? -1) < 0) first++;
  let last = to - 1;
  while (last > first && (source.offsets[last] ?? -1) < 0) last--;
  if (first >= to) return undefined;
  const uri = source.uris[first] ?? '';
  return { uri, start: source.offsets[first] ?? 0, end: (source.offsets[last] ?? 0) + 1 };
}

function valueSpan(value: Traced): Span | undefined {
  return rawSpanOf(value, 0, value.text.length);
}

/**
 * Expands variables in the arguments as systemd does when it starts the process:
 * - a word that starts with `$` (not `${` or `$$`) is looked up whole: `$NAME` becomes the value split
 *   into words at whitespace (quotes in the value group words); an unset or empty variable, or a
 *   word that is not a plain name (`$DIR/bin`), leaves no word at all;
 * - `${NAME}` anywhere in a word is replaced by the value as is, keeping one word;
 * - `$$` stands for a literal `$`; any other `$` stays as it is.
 * `missing` is called for every name that has no definition.
 */
export function expandWords(
  words: readonly ExtractedWord[],
  source: Traced,
  lookup: VariableLookup,
  missing: (name: string, reference: Span | undefined) => void = () => undefined,
): ExpandedWord[] {
  const result: ExpandedWord[] = [];
  for (const word of words) {
    const text = word.value.text;
    const whole = text.startsWith('$') && !text.startsWith('${') && !text.startsWith('$$') ? text.slice(1) : undefined;
    if (whole !== undefined) {
      const reference = rawSpanOf(source, word.rawFrom, word.rawTo);
      const definition = NAME.test(whole) ? lookup(whole) : undefined;
      if (!definition) {
        missing(whole, reference);
        continue;
      }
      for (const piece of extractWords(definition.value).words) {
        result.push({
          value: piece.value,
          span: valueSpan(piece.value) ?? reference,
          rawSpan: rawSpanOf(definition.value, piece.rawFrom, piece.rawTo),
          viaVariable: { name: whole, reference, definition },
        });
      }
      continue;
    }
    const value = text.includes('$') ? expandBraced(word.value, lookup, missing) : word.value;
    result.push({ value, span: valueSpan(word.value), rawSpan: rawSpanOf(source, word.rawFrom, word.rawTo) });
  }
  return result;
}

function expandBraced(
  value: Traced,
  lookup: VariableLookup,
  missing: (name: string, reference: Span | undefined) => void,
): Traced {
  const out = new TracedBuilder();
  const { text } = value;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '$') {
      out.append(value, i, i + 1);
      i++;
      continue;
    }
    if (text[i] === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      const name = close > 0 ? text.slice(i + 2, close) : '';
      if (close > 0 && NAME.test(name)) {
        const definition = lookup(name);
        if (definition) out.append(definition.value);
        else missing(name, rawSpanOf(value, i, close + 1));
        i = close;
        continue;
      }
    }
    out.append(value, i, i + 1);
  }
  return out.build();
}
