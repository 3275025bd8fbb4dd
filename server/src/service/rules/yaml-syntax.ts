import type { Rule, RuleReport } from './rule.js';

/** YAML the parser rejects: the kubelet or client-go cannot load the file. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  tier: 'correctness',
  title: 'YAML syntax error',
  defaultSeverity: 'error',
  summary: 'YAML the parser rejects, at the parser\'s position: the file does not load.',
  fixable: false,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'yaml') return [];
    const reports: RuleReport[] = [];
    for (const document of file.yaml.documents) {
      if (document.kind === 'other') continue;
      for (const error of document.errors) {
        reports.push({ span: { uri: file.uri, start: error.start, end: error.end }, message: `YAML syntax error: ${error.message}` });
      }
    }
    return reports;
  },
};
