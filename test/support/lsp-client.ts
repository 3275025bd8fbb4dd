import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

/**
 * Drives the built server over stdio the way an editor does, recording what it publishes. Waits are
 * on events (a diagnostics notification matching a predicate) with a timeout, never fixed sleeps.
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; test: (d: PublishDiagnosticsParams) => boolean; resolve: (d: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  settings: Record<string, unknown> = {};
  /** The title the "user" picks when the server asks a question (window/showMessageRequest). */
  messageAnswer: string | undefined;
  readonly questions: string[] = [];
  readonly shownDocuments: { uri: string; external?: boolean }[] = [];
  readonly configurationRequests: string[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri ?? '');
        return this.settings;
      }),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showDocument', (params: { uri: string; external?: boolean }) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.onRequest('window/showMessageRequest', (params: { message: string; actions?: { title: string }[] }) => {
      this.questions.push(params.message);
      return params.actions?.find((action) => action.title === this.messageAnswer) ?? null;
    });
    this.connection.listen();
  }

  async initialize(rootUri: string): Promise<InitializeResult> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first published diagnostics for `uri` (already received or coming) that pass `test`. */
  waitForDiagnostics(uri: string, test: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean, what: string, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    if (current && test(current.diagnostics, current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const waiter = { uri, test: (p: PublishDiagnosticsParams) => test(p.diagnostics, p), resolve: (p: PublishDiagnosticsParams) => { clearTimeout(timer); resolve(p); } };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        const last = this.diagnostics.get(uri);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri}; last published: ${JSON.stringify(last?.diagnostics.map((d) => [d.code, d.message]))}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.child.kill();
  }
}
