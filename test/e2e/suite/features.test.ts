import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, hoverText, open, workspaceUri } from './helpers';

const codes = (diagnostics: vscode.Diagnostic[]): string[] => diagnostics.map(codeOf).sort();

suite('Kubelet Guard across files and editor features', () => {
  test('an env file: its flag is reported where it is written, and editing the env file clears it', async () => {
    const env = await open('node-env/etc/default/kubelet');
    assert.equal(env.languageId, 'kubelet-env');
    const diagnostic = (await diagnosticsWhere(env.uri, (d) => codes(d).includes('kubelet-read-only-port'), 'read-only port in the env file')).find((d) => codeOf(d) === 'kubelet-read-only-port');
    assert.ok(diagnostic);
    assert.equal(env.getText(diagnostic.range), '--read-only-port=10255');
    assert.equal(diagnostic.message, 'The read-only port 10255 is open: set by `--read-only-port=10255` in node-env/etc/default/kubelet:1 (through $KUBELET_EXTRA_ARGS).');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(env.uri, diagnostic.range, '--read-only-port=0');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await diagnosticsWhere(env.uri, (d) => !codes(d).includes('kubelet-read-only-port'), 'cleared after the edit');
  });

  test('hover on $VAR shows its expansion and where it was defined', async () => {
    const unit = await open('node-env/kubelet.service');
    const position = unit.positionAt(unit.getText().indexOf('$KUBELET_EXTRA_ARGS') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', unit.uri, position));
    assert.match(text, /### `\$KUBELET_EXTRA_ARGS`/);
    assert.match(text, /defined by the env file line node-env\/etc\/default\/kubelet:1/);
  });

  test('completion offers flags mid-word and config fields on an empty line', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kubelet-unit', content: '[Service]\nExecStart=/usr/bin/kubelet --read\n' });
    const flags = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 33));
    const readOnly = flags.items.find((item) => item.label === '--read-only-port');
    assert.ok(readOnly, `got ${flags.items.length} items`);
    assert.equal(readOnly.detail, 'int32, default 10255; deprecated (config: readOnlyPort)');
    assert.deepEqual(readOnly.tags, [vscode.CompletionItemTag.Deprecated]);
    const config = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n\n' });
    const fields = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config.uri, new vscode.Position(2, 0));
    const labels = fields.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('readOnlyPort') && labels.includes('authentication') && !labels.includes('kind'));
  });

  test('document symbols: sections, directives and flags', async () => {
    const unit = await open('node-env/kubelet.service');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', unit.uri);
    assert.deepEqual(symbols.map((s) => [s.name, s.children.map((c) => [c.name, c.children.map((f) => f.name)])]), [['[Service]', [['EnvironmentFile', []], ['ExecStart', ['--config']]]]]);
  });

  test('go to definition: from the --config value to the config file', async () => {
    const unit = await open('node-env/kubelet.service');
    const position = unit.positionAt(unit.getText().indexOf('/var/lib/kubelet') + 2);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', unit.uri, position);
    const target = targets[0];
    assert.ok(target);
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    assert.equal(uri.toString(), workspaceUri('var/lib/kubelet/config.yaml').toString());
  });

  test('fix all: source.fixAll fixes every finding of the file in one edit', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kubelet-unit', content: '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true --authorization-mode=AlwaysAllow --read-only-port=10255\n' });
    const three = ['kubelet-anonymous-auth', 'kubelet-authorization-mode', 'kubelet-read-only-port'];
    await diagnosticsWhere(document.uri, (d) => three.every((code) => codes(d).includes(code)), 'three findings');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll.value);
    const fixAll = actions.find((a) => a.title === 'Fix all Kubelet Guard problems in this file');
    assert.ok(fixAll?.edit);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    // Other rules' preferred fixes (inserting flags after the kubelet path) apply in the same edit.
    assert.match(document.getText(), /--anonymous-auth=false --authorization-mode=Webhook --read-only-port=0\n$/);
    await diagnosticsWhere(document.uri, (d) => !codes(d).some((c) => three.includes(c)), 'fixed');
  });

  test('closing a document (here: it stops being a kubelet unit) clears its diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'kubelet-unit', content: '[Service]\nExecStart=/usr/bin/kubelet --anonymous-auth=true\n' });
    await diagnosticsWhere(document.uri, (d) => codes(d).includes('kubelet-anonymous-auth'), 'diagnostics while open');
    // A new language id makes the client close the document for the server, as closing its editor does.
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await diagnosticsWhere(document.uri, (d) => d.length === 0, 'diagnostics cleared on close');
  });
});
