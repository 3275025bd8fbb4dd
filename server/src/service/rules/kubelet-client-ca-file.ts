import type { Span } from '../text/span.js';
import { isDefaulted, settingRule } from './kinds/setting-rule.js';
import type { NodeContext, Rule, RuleMeta, RuleReport } from './rule.js';

const META: RuleMeta = {
  id: 'kubelet-client-ca-file',
  tier: 'cis-level1',
  title: 'No client CA for the kubelet API',
  cis: '4.2.3',
  defaultSeverity: 'error',
  summary: 'No client CA file is set (or it is empty), so the kubelet API cannot authenticate clients, the API server included, by their certificates.',
  fixable: false,
};

/* No fix: the CA bundle's path cannot be guessed. */
const detector = settingRule({
  ...META,
  field: 'authentication.x509.clientCAFile',
  // `clientCAFile:` with nothing after it is a YAML null, which leaves the string empty.
  isInsecure: (value) => value === '' || value === null,
  describe: (_value, setting) =>
    `${isDefaulted(setting) ? 'No client CA file is set' : 'The client CA file is empty'}, so the kubelet cannot verify client certificates`,
});

/** The whole word of an empty flag (`--client-ca-file=`, `--client-ca-file=""`): its value has no text to cover. */
function emptyFlagWord(context: NodeContext): Span | undefined {
  const origin = context.effective('authentication.x509.clientCAFile').origin;
  if (origin.kind !== 'flag' || origin.flag.valueForm !== 'equals') return undefined;
  const [first, ...rest] = origin.flag.rawSpans;
  if (!first || rest.length > 0 || first.uri !== origin.flag.nameSpan?.uri || first.start !== origin.flag.nameSpan.start) return undefined;
  return first;
}

/** A null value's range can run over the blanks after the colon: end it at the last character written. */
function trimmed(context: NodeContext, span: Span): Span {
  const text = context.file(span.uri)?.text;
  if (!text) return span;
  let end = span.end;
  while (end > span.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { ...span, end };
}

/** CIS 4.2.3: the kubelet must be able to authenticate the API server and other clients by certificate. */
export const kubeletClientCaFile: Rule = {
  ...META,
  scope: 'node',
  check(context: NodeContext): RuleReport[] {
    if (detector.scope !== 'node') return [];
    return detector.check(context).map((report) => {
      const word = emptyFlagWord(context);
      return { ...report, span: word ?? trimmed(context, report.span) };
    });
  },
};
