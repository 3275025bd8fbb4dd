import { settingRule } from './kinds/setting-rule.js';
import { removeFlagEverywhere } from './kinds/remove-flag-everywhere.js';
import type { NodeContext, Rule, RuleMeta, RuleReport } from './rule.js';

const META: RuleMeta = {
  id: 'kubelet-hostname-override',
  tier: 'cis-level1',
  title: 'Overridden node name',
  cis: '4.2.7',
  defaultSeverity: 'information',
  summary: 'The kubelet is started with --hostname-override, so the node registers under a name other than its hostname.',
  fixable: true,
};

const FLAG = 'hostname-override';

/* --hostname-override has no KubeletConfiguration field: the model resolves it by the flag name. */
const detector = settingRule({
  ...META,
  field: FLAG,
  // An empty value overrides nothing: the kubelet falls back to the hostname.
  isInsecure: (value) => typeof value === 'string' && value !== '',
  describe: (value) => `The node registers as "${String(value)}" instead of its hostname`,
});

const WHY =
  "A name that differs from the machine's makes TLS between the API server and the kubelet harder to set up correctly and the node's logs harder to match to it; remove the flag unless the cloud provider needs it.";


/** CIS 4.2.7: the node should register under its own hostname. */
export const kubeletHostnameOverride: Rule = {
  ...META,
  scope: 'node',
  check(context: NodeContext): RuleReport[] {
    if (detector.scope !== 'node') return [];
    return detector.check(context).map((report) => {
      const fix = removeFlagEverywhere(context, FLAG);
      return { ...report, message: `${report.message} ${WHY}`, fixes: fix ? [fix] : [] };
    });
  },
};
