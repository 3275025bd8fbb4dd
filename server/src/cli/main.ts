import * as fs from 'node:fs';
import { ALL_RULES } from '../service/index.js';
import { parseArgs, USAGE, type Format } from './args.js';
import { runCheck, shouldFail } from './check.js';
import { shouldUseColor } from './report/color-choice.js';
import { formatJson } from './report/json.js';
import { formatJunit } from './report/junit.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import type { CheckReport } from './report/report-model.js';

declare const KUBELET_GUARD_VERSION: string | undefined;

function render(format: Format, report: CheckReport, text: { color: boolean; quiet: boolean }): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, ALL_RULES);
    case 'junit':
      return formatJunit(report);
    case 'text':
      return formatText(report, text);
  }
}

/** The command-line checker: the same service as the editor, over files on disk. */
function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  const toolVersion = typeof KUBELET_GUARD_VERSION === 'string' ? KUBELET_GUARD_VERSION : 'dev';
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${toolVersion}\n`);
      return 0;
    case 'error':
      process.stderr.write(`kubelet-guard: ${parsed.message}\n\n${USAGE}\n`);
      return 2;
  }
  const options = parsed.options;
  let result;
  try {
    result = runCheck(options, toolVersion);
  } catch (error) {
    process.stderr.write(`kubelet-guard: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // Which project-file values the command line replaced goes to stderr, so reports stay clean.
  if (!options.quiet) for (const note of result.notes) process.stderr.write(`kubelet-guard: ${note}\n`);
  for (const output of options.outputs) {
    const toStdout = output.file === undefined;
    const color = options.color === 'always' || (options.color === 'auto' && toStdout && shouldUseColor({ isTTY: process.stdout.isTTY, env: process.env }));
    const text = render(output.format, result.report, { color: toStdout && color, quiet: options.quiet });
    if (toStdout) process.stdout.write(text);
    else {
      try {
        fs.writeFileSync(output.file as string, text);
      } catch (error) {
        process.stderr.write(`kubelet-guard: cannot write ${output.file}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
    }
  }
  return shouldFail(result.report, options.failOn) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
