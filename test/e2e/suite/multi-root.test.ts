import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere } from './helpers';

/** Runs only in the multi-root workspace (KG_SUITE=multi-root): two folders, each with its own settings. */
suite('Kubelet Guard in a multi-root workspace', () => {
  test('each folder is its own workspace root, with its own resource-scoped settings', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => f.name), ['cluster-a', 'cluster-b']);
    const [a, b] = folders.map((folder) => vscode.Uri.joinPath(folder.uri, 'kubelet.service'));
    assert.ok(a && b);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(b));
    // Folder A targets 1.36 (the default): the flag removed in 1.35 stops the kubelet.
    const inA = await diagnosticsWhere(a, (d) => d.map(codeOf).includes('kubelet-removed-flag'), 'removed flag in cluster-a');
    assert.equal(inA.find((d) => codeOf(d) === 'kubelet-removed-flag')?.severity, vscode.DiagnosticSeverity.Error);
    // Folder B's settings say 1.34, where the flag still exists.
    assert.equal(vscode.workspace.getConfiguration('kubeletGuard', b).get('kubernetesVersion'), '1.34');
    await diagnosticsWhere(b, (d) => d.length > 0 && !d.map(codeOf).includes('kubelet-removed-flag'), 'no removed flag in cluster-b');
  });
});
