import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './document-selector';

let client: LanguageClient | undefined;

/** Starts the language server; the server does all the work and reads its settings itself. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // No file watcher of our own: the server registers the one it needs (workspace/didChangeWatchedFiles)
  // and declares workspace.fileOperations, so the client forwards the editor's creates, deletes and renames.
  const clientOptions: LanguageClientOptions = { documentSelector: DOCUMENT_SELECTOR };
  client = new LanguageClient('kubeletGuard', 'Kubelet Guard', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
