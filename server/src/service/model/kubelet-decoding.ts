/**
 * How the kubelet turns what is written into the value it runs with, for the cases where that is not
 * simply "the text". Each point was checked against the kubelet's sources (cmd/kubelet/app/server.go,
 * pkg/kubelet/apis/config/v1beta1/defaults.go, component-base's map flag types, spf13/pflag):
 *
 * - Map flags (`--feature-gates`, `--node-labels`, `--eviction-hard`...): the first occurrence replaces
 *   the default map and later occurrences add to it, a later key winning. Pairs are split at `,`
 *   (except the policy-options flags, one pair per occurrence), then at the first `=` (`<` for the
 *   eviction thresholds); keys and values are trimmed.
 * - Flag over file, for maps: `--feature-gates` is merged over the file's `featureGates` (the flag wins
 *   per gate); every other map flag replaces the file's whole map.
 * - `--config-dir` fragments are JSON merge patches over the config file: maps merge per key, a `null`
 *   deletes the key, anything else is replaced.
 * - A non-pointer field left at its zero value is defaulted (`streamingConnectionIdleTimeout: 0s`
 *   becomes 4h, `authorization.mode: ""` becomes Webhook), so the zero cannot be expressed in the file;
 *   on the command line it can, since flags are applied after defaulting.
 * - YAML is converted to JSON with YAML 1.1 scalars (`yes`/`on` are true, `010` is 8); field names are
 *   case-sensitive; unknown fields are ignored (strict decoding fails, then a lenient retry succeeds);
 *   of duplicate keys the later wins; a value of the wrong type makes the whole file fail to decode.
 */

/** Fields whose zero value the v1beta1 defaulting replaces (non-pointer fields with a non-zero default). */
export const ZERO_MEANS_DEFAULT: ReadonlySet<string> = new Set([
  'syncFrequency', 'fileCheckFrequency', 'httpCheckFrequency', 'authentication.webhook.cacheTTL',
  'authorization.webhook.cacheAuthorizedTTL', 'authorization.webhook.cacheUnauthorizedTTL', 'streamingConnectionIdleTimeout',
  'nodeStatusUpdateFrequency', 'nodeStatusReportFrequency', 'imageMinimumGCAge', 'volumeStatsAggPeriod',
  'cpuManagerReconcilePeriod', 'runtimeRequestTimeout', 'evictionPressureTransitionPeriod',
  'port', 'registryBurst', 'eventBurst', 'nodeLeaseDurationSeconds', 'maxPods', 'maxOpenFiles', 'kubeAPIBurst',
  'address', 'healthzBindAddress', 'cgroupDriver', 'cpuManagerPolicy', 'memoryManagerPolicy', 'topologyManagerPolicy',
  'topologyManagerScope', 'hairpinMode', 'contentType', 'containerLogMaxSize', 'configMapAndSecretChangeDetectionStrategy',
  'volumePluginDir', 'containerRuntimeEndpoint', 'podLogsDir', 'authorization.mode',
]);

/** Whether a decoded config value is the zero value of its field type (as Go sees it after decoding). */
export function isZeroValue(value: unknown, type: string): boolean {
  if (value === null || value === undefined) return true;
  if (type === 'duration') return typeof value === 'string' && /^[+-]?(0+(\.0*)?(ns|us|µs|ms|s|m|h)?)+$/.test(value);
  if (typeof value === 'number') return value === 0;
  if (typeof value === 'string') return value === '';
  if (typeof value === 'boolean') return value === false;
  return false;
}

const ONE_PAIR_PER_OCCURRENCE = new Set(['cpu-manager-policy-options', 'topology-manager-policy-options']);
const LESS_THAN_PAIRS = new Set(['eviction-hard', 'eviction-soft']);

/** The pairs of one map-flag occurrence, as the kubelet's map flag types split them. */
export function mapFlagPairs(flag: string, text: string): [string, string][] {
  const items = ONE_PAIR_PER_OCCURRENCE.has(flag) ? [text] : text.split(',');
  const separator = LESS_THAN_PAIRS.has(flag) ? '<' : flag === 'manifest-url-header' ? ':' : '=';
  const pairs: [string, string][] = [];
  for (const item of items) {
    if (item.trim() === '') continue;
    const at = item.indexOf(separator);
    const key = (at < 0 ? item : item.slice(0, at)).trim();
    const value = at < 0 ? '' : item.slice(at + 1).trim();
    pairs.push([key, value]);
  }
  return pairs;
}

/** Decodes a map flag's value (booleans for `--feature-gates`). */
export function mapFlagValue(flag: string, texts: readonly string[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const text of texts) {
    for (const [key, value] of mapFlagPairs(flag, text)) merged[key] = flag === 'feature-gates' ? /^(1|t|T|TRUE|true|True)$/.test(value) : value;
  }
  return merged;
}

/** A JSON merge patch of `patch` over `base` (RFC 7386), as the kubelet merges --config-dir fragments. */
export function mergePatch(base: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
