import type { Rule, RuleReport } from './rule.js';

/** Two non-empty ExecStart= without a reset between them: systemd refuses to load a non-oneshot service. */
export const systemdMultipleExecstart: Rule = {
  id: 'systemd-multiple-execstart',
  tier: 'correctness',
  title: 'More than one ExecStart=',
  defaultSeverity: 'error',
  summary: 'A second non-empty ExecStart= without an empty ExecStart= before it: systemd refuses to load the service.',
  fixable: true,
  scope: 'node',
  check({ node }) {
    const service = node.service;
    if (!service || service.type === 'oneshot' || service.execStarts.length < 2) return [];
    const reports: RuleReport[] = [];
    for (const entry of service.execStarts.slice(1)) {
      const directive = entry.directive;
      reports.push({
        span: { uri: entry.uri, start: directive.keyStart, end: directive.keyEnd },
        message: 'systemd refuses to load the service: it already has an ExecStart=, and only Type=oneshot services may have several. Put an empty "ExecStart=" line before this one to replace the earlier command.',
        fixes: [{ title: 'Insert an empty ExecStart= before this line to replace the earlier command', edits: [{ uri: entry.uri, start: directive.start, end: directive.start, newText: 'ExecStart=\n' }], preferred: true }],
      });
    }
    return reports;
  },
};
