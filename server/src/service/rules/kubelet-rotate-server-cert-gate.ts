import type { Fix } from '../findings/finding.js';
import { setYamlValue } from '../fixes/yaml-edits.js';
import { describeOrigin } from './describe-origin.js';
import type { Rule, RuleReport } from './rule.js';
import { GATE, flagValueSpan, featureGate, isGateOff, gateOrigin, gateSpan } from './kinds/feature-gates.js';

/** CIS 4.2.11: the kubelet must be allowed to request and renew its serving certificate. */
export const kubeletRotateServerCertGate: Rule = {
  id: 'kubelet-rotate-server-cert-gate',
  tier: 'cis-level1',
  title: 'Serving certificate rotation gate turned off',
  cis: '4.2.11',
  defaultSeverity: 'warning',
  summary: 'The RotateKubeletServerCertificate feature gate is set to false, so the kubelet never obtains or renews a serving certificate from the cluster.',
  fixable: true,
  settings: ['featureGates'],
  scope: 'node',
  check(context) {
    const setting = featureGate(context, GATE);
    if (!isGateOff(setting)) return [];
    const writer = setting.writer;
    const span = gateSpan(writer, context);
    if (!span) return [];
    const fixes: Fix[] = [];
    if (writer.kind === 'flag') {
      // Only edit in place when the whole pair was typed in one place (not assembled from variables).
      const { pair } = writer;
      const exact = flagValueSpan(writer.flag, pair.pairStart, pair.pairEnd, context);
      const valueSpan = exact && pair.valueEnd > pair.valueStart ? flagValueSpan(writer.flag, pair.valueStart, pair.valueEnd, context) : undefined;
      if (valueSpan) fixes.push({ title: `Set ${GATE}=true`, edits: [{ ...valueSpan, newText: 'true' }], preferred: true });
    } else {
      fixes.push({ title: `Set featureGates.${GATE}: true`, edits: [setYamlValue(writer.source.uri, writer.entry, 'true')], preferred: true });
    }
    const report: RuleReport = {
      span,
      message: `The ${GATE} feature gate is off, so the kubelet neither requests nor renews a serving certificate from the cluster, even with serverTLSBootstrap on: ${describeOrigin(gateOrigin(writer), context)}.`,
      fixes,
    };
    return [report];
  },
};
