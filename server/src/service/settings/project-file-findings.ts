import type { Finding } from '../findings/finding.js';
import type { ProjectFile } from './project-file.js';
import { PROJECT_FILE_RULE } from './project-file-rule.js';
import type { ServiceSettings } from './user-settings.js';

/** The problems of a `.kubelet-guard.yaml` as findings in it, each replacement offered as a quick fix. */
export function projectFileFindings(uri: string, project: ProjectFile, _settings: ServiceSettings): Finding[] {
  return project.problems.map((problem) => ({
    ruleId: PROJECT_FILE_RULE.id,
    severity: problem.severity,
    message: problem.message,
    span: { uri, start: problem.start, end: problem.end },
    fixes: problem.replacement ? [{ title: problem.replacement.title, edits: [{ uri, start: problem.start, end: problem.end, newText: problem.replacement.newText }], preferred: true }] : [],
    related: [],
  }));
}
