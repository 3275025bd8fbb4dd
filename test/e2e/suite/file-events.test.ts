import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, open, workspaceUri } from './helpers';

const codes = (diagnostics: vscode.Diagnostic[]): string[] => diagnostics.map(codeOf).sort();
const messages = (diagnostics: vscode.Diagnostic[]): string[] => [...diagnostics].sort((a, b) => (codeOf(a) < codeOf(b) ? -1 : 1)).map((d) => d.message);

/** A KubeletConfiguration with every hardened setting but rotateCertificates, whose default the unit then reports. */
const CONFIG = [
  'apiVersion: kubelet.config.k8s.io/v1beta1',
  'kind: KubeletConfiguration',
  'authentication:',
  '  x509:',
  '    clientCAFile: /etc/kubernetes/pki/ca.crt',
  'serverTLSBootstrap: true',
  'protectKernelDefaults: true',
  'seccompDefault: true',
  'podPidsLimit: 4096',
  '',
].join('\n');

/** Waits kept under mocha's 60 s per test, so a miss fails with the message of the wait that missed. */
const WAIT_MS = 15000;

/** The diagnostics of a unit whose --config file (`onNode`) is absent, and once the workspace copy (`relative`) is read. */
function expectations(onNode: string, relative: string) {
  const missing = [
    '--anonymous-auth is deprecated: set `authentication.anonymous.enabled` in the KubeletConfiguration file instead.',
    `${onNode} (--config) is not in the workspace: settings it may hold are not judged from defaults. Set kubeletGuard.nodeRoot to the folder that mirrors the node's /.`,
  ];
  const read = [
    `--anonymous-auth is deprecated: set \`authentication.anonymous.enabled\` in ${relative} instead.`,
    `The kubelet does not renew its client certificate (rotateCertificates is false): the KubeletConfiguration default, since ${relative} does not set it.`,
  ];
  return {
    isMissing: (d: vscode.Diagnostic[]): boolean => codes(d).join() === 'kubelet-deprecated-flag,kubelet-missing-file',
    isRead: (d: vscode.Diagnostic[]): boolean => codes(d).join() === 'kubelet-deprecated-flag,kubelet-rotate-certificates',
    missing,
    read,
  };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Removes what a test created (also when it failed half-way), so the suite can run again in the same workspace. */
async function removeIfPresent(uri: vscode.Uri): Promise<void> {
  if (await exists(uri)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
}

suite('Referenced files created, deleted and renamed while the unit is open', () => {
  test('workspace edit: createFile of the --config file makes the unit read it; deleteFile brings the missing-file finding back', async () => {
    const unit = await open('node-missing/kubelet.service');
    const folder = workspaceUri('node-missing/etc');
    const config = workspaceUri('node-missing/etc/kubelet-missing/config.yaml');
    const expected = expectations('/etc/kubelet-missing/config.yaml', 'node-missing/etc/kubelet-missing/config.yaml');
    try {
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file reported missing', WAIT_MS)), expected.missing);

      const create = new vscode.WorkspaceEdit();
      create.createFile(config, { contents: Buffer.from(CONFIG) });
      assert.equal(await vscode.workspace.applyEdit(create), true);
      assert.equal(await exists(config), true, 'the edit created the file');
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isRead, 'the --config file read after WorkspaceEdit.createFile', WAIT_MS)), expected.read);

      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(config);
      assert.equal(await vscode.workspace.applyEdit(remove), true);
      assert.equal(await exists(config), false, 'the edit deleted the file');
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file missing again after WorkspaceEdit.deleteFile', WAIT_MS)), expected.missing);
    } finally {
      await removeIfPresent(folder);
    }
  });

  test('workspace edit: renameFile of the --config file into place, away and back; then of its folder', async () => {
    const unit = await open('node-missing/kubelet.service');
    const folder = workspaceUri('node-missing/etc');
    const movedFolder = workspaceUri('node-missing/etc/kubelet-moved');
    const config = workspaceUri('node-missing/etc/kubelet-missing/config.yaml');
    const aside = workspaceUri('node-missing/etc/kubelet-missing/config.yaml.orig');
    const expected = expectations('/etc/kubelet-missing/config.yaml', 'node-missing/etc/kubelet-missing/config.yaml');
    try {
      await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file reported missing', WAIT_MS);
      const create = new vscode.WorkspaceEdit();
      create.createFile(aside, { contents: Buffer.from(CONFIG) });
      assert.equal(await vscode.workspace.applyEdit(create), true);

      const into = new vscode.WorkspaceEdit();
      into.renameFile(aside, config);
      assert.equal(await vscode.workspace.applyEdit(into), true);
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isRead, 'the --config file read after WorkspaceEdit.renameFile into place', WAIT_MS)), expected.read);

      const away = new vscode.WorkspaceEdit();
      away.renameFile(config, aside);
      assert.equal(await vscode.workspace.applyEdit(away), true);
      await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file missing after WorkspaceEdit.renameFile away', WAIT_MS);

      const back = new vscode.WorkspaceEdit();
      back.renameFile(aside, config);
      assert.equal(await vscode.workspace.applyEdit(back), true);
      await diagnosticsWhere(unit.uri, expected.isRead, 'the --config file read after WorkspaceEdit.renameFile back', WAIT_MS);

      // The folder moves, and the file with it: reported as the folder alone.
      const moveFolder = new vscode.WorkspaceEdit();
      moveFolder.renameFile(workspaceUri('node-missing/etc/kubelet-missing'), movedFolder);
      assert.equal(await vscode.workspace.applyEdit(moveFolder), true);
      await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file missing after WorkspaceEdit.renameFile of its folder', WAIT_MS);
    } finally {
      await removeIfPresent(folder);
    }
  });

  // The file goes into a folder that was there when the editor started. In a folder created at the same
  // moment (mkdir -p, then write) the watcher may miss the file: on a loaded machine code-server's watcher
  // reported only the new folder (the server rescans on that, so the creation was still noticed), and
  // then nothing at all of later changes or the deletion inside it. The LSP tier and the workspace-edit
  // tests above cover folders; here the watcher path is checked where it is dependable.
  test('on disk (workspace.fs, reported only by the file watcher): the --config file written, changed, then deleted', async () => {
    const unit = await open('node-watched/kubelet.service');
    const config = workspaceUri('node-watched/kubelet-watched.yaml');
    const expected = expectations('/etc/kubernetes/kubelet-watched.yaml', 'node-watched/kubelet-watched.yaml');
    try {
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file reported missing', WAIT_MS)), expected.missing);
      // workspace.fs fires no onDidCreateFiles/onDidDeleteFiles: only the watcher can tell the server.
      await vscode.workspace.fs.writeFile(config, Buffer.from(CONFIG));
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isRead, 'the --config file read after workspace.fs.writeFile (watcher event)', WAIT_MS)), expected.read);
      // Changed on disk: with rotateCertificates set, only the flag's hint is left on the unit.
      await vscode.workspace.fs.writeFile(config, Buffer.from(`${CONFIG}rotateCertificates: true\n`));
      const changed = await diagnosticsWhere(unit.uri, (d) => codes(d).join() === 'kubelet-deprecated-flag', 'the changed --config file read after workspace.fs.writeFile (watcher event)', WAIT_MS);
      assert.deepEqual(messages(changed), [expected.read[0]]);
      await vscode.workspace.fs.delete(config, { useTrash: false });
      assert.deepEqual(messages(await diagnosticsWhere(unit.uri, expected.isMissing, 'the --config file missing after workspace.fs.delete (watcher event)', WAIT_MS)), expected.missing);
    } finally {
      await removeIfPresent(config);
    }
  });
});
