import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, open } from './helpers';

const codes = (diagnostics: readonly vscode.Diagnostic[]): string[] => diagnostics.map(codeOf);
/** Findings that would mean a fix broke the file. */
const BROKEN = ['yaml-syntax', 'systemd-lost-line', 'kubelet-positional-arg', 'kubelet-unknown-flag', 'config-type-error', 'config-duplicate-key'];

async function applyFix(document: vscode.TextDocument, rule: string, title: RegExp): Promise<void> {
  const diagnostic = (await diagnosticsWhere(document.uri, (d) => codes(d).includes(rule), rule)).find((d) => codeOf(d) === rule);
  assert.ok(diagnostic);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((action) => title.test(action.title));
  assert.ok(fix?.edit, `a fix matching ${title} among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
}

suite('Every kind of quick fix, applied in the editor', () => {
  test('remove a flag; move a flag into the config file; insert a field into the config file; insert a flag', async () => {
    const config = await open('fixes/etc/fixes/config.yaml');
    const unit = await open('fixes/kubelet.service');

    await applyFix(unit, 'kubelet-removed-flag', /^Remove --cloud-config$/);
    await diagnosticsWhere(unit.uri, (d) => !codes(d).includes('kubelet-removed-flag'), 'removed flag gone');
    assert.equal(unit.lineAt(1).text, 'ExecStart=/usr/bin/kubelet --config=/etc/fixes/config.yaml --event-qps=10');

    // Two files in one edit: the flag leaves the unit and its value lands in the config file.
    await applyFix(unit, 'kubelet-deprecated-flag', /^Move --event-qps=10 to eventRecordQPS/);
    await diagnosticsWhere(unit.uri, (d) => !codes(d).includes('kubelet-deprecated-flag'), 'deprecated flag moved');
    assert.equal(unit.lineAt(1).text, 'ExecStart=/usr/bin/kubelet --config=/etc/fixes/config.yaml');
    assert.match(config.getText(), /^eventRecordQPS: 10$/m);

    // The default applies (seccompDefault absent): the fix inserts the field into the open config file.
    await applyFix(unit, 'kubelet-seccomp-default', /^Add seccompDefault: true to /);
    await diagnosticsWhere(unit.uri, (d) => !codes(d).includes('kubelet-seccomp-default'), 'seccomp default set');
    assert.match(config.getText(), /^seccompDefault: true$/m);

    const flagsOnly = await vscode.workspace.openTextDocument({ language: 'kubelet-unit', content: '[Service]\nExecStart=/usr/bin/kubelet --kubeconfig=/etc/kubernetes/kubelet.conf\n' });
    await applyFix(flagsOnly, 'kubelet-anonymous-auth', /^Add --anonymous-auth=false$/);
    await diagnosticsWhere(flagsOnly.uri, (d) => !codes(d).includes('kubelet-anonymous-auth'), 'anonymous auth off');
    assert.equal(flagsOnly.lineAt(1).text, 'ExecStart=/usr/bin/kubelet --anonymous-auth=false --kubeconfig=/etc/kubernetes/kubelet.conf');

    for (const document of [unit, config, flagsOnly]) {
      const broken = codes(vscode.languages.getDiagnostics(document.uri)).filter((code) => BROKEN.includes(code));
      assert.deepEqual(broken, [], `${document.uri.path} still parses`);
    }
  });
});
