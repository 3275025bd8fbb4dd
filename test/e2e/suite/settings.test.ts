import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, open, workspaceUri } from './helpers';

const seen = (diagnostics: vscode.Diagnostic[]): string => diagnostics.map((d) => `${codeOf(d)}:${vscode.DiagnosticSeverity[d.severity]}`).sort().join(',');
const AT_DEFAULTS = 'kubelet-event-qps:Hint,kubelet-read-only-port:Warning';

suite('Settings and .kubelet-guard.yaml in a real extension host', () => {
  test('kubeletGuard.rules and kubeletGuard.profile apply at once, and reset', async () => {
    const document = await open('settings/kubelet-config.yaml');
    await diagnosticsWhere(document.uri, (d) => seen(d) === AT_DEFAULTS, 'the defaults');
    const configuration = vscode.workspace.getConfiguration('kubeletGuard', document.uri);
    try {
      await configuration.update('rules', { 'kubelet-read-only-port': 'error', 'kubelet-event-qps': 'off' }, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(document.uri, (d) => seen(d) === 'kubelet-read-only-port:Error', 'rule levels applied');
      await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await configuration.update('profile', 'cis-level1', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(document.uri, (d) => seen(d) === 'kubelet-read-only-port:Warning', 'level 2 rule off in cis-level1');
    } finally {
      await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await configuration.update('profile', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(document.uri, (d) => seen(d) === AT_DEFAULTS, 'back to the defaults');
  });

  test('.kubelet-guard.yaml decides what the editor leaves unset (defaults are not sent as choices); an editor setting wins over it', async () => {
    const config = await open('settings/kubelet-config.yaml');
    await diagnosticsWhere(config.uri, (d) => seen(d) === AT_DEFAULTS, 'the defaults');
    const projectUri = workspaceUri('.kubelet-guard.yaml');
    fs.writeFileSync(projectUri.fsPath, 'profile: cis-level1\nrules:\n  kubelet-read-only-port: info\n');
    let project: vscode.TextDocument | undefined;
    const configuration = vscode.workspace.getConfiguration('kubeletGuard', config.uri);
    try {
      project = await vscode.workspace.openTextDocument(projectUri);
      await vscode.window.showTextDocument(project);
      // VS Code's default for kubeletGuard.profile is `all`; had the client sent it, the file would lose.
      await diagnosticsWhere(config.uri, (d) => seen(d) === 'kubelet-read-only-port:Information', 'the project file applied');
      await configuration.update('profile', 'all', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(config.uri, (d) => seen(d) === 'kubelet-event-qps:Hint,kubelet-read-only-port:Information', 'the editor profile wins; the file still sets the level');
      await configuration.update('profile', undefined, vscode.ConfigurationTarget.Workspace);
      // A mistake typed in the project file: a diagnostic there, and the bad value is ignored everywhere.
      const edit = new vscode.WorkspaceEdit();
      const text = project.getText();
      const start = text.indexOf('info');
      edit.replace(projectUri, new vscode.Range(project.positionAt(start), project.positionAt(start + 4)), 'loud');
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      const [problem] = await diagnosticsWhere(projectUri, (d) => d.length === 1, 'the bad level');
      assert.ok(problem);
      assert.equal(codeOf(problem), 'project-file-invalid');
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(project.getText(problem.range), 'loud');
      await diagnosticsWhere(config.uri, (d) => seen(d) === 'kubelet-read-only-port:Warning', 'the bad level ignored, the profile kept');
    } finally {
      await configuration.update('profile', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(projectUri.fsPath, { force: true });
      // Leaving our document selector closes it for the server (didClose), which then reads the disk.
      if (project) await vscode.languages.setTextDocumentLanguage(project, 'plaintext');
    }
    await diagnosticsWhere(config.uri, (d) => seen(d) === AT_DEFAULTS, 'the project file gone');
  });

  test('kubeletGuard.exclude silences a file', async () => {
    const document = await open('settings/kubelet-config.yaml');
    await diagnosticsWhere(document.uri, (d) => seen(d) === AT_DEFAULTS, 'the defaults');
    const configuration = vscode.workspace.getConfiguration('kubeletGuard', document.uri);
    try {
      await configuration.update('exclude', ['settings/**'], vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(document.uri, (d) => d.length === 0, 'excluded');
    } finally {
      await configuration.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(document.uri, (d) => seen(d) === AT_DEFAULTS, 'included again');
  });
});
