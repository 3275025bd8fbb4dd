import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Entry point the editor loads as `extensionTestsPath`: runs the mocha suites in the real extension
 * host, prints `N passed, N failed`, and rejects when any test failed. The same file serves
 * code-server's extension host here and `@vscode/test-electron` where VS Code can be downloaded.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  // The multi-root suite needs its own workspace: it runs alone when KG_SUITE=multi-root, and only then.
  const multiRoot = process.env['KG_SUITE'] === 'multi-root';
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js') && file.startsWith('multi-root') === multiRoot) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = `extension-host: ${runner.stats?.passes ?? 0} passed, ${runner.stats?.failures ?? 0} failed`;
      console.log(summary);
      if (process.env['EXT_TEST_RESULT']) fs.writeFileSync(process.env['EXT_TEST_RESULT'], `${JSON.stringify(runner.stats)}\n`);
      if (failures > 0) reject(new Error(summary));
      else resolve();
    });
  });
}
