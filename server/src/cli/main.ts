import { parseArgs, USAGE } from './args.js';
import { runCheck, shouldFail } from './check.js';
import { formatJson } from './report/json.js';
import { formatText } from './report/text.js';

declare const KUBELET_GUARD_VERSION: string | undefined;

/** The command-line checker: the same service as the editor, over files on disk. */
function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${typeof KUBELET_GUARD_VERSION === 'string' ? KUBELET_GUARD_VERSION : 'dev'}\n`);
      return 0;
    case 'error':
      process.stderr.write(`kubelet-guard: ${parsed.message}\n\n${USAGE}\n`);
      return 2;
  }
  let findings;
  try {
    findings = runCheck(parsed.options);
  } catch (error) {
    process.stderr.write(`kubelet-guard: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // Interim: runCheck does not yet report nodes, suppressed findings or the files it checked.
  const toolVersion = typeof KUBELET_GUARD_VERSION === 'string' ? KUBELET_GUARD_VERSION : 'dev';
  const report = { findings: findings.map((finding) => ({ ...finding, node: undefined })), files: [], toolVersion };
  process.stdout.write(parsed.options.format === 'json' ? formatJson(report) : formatText(report, { color: parsed.options.color, quiet: false }));
  return shouldFail(findings, parsed.options.failOn) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
