import type { Fix } from '../findings/finding.js';
import type { Rule, RuleReport } from './rule.js';
import { KUBELET_FLAGS } from '../data/generated/kubelet-flags.js';
import { isFlagRemoved, kubeletFlag } from '../data/facts.js';
import { otherComponentsWithFlag } from '../data/other-components.js';
import { normaliseFlagName } from '../parse/flags/command-line.js';
import { tracedSpan } from '../text/traced.js';
import type { TextEdit } from '../text/span.js';
import { commentRuns, removeWords } from './kinds/exec-comments.js';
import { editDistance } from '../text/edit-distance.js';

/** Letters and digits only, lower-cased: `--Anonymous_Auth`, `--anonymousAuth` and `--anonymous-auth` meet here. */
const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The flags the target kubelet accepts that `name` most likely meant: same letters ignoring case and
 * separators first (`--Anonymous-Auth`, `--readOnlyPort`), else the nearest by edit distance (at most
 * one edit for short names, two for longer ones; none for names under four letters). Ties give several candidates.
 */
export function nearestFlags(name: string, version: string): string[] {
  const candidates = KUBELET_FLAGS.filter((flag) => !isFlagRemoved(flag, version)).map((flag) => flag.name);
  const squashed = squash(name);
  if (squashed === '') return [];
  const same = candidates.filter((candidate) => squash(candidate) === squashed);
  if (same.length > 0) return same;
  if (name.length < 4) return [];
  const limit = name.length <= 5 ? 1 : 2;
  let best = limit + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    const distance = Math.min(editDistance(name.toLowerCase(), candidate), editDistance(squashed, squash(candidate)));
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best) found.push(candidate);
  }
  return found.slice(0, 3);
}

function joinNames(names: readonly string[], word: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1] ?? ''}`;
}

/**
 * A flag the kubelet does not register: its flag parser stops at the first one ("unknown flag"), so
 * the kubelet never starts. Suggests the flag that was meant (typos, wrong case, camelCase config
 * names, a single dash) with a fix that renames it, and names the component a flag belongs to when it
 * is another Kubernetes component's (`--etcd-servers` is kube-apiserver's).
 */
export const kubeletUnknownFlag: Rule = {
  id: 'kubelet-unknown-flag',
  tier: 'correctness',
  title: 'Not a kubelet flag',
  defaultSeverity: 'error',
  summary: 'A flag the kubelet does not know: it refuses to start. Suggests the flag that was meant, or names the component the flag belongs to.',
  fixable: true,
  scope: 'node',
  check(context) {
    const reports: RuleReport[] = [];
    const { node, settings } = context;
    const args = node.args;
    // Words after a `#` in ExecStart= are reported as one stray comment by kubelet-positional-arg.
    const inComment = new Set(commentRuns(context).flatMap((run) => run.words));
    for (const problem of node.commandLine.problems) {
      if (problem.kind !== 'unknown-flag') continue;
      const word = problem.word;
      if (inComment.has(word)) continue;
      const text = word.value.text;
      const equals = text.indexOf('=');
      const writtenName = equals >= 0 ? text.slice(0, equals) : text;
      const span = tracedSpan(word.value, 0, writtenName.length) ?? word.span;
      if (!span) continue;
      const long = text.startsWith('--');
      const bare = writtenName.replace(/^--?/, '');
      const name = normaliseFlagName(bare);
      // The word after an unknown flag written without `=` is most likely its value: it goes with it.
      const index = args.indexOf(word);
      const next = index >= 0 ? args[index + 1] : undefined;
      const valueWord = equals < 0 && next && !next.value.text.startsWith('-') ? next : undefined;
      const removal = removeWords(valueWord ? [word, valueWord] : [word], context);
      const removeFix = (preferred: boolean): Fix[] => (removal ? [{ title: `Remove ${text}${valueWord ? ` ${valueWord.value.text}` : ''}`, edits: [removal], ...(preferred ? { preferred: true } : {}) }] : []);
      const rename = (target: string, preferred: boolean): Fix => {
        const edit: TextEdit = { ...span, newText: `--${target}` };
        return { title: `Change to --${target}`, edits: [edit], ...(preferred ? { preferred: true } : {}) };
      };
      const stops = 'so the kubelet will not start';

      if (!long) {
        // One dash: pflag reads the letters as shorthands, and the kubelet only has -h and -v.
        const fact = kubeletFlag(name);
        const exact = fact && !isFlagRemoved(fact, settings.kubernetesVersion) ? [name] : [];
        const meant = exact.length > 0 ? exact : bare.length > 1 ? nearestFlags(name, settings.kubernetesVersion) : [];
        const letter = bare[0] ?? '';
        const head = bare.length > 1
          ? `${writtenName} has a single dash, so the kubelet reads it as one-letter flags starting with -${letter}, which it does not have, ${stops}`
          : `${writtenName} is not a kubelet flag (its only one-letter flags are -h and -v), ${stops}`;
        const advice = meant.length > 0 ? `. Did you mean ${joinNames(meant.map((m) => `--${m}`), 'or')}?` : '.';
        reports.push({ span, message: `${head}${advice}`, fixes: meant.length > 0 ? [...meant.map((m, i) => rename(m, i === 0)), ...removeFix(false)] : removeFix(true) });
        continue;
      }
      const components = otherComponentsWithFlag(name);
      if (components.length > 0 && !kubeletFlag(name)) {
        reports.push({
          span,
          message: `${writtenName} is a flag of ${joinNames(components, 'and')}, not of the kubelet, ${stops}. Remove it from the kubelet's command line.`,
          fixes: removeFix(true),
        });
        continue;
      }
      const meant = nearestFlags(name, settings.kubernetesVersion);
      const caseOnly = meant.length === 1 && meant[0] === name.toLowerCase() && name !== name.toLowerCase();
      const head = caseOnly
        ? `${writtenName} is not a kubelet flag (flag names are case-sensitive), ${stops}`
        : `${writtenName} is not a kubelet flag, ${stops}`;
      const advice = meant.length > 0 ? `. Did you mean ${joinNames(meant.map((m) => `--${m}`), 'or')}?` : '.';
      reports.push({ span, message: `${head}${advice}`, fixes: meant.length > 0 ? [...meant.map((m, i) => rename(m, i === 0)), ...removeFix(false)] : removeFix(true) });
    }
    return reports;
  },
};
