import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, hoverText, linkOf, open } from './helpers';

const codes = (diagnostics: vscode.Diagnostic[]): string[] => diagnostics.map(codeOf).sort();

suite('Kubelet Guard in a real extension host', () => {
  test('a kubelet unit gets its language and an exact diagnostic with rule id, severity and link', async () => {
    const document = await open('kubelet.service');
    assert.equal(document.languageId, 'kubelet-unit');
    const all = await diagnosticsWhere(document.uri, (d) => codes(d).includes('kubelet-anonymous-auth'), 'anonymous-auth diagnostic');
    // The other finding on the flag: a hint that it belongs in the config file.
    assert.deepEqual(codes(all), ['kubelet-anonymous-auth', 'kubelet-deprecated-flag']);
    const diagnostic = all.find((d) => codeOf(d) === 'kubelet-anonymous-auth');
    assert.ok(diagnostic);
    assert.equal(codeOf(diagnostic), 'kubelet-anonymous-auth');
    assert.equal(linkOf(diagnostic), 'https://github.com/kubelet-guard/kubelet-guard/blob/main/README.md#kubelet-anonymous-auth');
    assert.equal(diagnostic.source, 'kubelet-guard');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(diagnostic.range), '--anonymous-auth=true');
    assert.equal(diagnostic.message, 'Anonymous authentication is on: set by `--anonymous-auth=true` in kubelet.service:5.');
  });

  test('hover on the flag shows the docs and the effective value with its origin', async () => {
    const document = await open('kubelet.service');
    const position = document.positionAt(document.getText().indexOf('--anonymous-auth') + 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /### `--anonymous-auth`/);
    assert.match(text, /\*\*Effective on this node:\*\* `true`, set by `--anonymous-auth=true` in kubelet\.service:5/);
  });

  test('the quick fix applies through applyEdit, the diagnostic goes, and the unit still parses', async () => {
    const document = await open('kubelet.service');
    const diagnostic = (await diagnosticsWhere(document.uri, (d) => codes(d).includes('kubelet-anonymous-auth'), 'the diagnostic')).find((d) => codeOf(d) === 'kubelet-anonymous-auth');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Set --anonymous-auth=false');
    assert.ok(fix?.edit, `fix offered among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(document.getText(), /^ExecStart=\/usr\/bin\/kubelet --config=\/var\/lib\/kubelet\/config\.yaml --anonymous-auth=false$/m);
    await diagnosticsWhere(document.uri, (d) => !codes(d).includes('kubelet-anonymous-auth'), 'no anonymous-auth diagnostic after the fix');
  });

  test('cross-file: a flag typed in the unit overrides the config file, whose diagnostic moves to the unit', async () => {
    const config = await open('var/lib/kubelet/config.yaml');
    await diagnosticsWhere(config.uri, (d) => codes(d).join() === 'kubelet-read-only-port', 'config diagnostic');
    const unit = await open('kubelet.service');
    const edit = new vscode.WorkspaceEdit();
    const line = unit.lineAt(4);
    edit.insert(unit.uri, line.range.end, ' --read-only-port=10250');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await diagnosticsWhere(config.uri, (d) => d.length === 0, 'config diagnostic gone');
    const moved = (await diagnosticsWhere(unit.uri, (d) => codes(d).includes('kubelet-read-only-port'), 'unit diagnostic')).find((d) => codeOf(d) === 'kubelet-read-only-port');
    assert.ok(moved);
    assert.equal(unit.getText(moved.range), '--read-only-port=10250');
  });

  test('a kubeconfig gets its finding and fix; unrelated YAML gets nothing', async () => {
    const kubeconfig = await open('admin.kubeconfig.yaml');
    const [diagnostic] = await diagnosticsWhere(kubeconfig.uri, (d) => codes(d).join() === 'kubeconfig-insecure-skip-tls-verify', 'kubeconfig diagnostic');
    assert.ok(diagnostic);
    assert.equal(kubeconfig.getText(diagnostic.range), 'insecure-skip-tls-verify: true');
    const unrelated = await open('deploy.yaml');
    // A barrier: the server checks every open document in one pass, so once the kubeconfig's new
    // diagnostics (after its fix) arrive, deploy.yaml has been checked too.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', kubeconfig.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Remove insecure-skip-tls-verify');
    assert.ok(fix?.edit);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    await diagnosticsWhere(kubeconfig.uri, (d) => d.length === 0, 'kubeconfig clean');
    assert.deepEqual(vscode.languages.getDiagnostics(unrelated.uri), []);
    assert.doesNotMatch(kubeconfig.getText(), /insecure-skip-tls-verify/);
  });

  test('a settings change applies without a reload', async () => {
    const document = await open('removed/kubelet.service');
    await diagnosticsWhere(document.uri, (d) => codes(d).includes('kubelet-removed-flag'), 'removed flag in 1.36');
    const configuration = vscode.workspace.getConfiguration('kubeletGuard', document.uri);
    await configuration.update('kubernetesVersion', '1.34', vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhere(document.uri, (d) => !codes(d).includes('kubelet-removed-flag'), 'no removed flag in 1.34');
    } finally {
      await configuration.update('kubernetesVersion', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(document.uri, (d) => codes(d).includes('kubelet-removed-flag'), 'removed flag again');
  });

  test('an unrelated unit (containerd) gets nothing', async () => {
    const other = await open('other/containerd.service');
    // A barrier: an edit to a kubelet unit is answered only after every open document was checked.
    const unit = await open('kubelet.service');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(unit.uri, new vscode.Position(0, 0), '# touched\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await diagnosticsWhere(unit.uri, (d) => d.some((x) => x.range.start.line === 5 && codeOf(x) === 'kubelet-read-only-port'), 'unit diagnostics after the edit');
    assert.deepEqual(vscode.languages.getDiagnostics(other.uri), []);
  });

  test('an untitled unit is checked too', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kubelet-unit', content: '[Service]\nExecStart=/usr/bin/kubelet --config=/c.yaml --cloud-config=/x\n' });
    const diagnostics = await diagnosticsWhere(document.uri, (d) => codes(d).includes('kubelet-removed-flag'), 'untitled diagnostics');
    assert.equal(document.getText(diagnostics.find((d) => codeOf(d) === 'kubelet-removed-flag')?.range), '--cloud-config=/x');
  });
});
