import * as fs from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import type { DiskWorkspace } from '../host/disk-workspace.js';
import { uriToPath } from '../service/index.js';

/**
 * Runs the permission fix: asks the user first (any LSP client can show the question), then changes
 * the mode of a file inside the workspace folders. Anything else is refused. Returns whether it ran.
 */
export async function confirmAndChmod(connection: Connection, workspace: DiskWorkspace, uri: unknown, mode: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof mode !== 'string' || !/^[0-7]{3}$/.test(mode)) return false;
  const path = uriToPath(uri);
  if (path === undefined || !workspace.contains(path)) return false;
  const run = `Run chmod ${mode}`;
  const answer = await connection.window.showWarningMessage(`Kubelet Guard: change the permissions of ${path} to ${mode}?`, { title: run }, { title: 'Cancel' });
  if (answer?.title !== run) return false;
  fs.chmodSync(path, Number.parseInt(mode, 8));
  return true;
}
