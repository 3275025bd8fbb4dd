import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './document-selector';
import { explicitSettings } from './explicit-settings';

let client: LanguageClient | undefined;

/** Starts the language server; the server does all the work and asks for its settings itself. */
export async function activate(context: ExtensionContext): Promise<void> {
  const properties = (context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } }).contributes?.configuration?.properties ?? {};
  const settingKeys = Object.keys(properties).filter((key) => key.startsWith('kubeletGuard.')).map((key) => key.slice('kubeletGuard.'.length));
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // No file watcher of our own: the server registers the one it needs (workspace/didChangeWatchedFiles)
  // and declares workspace.fileOperations, so the client forwards the editor's creates, deletes and renames.
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    middleware: {
      workspace: {
        // Send only what the user set: a default sent as if chosen would hide .kubelet-guard.yaml.
        configuration: (params, token, next) =>
          params.items.some((item) => item.section === 'kubeletGuard')
            ? params.items.map((item) => (item.section === 'kubeletGuard' ? explicitSettings(settingKeys, item.scopeUri) : null))
            : next(params, token),
      },
    },
  };
  client = new LanguageClient('kubeletGuard', 'Kubelet Guard', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
