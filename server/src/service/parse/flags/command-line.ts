import type { Span } from '../../text/span.js';
import type { Traced } from '../../text/traced.js';
import { sliceTraced, tracedSpan } from '../../text/traced.js';
import type { ExpandedWord } from '../exec/expand.js';
import { kubeletFlag, kubeletFlagForShorthand } from '../../data/facts.js';
import type { KubeletFlagFact } from '../../data/types.js';

/** One flag as the kubelet's flag parser reads it. */
export interface FlagOccurrence {
  /** Canonical name: no dashes, underscores normalised to dashes as the kubelet does. */
  readonly name: string;
  /** The name as written, dashes included (`--anonymous_auth`). */
  readonly written: string;
  readonly fact: KubeletFlagFact | undefined;
  /** The value as the flag receives it: the text after `=`, the next word, or `true` for a bare boolean. */
  readonly value: string;
  readonly valueForm: 'equals' | 'next-word' | 'implicit';
  /** The name part of the word, dashes included. */
  readonly nameSpan: Span | undefined;
  /** The value's range (for `implicit`, the name's range). */
  readonly valueSpan: Span | undefined;
  /** Raw ranges of the word(s) the flag used: what a fix replaces or removes. */
  readonly rawSpans: readonly Span[];
  /** The words this flag consumed (one, or two for `--name value`). */
  readonly words: readonly ExpandedWord[];
  readonly index: number;
}

export type CommandLineProblem =
  | { readonly kind: 'positional'; readonly word: ExpandedWord; readonly afterBoolean?: FlagOccurrence }
  | { readonly kind: 'unknown-flag'; readonly word: ExpandedWord; readonly name: string }
  | { readonly kind: 'missing-value'; readonly flag: FlagOccurrence };

export interface KubeletCommandLine {
  readonly flags: readonly FlagOccurrence[];
  readonly problems: readonly CommandLineProblem[];
}

/** The kubelet registers its flags with a normaliser that turns `_` into `-`. */
export function normaliseFlagName(name: string): string {
  return name.replace(/_/g, '-');
}

/**
 * Reads the kubelet's arguments with the rules of its flag parser (spf13/pflag, interspersed):
 * `--name=value`; `--name value` for a flag that is not boolean (the next word is taken whatever it
 * looks like); a bare boolean `--name` means true and never takes the next word, so in
 * `--anonymous-auth false` the `false` is a stray argument; `-v=2`, `-v 2` and `-v2` for shorthands;
 * `--` ends the flags. Unknown flags and stray arguments are reported: the kubelet refuses both.
 */
export function parseKubeletArgs(args: readonly ExpandedWord[]): KubeletCommandLine {
  const flags: FlagOccurrence[] = [];
  const problems: CommandLineProblem[] = [];
  let previousBoolean: FlagOccurrence | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (!word) continue;
    const text = word.value.text;
    const lastWasBareBoolean = previousBoolean;
    previousBoolean = undefined;
    if (text === '--') {
      for (const rest of args.slice(i + 1)) problems.push({ kind: 'positional', word: rest });
      break;
    }
    if (!text.startsWith('-') || text === '-') {
      problems.push(lastWasBareBoolean ? { kind: 'positional', word, afterBoolean: lastWasBareBoolean } : { kind: 'positional', word });
      continue;
    }
    const long = text.startsWith('--');
    const body = text.slice(long ? 2 : 1);
    const equals = body.indexOf('=');
    const writtenName = equals >= 0 ? body.slice(0, equals) : body;
    let fact: KubeletFlagFact | undefined;
    let nameLength = (long ? 2 : 1) + writtenName.length;
    let inlineValue: string | undefined = equals >= 0 ? body.slice(equals + 1) : undefined;
    let inlineValueStart = nameLength + 1;
    if (long) fact = kubeletFlag(normaliseFlagName(writtenName));
    else {
      // Shorthands: `-v=2`, `-v 2`, `-v2`. Only the first letter names the flag.
      fact = kubeletFlagForShorthand(body[0] ?? '');
      nameLength = 2;
      if (fact && equals !== 1 && body.length > 1) {
        inlineValue = body.slice(1);
        inlineValueStart = 2;
      } else if (fact && equals === 1) inlineValueStart = 3;
    }
    const name = fact ? fact.name : normaliseFlagName(long ? writtenName : body[0] ?? '');
    if (!fact || (long && writtenName.length === 0)) {
      problems.push({ kind: 'unknown-flag', word, name: long ? normaliseFlagName(writtenName) : text });
      continue;
    }
    const nameSpan = tracedSpan(word.value, 0, nameLength);
    const written = text.slice(0, nameLength);
    if (inlineValue !== undefined) {
      flags.push({
        name, written, fact, value: inlineValue, valueForm: 'equals', nameSpan,
        valueSpan: tracedSpan(word.value, inlineValueStart, text.length) ?? nameSpan,
        rawSpans: word.rawSpan ? [word.rawSpan] : [], words: [word], index: flags.length,
      });
      continue;
    }
    if (fact.type === 'bool' || fact.type === 'version') {
      // Both have a value implied when none is given (pflag's NoOptDefVal), so they never take the next word.
      const occurrence: FlagOccurrence = {
        name, written, fact, value: 'true', valueForm: 'implicit', nameSpan, valueSpan: nameSpan,
        rawSpans: word.rawSpan ? [word.rawSpan] : [], words: [word], index: flags.length,
      };
      flags.push(occurrence);
      previousBoolean = occurrence;
      continue;
    }
    const next = args[i + 1];
    if (!next) {
      const occurrence: FlagOccurrence = {
        name, written, fact, value: '', valueForm: 'next-word', nameSpan, valueSpan: nameSpan,
        rawSpans: word.rawSpan ? [word.rawSpan] : [], words: [word], index: flags.length,
      };
      flags.push(occurrence);
      problems.push({ kind: 'missing-value', flag: occurrence });
      continue;
    }
    i++;
    flags.push({
      name, written, fact, value: next.value.text, valueForm: 'next-word', nameSpan, valueSpan: next.span,
      rawSpans: [word.rawSpan, next.rawSpan].filter((s): s is Span => s !== undefined), words: [word, next], index: flags.length,
    });
  }
  return { flags, problems };
}

/** The traced value of a flag (for hovers that show where each character came from). */
export function flagValueTraced(flag: FlagOccurrence): Traced | undefined {
  const last = flag.words[flag.words.length - 1];
  if (!last) return undefined;
  if (flag.valueForm === 'next-word') return last.value;
  if (flag.valueForm === 'equals') return sliceTraced(last.value, last.value.text.length - flag.value.length);
  return undefined;
}
