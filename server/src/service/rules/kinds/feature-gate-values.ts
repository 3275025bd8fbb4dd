import { FEATURE_GATES } from '../../data/feature-gates.js';
import type { Span } from '../../text/span.js';
import type { NodeContext, RuleReport } from '../rule.js';
import { flagValueSpan, gatePairs } from './feature-gates.js';

const byName = new Map(FEATURE_GATES.map((gate) => [gate.name, gate]));
const byLowerName = new Map(FEATURE_GATES.map((gate) => [gate.name.toLowerCase(), gate]));
/** The release the gate table describes: other targets are not judged by it. */
const GATES_RELEASE = '1.36';

function judge(name: string, value: unknown, span: Span): RuleReport | undefined {
  const gate = byName.get(name);
  if (!gate) {
    const near = byLowerName.get(name.toLowerCase());
    const hint = near ? ` (gate names are case-sensitive: did you mean ${near.name}?)` : '';
    return { span, message: `${name} is not a feature gate the kubelet of Kubernetes ${GATES_RELEASE} knows, so it will not start ("unrecognized feature gate")${hint}.` };
  }
  if (gate.lockToDefault && typeof value === 'boolean' && value !== gate.default) {
    return { span, message: `${name} is ${gate.stage === 'GA' ? 'GA' : gate.stage.toLowerCase()} and locked to ${gate.default} in Kubernetes ${GATES_RELEASE}: the kubelet refuses to set it to ${value} and will not start. Remove it.` };
  }
  return undefined;
}

/**
 * Feature gates the kubelet refuses: names it does not know, and locked gates set against their
 * default. Both stop it at start-up (from the file even with a panic). Judged only for the release the
 * gate table describes.
 */
export function featureGateReports(context: NodeContext): RuleReport[] {
  if (context.settings.kubernetesVersion !== GATES_RELEASE) return [];
  const reports: RuleReport[] = [];
  for (const flag of context.node.commandLine.flags) {
    if (flag.name !== 'feature-gates') continue;
    for (const pair of gatePairs(flag.value)) {
      const value = /^(1|t|T|TRUE|true|True)$/.test(pair.value) ? true : /^(0|f|F|FALSE|false|False)$/.test(pair.value) ? false : undefined;
      // A malformed pair (no value, or not a boolean) is reported as such by the value checks.
      if (value === undefined) continue;
      const span = flagValueSpan(flag, pair.pairStart, pair.pairEnd, context) ?? flag.nameSpan;
      const report = span ? judge(pair.key, value, span) : undefined;
      if (report) reports.push(report);
    }
  }
  for (const source of [...(context.node.configSource ? [context.node.configSource] : []), ...context.node.configFragments]) {
    for (const entry of source.document?.entries ?? []) {
      if (entry.parentPath !== 'featureGates') continue;
      const report = judge(entry.key, entry.value, { uri: source.uri, start: entry.keyStart, end: entry.valueEnd });
      if (report) reports.push(report);
    }
  }
  return reports;
}
