import type { Rule, RuleReport } from './rule.js';

/** An `EnvironmentFile=` that no workspace file matches: its variables, and any flags in them, are unknown. */
export const systemdMissingEnvfile: Rule = {
  id: 'systemd-missing-envfile',
  tier: 'correctness',
  title: 'Environment file not in the workspace',
  defaultSeverity: 'information',
  summary: 'An EnvironmentFile= that is not in the workspace: flags it may add are not known, so defaults are not judged.',
  fixable: false,
  scope: 'node',
  check({ node }) {
    const reports: RuleReport[] = [];
    for (const entry of node.environmentFiles) {
      if (entry.file || !entry.pathSpan) continue;
      const consequence = entry.optional
        ? 'it is optional ("-"), so the unit starts without it; if it exists on the node, flags it adds are not checked here'
        : 'the unit fails to start if it is missing on the node too; flags it adds are not checked here';
      reports.push({ span: entry.pathSpan, message: `${entry.path} is not in the workspace: ${consequence}.` });
    }
    return reports;
  },
};
