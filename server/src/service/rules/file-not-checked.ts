import type { Rule } from './rule.js';
import { MAX_FILE_SIZE } from '../model/source-files.js';

/** A file that would be checked but cannot be: too large, or not text. */
export const fileNotChecked: Rule = {
  id: 'file-not-checked',
  tier: 'correctness',
  title: 'File not checked',
  defaultSeverity: 'information',
  summary: 'A unit, env or YAML file too large to check, or binary.',
  fixable: false,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'skipped') return [];
    const reason = file.reason === 'binary'
      ? 'it holds binary data (NUL bytes), not text'
      : `it is larger than ${MAX_FILE_SIZE / (1024 * 1024)} MiB`;
    const end = file.text.indexOf('\n');
    return [{ span: { uri: file.uri, start: 0, end: Math.max(0, Math.min(end < 0 ? file.text.length : end, 200)) }, message: `Kubelet Guard did not check this file: ${reason}.` }];
  },
};
