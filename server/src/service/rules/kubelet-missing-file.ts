import type { Rule, RuleReport } from './rule.js';

/** A file the kubelet is told to read (--config, --config-dir, --kubeconfig...) that the workspace does not have. */
export const kubeletMissingFile: Rule = {
  id: 'kubelet-missing-file',
  tier: 'correctness',
  title: 'Referenced file not in the workspace',
  defaultSeverity: 'information',
  summary: 'A file named by --config, --config-dir, --kubeconfig or --bootstrap-kubeconfig is not in the workspace, so settings from it are not judged.',
  fixable: false,
  scope: 'node',
  check({ node }) {
    const reports: RuleReport[] = [];
    const references = [node.config, node.configDir, ...node.kubeconfigs];
    for (const reference of references) {
      if (!reference || reference.uri || !reference.path) continue;
      const span = reference.flag.valueSpan;
      if (!span) continue;
      const consequence = reference.flag.name === 'config' || reference.flag.name === 'config-dir'
        ? 'settings it may hold are not judged from defaults'
        : 'its contents are not checked';
      reports.push({ span, message: `${reference.path} (--${reference.flag.name}) is not in the workspace: ${consequence}. Set kubeletGuard.nodeRoot to the folder that mirrors the node's /.` });
    }
    return reports;
  },
};
