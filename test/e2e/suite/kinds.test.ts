import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, hoverText, open } from './helpers';

const labels = (list: vscode.CompletionList): string[] => list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));

suite('The config file and the kubeconfig kinds in the editor', () => {
  test('config file: hover on a field with the effective value, completion of enum values, outline', async () => {
    const config = await open('var/lib/kubelet/config.yaml');
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', config.uri, config.positionAt(config.getText().indexOf('rotateCertificates') + 2));
    assert.match(hoverText(hover), /### `rotateCertificates`\n\n\*\*Effective on this node:\*\* `true`, set by `rotateCertificates: true` in var\/lib\/kubelet\/config.yaml:\d+/);
    const draft = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: \n' });
    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft.uri, new vscode.Position(2, 14));
    assert.deepEqual(labels(values).filter((l) => ['cgroupfs', 'systemd'].includes(l)).sort(), ['cgroupfs', 'systemd']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', config.uri);
    assert.deepEqual(symbols.map((s) => s.name).slice(0, 4), ['apiVersion', 'kind', 'readOnlyPort', 'authentication']);
  });

  test('kubeconfig: diagnostics, hover, name completion, outline by name, definition of a context cluster', async () => {
    const kubeconfig = await open('kinds/team.kubeconfig.yaml');
    const [http] = (await diagnosticsWhere(kubeconfig.uri, (d) => d.map(codeOf).includes('kubeconfig-http-server'), 'http server')).filter((d) => codeOf(d) === 'kubeconfig-http-server');
    assert.ok(http);
    assert.equal(kubeconfig.getText(http.range), 'http://prod.example:6443');
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', kubeconfig.uri, kubeconfig.positionAt(kubeconfig.getText().indexOf('tokenFile') + 2));
    assert.match(hoverText(hover), /### `tokenFile` \(kubeconfig\)/);
    const clusterValue = kubeconfig.positionAt(kubeconfig.getText().indexOf('cluster: prod') + 'cluster: '.length);
    const names = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', kubeconfig.uri, clusterValue);
    assert.ok(labels(names).includes('prod'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', kubeconfig.uri);
    assert.deepEqual(symbols.find((s) => s.name === 'clusters')?.children.map((c) => c.name), ['prod']);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', kubeconfig.uri, clusterValue.translate(0, 1));
    const target = targets[0];
    assert.ok(target);
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.equal(kubeconfig.getText(range), 'prod');
    assert.equal(range.start.line, 3);
  });
});
