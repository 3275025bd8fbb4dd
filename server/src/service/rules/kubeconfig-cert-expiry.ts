import type { Rule, RuleReport } from './rule.js';
import { describeItem, keyValueRange } from '../parse/kubeconfig/kubeconfig-view.js';
import { describeDataField, embeddedData } from '../parse/kubeconfig/embedded-data.js';

const DAY = 24 * 60 * 60 * 1000;
/** Certificates expiring within this many days are reported ahead of time. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Builds the rule with a clock, so tests can pin "now"; the registered rule reads the system clock.
 * An embedded certificate (CA or client) that has expired or is not valid yet fails every TLS
 * handshake; one that expires within 30 days is reported ahead of time.
 */
export function certExpiryRule(now: () => Date): Rule {
  return {
    id: 'kubeconfig-cert-expiry',
    tier: 'correctness',
    title: 'Embedded certificate expired, not yet valid, or expiring soon',
    defaultSeverity: 'error',
    summary: `An embedded certificate (certificate-authority-data, client-certificate-data) has expired or is not valid yet (error), or expires within ${EXPIRY_WARNING_DAYS} days (warning).`,
    fixable: false,
    scope: 'kubeconfig',
    check({ file, document }) {
      const reports: RuleReport[] = [];
      const at = now().getTime();
      for (const data of embeddedData(document)) {
        if (data.analysis?.kind !== 'certificates') continue;
        const owner = describeItem(data.item, data.field === 'certificate-authority-data' ? 'clusters' : 'users');
        const isCa = data.field === 'certificate-authority-data';
        const span = { uri: file.uri, ...keyValueRange(data.entry, file.text) };
        for (const certificate of data.analysis.certificates) {
          const label = `The ${describeDataField(data.field)} ${certificate.subject} in ${data.field} of ${owner}`;
          const notAfter = certificate.notAfter.getTime();
          const notBefore = certificate.notBefore.getTime();
          if (notAfter < at) {
            reports.push({
              span,
              message: `${label} expired on ${day(certificate.notAfter)} (${ago(Math.floor((at - notAfter) / DAY))}): ${isCa ? "the API server's certificate can no longer be verified against it" : 'the API server rejects it'}. Renew it.`,
            });
          } else if (notBefore > at) {
            reports.push({
              span,
              message: `${label} is not valid before ${day(certificate.notBefore)} (${count(Math.ceil((notBefore - at) / DAY))} from now): TLS handshakes fail until then; a wrong clock on the machine that issued it is the usual cause.`,
            });
          } else if (notAfter - at < EXPIRY_WARNING_DAYS * DAY) {
            const left = Math.floor((notAfter - at) / DAY);
            reports.push({
              span,
              severity: 'warning',
              message: `${label} expires on ${day(certificate.notAfter)} (${left === 0 ? 'in less than a day' : `in ${count(left)}`}): renew it before then.`,
            });
          }
        }
      }
      return reports;
    },
  };
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function ago(days: number): string {
  return days === 0 ? 'less than a day ago' : `${count(days)} ago`;
}

function count(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

export const kubeconfigCertExpiry: Rule = certExpiryRule(() => new Date());
