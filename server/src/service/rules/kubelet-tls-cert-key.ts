import type { EffectiveSetting, Origin } from '../model/effective-setting.js';
import type { Span } from '../text/span.js';
import { flagForConfigField } from '../data/facts.js';
import { absentSpan, spanOfFlag } from './kinds/setting-rule.js';
import { describeOrigin } from './describe-origin.js';
import { featureGate, gateOrigin, isGateOff } from './kinds/feature-gates.js';
import type { NodeContext, Rule } from './rule.js';

const GATE = 'RotateKubeletServerCertificate';

/** The setting's name as the user meets it: the flag when it comes from the command line, else the field. */
function nameOf(field: string, origin: Origin): string {
  const flag = flagForConfigField(field);
  return flag && (origin.kind === 'flag' || origin.kind === 'flag-default') ? `--${flag.name}` : field;
}

function isSet(setting: EffectiveSetting): boolean {
  return typeof setting.value === 'string' && setting.value !== '';
}

/** Where a written setting sits (the flag, or the config entry); undefined for a default. */
function writtenSpan(setting: EffectiveSetting): Span | undefined {
  const origin = setting.origin;
  if (origin.kind === 'flag') return spanOfFlag(origin.flag);
  if (origin.kind === 'config') return { uri: origin.source.uri, start: origin.entry.keyStart, end: origin.entry.valueEnd };
  if (origin.kind === 'config-default' && origin.unsetBy) return { uri: origin.unsetBy.source.uri, start: origin.unsetBy.entry.keyStart, end: origin.unsetBy.entry.valueEnd };
  return undefined;
}

function empty(field: string, setting: EffectiveSetting, context: NodeContext): string {
  return `${nameOf(field, setting.origin)} is empty (${describeOrigin(setting.origin, context)})`;
}

/** CIS 4.2.9: the kubelet should serve its API with a certificate clients can verify. */
export const kubeletTlsCertKey: Rule = {
  id: 'kubelet-tls-cert-key',
  tier: 'cis-level1',
  title: 'No serving certificate and key',
  cis: '4.2.9',
  defaultSeverity: 'warning',
  summary: 'Neither a serving certificate and key pair nor server certificate bootstrapping is configured, so the kubelet serves a self-signed certificate.',
  fixable: false,
  settings: ['tlsCertFile', 'tlsPrivateKeyFile', 'serverTLSBootstrap'],
  scope: 'node',
  check(context) {
    const cert = context.effective('tlsCertFile');
    const key = context.effective('tlsPrivateKeyFile');
    const bootstrap = context.effective('serverTLSBootstrap');
    if (cert.origin.kind === 'unknown' || key.origin.kind === 'unknown' || bootstrap.origin.kind === 'unknown') return [];
    const hasCert = isSet(cert);
    const hasKey = isSet(key);
    if (hasCert && hasKey) return [];
    const bootstrapName = nameOf('serverTLSBootstrap', bootstrap.origin);
    const bootstrapText = describeOrigin(bootstrap.origin, context);
    // Bootstrapping only happens while the rotation gate is on (it is by default).
    let gateOff: string | undefined;
    if (bootstrap.value === true) {
      const gate = featureGate(context, GATE);
      if (!isGateOff(gate)) return [];
      gateOff = `the ${GATE} feature gate is off (${describeOrigin(gateOrigin(gate.writer), context)})`;
    }

    if (hasCert !== hasKey) {
      const [present, missing, missingField, what, other] = hasCert
        ? [cert, key, 'tlsPrivateKeyFile', 'serving certificate', 'private key'] as const
        : [key, cert, 'tlsCertFile', 'serving private key', 'certificate'] as const;
      const span = writtenSpan(present);
      if (!span) return [];
      const bootstrapClause = gateOff
        ? `${bootstrapName} is true (${bootstrapText}) but ${gateOff}`
        : `${bootstrapName} is false (${bootstrapText})`;
      return [{
        span,
        message: `The ${what} has no ${other} to pair with, so the kubelet cannot load it: it is ${describeOrigin(present.origin, context)}, while ${empty(missingField, missing, context)}; ${bootstrapClause}.`,
      }];
    }

    const span = writtenSpan(cert) ?? writtenSpan(key) ?? absentSpan(context);
    if (!span) return [];
    const certText = describeOrigin(cert.origin, context);
    const keyText = describeOrigin(key.origin, context);
    const pair = certText === keyText
      ? `${nameOf('tlsCertFile', cert.origin)} and ${nameOf('tlsPrivateKeyFile', key.origin)} are empty (${certText})`
      : `${empty('tlsCertFile', cert, context)} and ${empty('tlsPrivateKeyFile', key, context)}`;
    // With bootstrapping asked for, the kubelet skips its self-signed certificate even when the gate stops the request.
    const message = gateOff
      ? `The kubelet has no serving certificate at all: ${pair}; ${bootstrapName} is true (${bootstrapText}), which stops it from generating a self-signed one, but ${gateOff}, so it never requests one from the cluster.`
      : `The kubelet has no serving certificate and key of its own, so it serves a self-signed certificate that clients cannot verify: ${pair}; ${bootstrapName} is false (${bootstrapText}).`;
    return [{ span, message }];
  },
};
