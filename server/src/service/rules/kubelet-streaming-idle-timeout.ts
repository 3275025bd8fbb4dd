import { compareVersions } from '../data/facts.js';
import { settingRule } from './kinds/setting-rule.js';
import { removeFlagEverywhere } from './kinds/remove-flag-everywhere.js';
import type { NodeContext, Rule, RuleMeta, RuleReport } from './rule.js';

const META: RuleMeta = {
  id: 'kubelet-streaming-idle-timeout',
  tier: 'cis-level1',
  title: 'No idle timeout for streaming connections',
  cis: '4.2.5',
  defaultSeverity: 'warning',
  summary: 'The streaming idle timeout is 0 on the command line (a 0 in the config file is replaced by the 4h default); since Kubernetes 1.34 the kubelet documents the setting as having no effect.',
  fixable: true,
};

const FLAG = 'streaming-connection-idle-timeout';
/** The release whose KubeletConfiguration marks the field as having no effect (kubernetes/kubernetes#131992). */
const IGNORED_SINCE = '1.34';

/** Any spelling Go's time.ParseDuration reads as zero: `0`, `0s`, `-0`, `0m0s`, `0.0h`... */
const ZERO_DURATION = /^[+-]?(?:0|(?:(?:0+(?:\.0*)?|\.0+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

function isZeroDuration(value: unknown): boolean {
  return typeof value === 'string' && ZERO_DURATION.test(value);
}

/*
 * Only the command line can produce a zero: the kubelet's defaulting turns a zero in the config file into
 * 4h (the model reports that as a config default), while flags are applied after defaulting.
 */
const detector = settingRule({
  ...META,
  field: 'streamingConnectionIdleTimeout',
  isInsecure: (value) => isZeroDuration(value),
  describe: (value) => `Idle streaming connections are never closed (the idle timeout is ${String(value)})`,
});

function note(version: string): string {
  if (compareVersions(version, IGNORED_SINCE) >= 0) {
    return `Since Kubernetes ${IGNORED_SINCE} the kubelet documents this setting as deprecated with no effect: exec, attach and port-forward streams are served by the container runtime, so set the idle timeout there (containerd: stream_idle_timeout) and remove the flag.`;
  }
  return 'Idle exec, attach and port-forward sessions then hold their connections open indefinitely; remove the flag so the config file\'s value or the 4h default applies.';
}


/** CIS 4.2.5: a zero idle timeout keeps idle exec/attach/port-forward streams open forever. */
export const kubeletStreamingIdleTimeout: Rule = {
  ...META,
  scope: 'node',
  check(context: NodeContext): RuleReport[] {
    if (detector.scope !== 'node') return [];
    return detector.check(context).map((report) => {
      const fix = removeFlagEverywhere(context, FLAG);
      return { ...report, message: `${report.message} ${note(context.settings.kubernetesVersion)}`, fixes: fix ? [fix] : [] };
    });
  },
};
