import type { Rule, RuleReport } from './rule.js';
import { isKnownDirective } from '../parse/systemd/known-directives.js';

const REASONS = {
  'missing-equals': 'it has no "=", so it is not a setting',
  'invalid-section-header': 'the section header is malformed, and systemd stops reading the file here',
  'outside-section': 'it comes before any [Section] header',
  'after-invalid-header': 'it comes after a malformed section header, where systemd stopped reading the file',
} as const;

const BROKEN = ' The line before it does not end in "\\", so this flag never reaches ExecStart=.';

/** A line systemd reads and throws away with a warning: whatever it meant to set is silently lost. */
export const systemdLostLine: Rule = {
  id: 'systemd-lost-line',
  tier: 'correctness',
  title: 'Line ignored by systemd',
  defaultSeverity: 'warning',
  summary: 'A line systemd ignores (unknown directive, or a flag left behind by a broken `\\` continuation): its setting is lost.',
  fixable: false,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'unit') return [];
    const reports: RuleReport[] = [];
    for (const lost of file.unit.lostLines) {
      const hint = /^-/.test(lost.text) && lost.afterBrokenContinuation ? BROKEN : '';
      reports.push({
        span: { uri: file.uri, start: lost.start, end: lost.end },
        message: `systemd ignores this line: ${REASONS[lost.reason]}.${hint}`,
      });
    }
    for (const directive of file.unit.directives) {
      if (isKnownDirective(directive.section, directive.key) !== false) continue;
      if (directive.key.startsWith('-')) {
        // A flag line cut off from its command: the whole setting is lost, so mark all of it.
        const end = directive.value.offsets[directive.value.offsets.length - 1];
        reports.push({
          span: { uri: file.uri, start: directive.keyStart, end: end === undefined ? directive.keyEnd : end + 1 },
          message: `systemd ignores this line: "${directive.key}" is not a directive, so this kubelet flag is lost.${directive.afterBrokenContinuation ? BROKEN : ''}`,
        });
        continue;
      }
      reports.push({
        span: { uri: file.uri, start: directive.keyStart, end: directive.keyEnd },
        message: `systemd ignores this line: "${directive.key}" is not a directive of the [${directive.section}] section.`,
      });
    }
    return reports;
  },
};
