import type { EffectiveSetting, Origin } from '../model/effective-setting.js';
import type { Span } from '../text/span.js';
import { flagForConfigField } from '../data/facts.js';
import { absentSpan, spanOfFlag } from './kinds/setting-rule.js';
import { describeOrigin } from './describe-origin.js';
import type { Rule } from './rule.js';

/** True for an address that means every interface: empty, 0.0.0.0, or the IPv6 unspecified address. */
export function isAllInterfaces(address: string): boolean {
  const text = address.trim();
  if (text === '' || text === '0.0.0.0') return true;
  // The IPv6 unspecified address in any spelling: `::`, `::0`, `0:0:0:0:0:0:0:0`... (the service stays
  // free of node:net, so the check is written out).
  if (!/^[0:]+$/.test(text) || !text.includes(':')) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  return groups.every((group) => /^0{1,4}$/.test(group)) && (halves.length === 2 ? groups.length < 8 : groups.length === 8);
}

function nameOf(field: string, origin: Origin): string {
  const flag = flagForConfigField(field);
  return flag && (origin.kind === 'flag' || origin.kind === 'flag-default') ? `--${flag.name}` : field;
}

/** Where the address comes from: the flag, the config entry (an empty one too), else `ExecStart=`. */
function addressSpan(setting: EffectiveSetting): Span | undefined {
  const origin = setting.origin;
  if (origin.kind === 'flag') return spanOfFlag(origin.flag);
  if (origin.kind === 'config') return { uri: origin.source.uri, start: origin.entry.keyStart, end: origin.entry.valueEnd };
  if (origin.kind === 'config-default' && origin.unsetBy) return { uri: origin.unsetBy.source.uri, start: origin.unsetBy.entry.keyStart, end: origin.unsetBy.entry.valueEnd };
  return undefined;
}

/** The kubelet API on every interface with no client CA: worth a look, not an alarm. */
export const kubeletBindAddress: Rule = {
  id: 'kubelet-bind-address',
  tier: 'hardening',
  title: 'Kubelet API on all interfaces without a client CA',
  defaultSeverity: 'information',
  summary: 'The kubelet API listens on every interface while no client CA file is set to verify callers.',
  fixable: false,
  settings: ['address', 'authentication.x509.clientCAFile'],
  scope: 'node',
  check(context) {
    const address = context.effective('address');
    const ca = context.effective('authentication.x509.clientCAFile');
    if (address.origin.kind === 'unknown' || ca.origin.kind === 'unknown') return [];
    if (typeof address.value !== 'string' || !isAllInterfaces(address.value)) return [];
    if (typeof ca.value === 'string' && ca.value !== '') return [];
    const span = addressSpan(address) ?? absentSpan(context);
    if (!span) return [];
    const shown = address.value === '' ? '""' : address.value;
    const caName = nameOf('authentication.x509.clientCAFile', ca.origin);
    return [{
      span,
      message:
        `The kubelet API listens on all interfaces with no client CA to verify callers: ${nameOf('address', address.origin)} is ${shown} (${describeOrigin(address.origin, context)}) ` +
        `and ${caName} is empty (${describeOrigin(ca.origin, context)}). ` +
        `Bind it to localhost or an address on a restricted network, or set ${caName} so clients must present a certificate.`,
    }];
  },
};
