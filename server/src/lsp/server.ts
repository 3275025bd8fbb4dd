import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type FileOperationRegistrationOptions,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type UserSettings } from '../service/index.js';
import { DiskWorkspace, type FileEvent } from '../host/disk-workspace.js';
import { startDependencyPolling } from './dependency-poller.js';
import { SettingsCache, folderOf, toUserSettings } from './settings.js';
import type { KubeletGuardSettings } from './protocol.js';
import { toCodeAction, toCompletionItem, toDiagnostic, toDocumentSymbol, toHover, toLocationLink, CHMOD_COMMAND, DIAGNOSTIC_SOURCE, SHOW_DOCUMENTATION_COMMAND, type DiagnosticData } from './to-lsp.js';
import { confirmAndChmod } from './chmod-command.js';

/** The code action kind of "fix all Kubelet Guard problems" (as `source.fixAll.eslint` is ESLint's). */
const FIX_ALL_KIND = 'source.fixAll.kubelet-guard';

/** How long typing must pause before diagnostics are recomputed. */
const DEBOUNCE_MS = 120;
/** How often the files open documents depend on are looked at, for changes no event reported. */
const DEPENDENCY_POLL_MS = 2000;

/**
 * Files whose creation, change or deletion can change a node: any file, since a unit can name a
 * config, kubeconfig or env file of any name (`/var/lib/kubelet/kubeconfig`, `/etc/sysconfig/kubelet`),
 * and a deleted folder takes its files with it. The workspace ignores events under skipped folders.
 */
const WATCHED = ['**/*'];
/** The same, for the editor's own file operations (explorer, workspace edits): files and folders. */
const FILE_OPERATIONS: FileOperationRegistrationOptions = { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] };

/**
 * Wires the pure language service to an LSP connection: document sync, debounced and versioned
 * diagnostics, hover, quick fixes, settings and file watching. Every handler is guarded: an internal
 * error is logged once and answered with nothing, and the server keeps serving.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new DiskWorkspace(documents);
  let pullConfiguration = false;
  let versionedEdits = false;
  let watchRegistration = false;
  let folderEvents = false;
  let snippets = false;
  let folders: string[] = [];
  const settings = new SettingsCache(connection, () => pullConfiguration);
  const resolvedSettings = new Map<string, { client: KubeletGuardSettings; service: UserSettings }>();
  /** Notes already written to the output channel (a project-file value the editor settings replace). */
  const notesShown = new Set<string>();
  const logged = new Set<string>();

  const logOnce = (where: string, error: unknown): void => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    const key = `${where}:${text.split('\n')[0]}`;
    if (logged.has(key)) return;
    logged.add(key);
    connection.console.error(`kubelet-guard: ${where} failed: ${text}`);
  };

  const service = createLanguageService(
    workspace,
    (uri) => resolvedSettings.get(uri)?.service ?? {},
    (error) => logOnce('analysis', error),
  );

  const guarded = <A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        logOnce(name, error);
        return fallback;
      }
    };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullConfiguration = capabilities.workspace?.configuration === true;
    versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    watchRegistration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = capabilities.workspace?.workspaceFolders === true;
    snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    workspace.setFolders(folders);
    if (params.initializationOptions) settings.setGlobal((params.initializationOptions as Record<string, unknown>)['settings'] ?? params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        executeCommandProvider: { commands: [CHMOD_COMMAND, SHOW_DOCUMENTATION_COMMAND] },
        completionProvider: { triggerCharacters: ['-', '=', ':', ',', ' '] },
        documentSymbolProvider: true,
        definitionProvider: true,
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          fileOperations: { didCreate: FILE_OPERATIONS, didDelete: FILE_OPERATIONS, didRename: FILE_OPERATIONS },
        },
      },
      serverInfo: { name: 'kubelet-guard' },
    };
  });

  connection.onInitialized(() => {
    startDependencyPolling({
      intervalMs: DEPENDENCY_POLL_MS,
      // Documents with checking off are never analysed again, so they are left out.
      openDocuments: () => documents.keys().filter((uri) => enabledFor(uri)),
      upToDate: (uri) => service.upToDate(uri),
      onStale: () => scheduleAll(),
      onError: (error) => logOnce('polling', error),
    });
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kubeletGuard' }).catch(() => undefined);
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
        workspace.setFolders(folders);
        scheduleAll();
      });
    }
  });

  // Diagnostics: one debounced pass over every open document, since any file can change any node.
  let timer: NodeJS.Timeout | undefined;
  const scheduleAll = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void validateAll();
    }, DEBOUNCE_MS);
  };

  const validateAll = async (): Promise<void> => {
    for (const document of documents.all()) await validate(document);
  };

  const validate = guarded('diagnostics', undefined, async (document: TextDocument): Promise<void> => {
    const version = document.version;
    const client = await settings.get(document.uri);
    const previous = resolvedSettings.get(document.uri);
    // The same settings object while nothing changed: the service caches its analyses by identity.
    if (previous?.client !== client) resolvedSettings.set(document.uri, { client, service: toUserSettings(client, folderOf(document.uri, folders)) });
    const current = documents.get(document.uri);
    // A newer version or a closed document: a later pass will publish, or nothing should.
    if (!current || current.version !== version) return;
    let diagnostics: Diagnostic[] = [];
    const skip = !client.enable || (client.ignoreUntitled && document.uri.startsWith('untitled:'));
    if (!skip) {
      const analysis = service.analyse(document.uri);
      for (const note of service.settings(document.uri).overridden.values()) {
        if (notesShown.has(note)) continue;
        notesShown.add(note);
        connection.console.info(`kubelet-guard: ${note}`);
      }
      diagnostics = analysis.findings.map((finding) => toDiagnostic(current, finding, (uri) => documents.get(uri)));
    }
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  });

  documents.onDidOpen((event) => {
    workspace.invalidate(event.document.uri);
    scheduleAll();
  });
  documents.onDidChangeContent(() => scheduleAll());
  documents.onDidClose((event) => {
    resolvedSettings.delete(event.document.uri);
    settings.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    scheduleAll();
  });

  // Files created, changed, deleted or renamed: reported by a watcher, or by the editor for its own
  // file operations (a second path for when a watcher stays silent). Both rescan and re-check.
  const filesChanged = (events: FileEvent[]): void => {
    if (workspace.filesChanged(events)) scheduleAll();
  };
  const kinds: Record<number, FileEvent['kind']> = { [FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted' };
  connection.onDidChangeWatchedFiles((event) => filesChanged(event.changes.map((change) => ({ uri: change.uri, kind: kinds[change.type] ?? 'created' }))));
  connection.workspace.onDidCreateFiles((event) => filesChanged(event.files.map((file) => ({ uri: file.uri, kind: 'created' }))));
  connection.workspace.onDidDeleteFiles((event) => filesChanged(event.files.map((file) => ({ uri: file.uri, kind: 'deleted' }))));
  connection.workspace.onDidRenameFiles((event) =>
    filesChanged(event.files.flatMap((file): FileEvent[] => [{ uri: file.oldUri, kind: 'deleted' }, { uri: file.newUri, kind: 'created' }])),
  );

  connection.onDidChangeConfiguration((change) => {
    notesShown.clear();
    if (pullConfiguration) settings.clear();
    else settings.setGlobal((change.settings as Record<string, unknown> | undefined)?.['kubeletGuard'] ?? change.settings);
    scheduleAll();
  });

  connection.onHover(
    guarded('hover', null, (params, token) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || token.isCancellationRequested) return null;
      if (resolvedSettings.get(document.uri)?.client.enable === false) return null;
      const hover = service.hover(document.uri, document.offsetAt(params.position));
      return hover ? toHover(document, hover) : null;
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', [] as CodeAction[], (params, token) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || token.isCancellationRequested) return [];
      const wants = (kind: string): boolean => !params.context.only || params.context.only.some((only) => only === '' || kind === only || kind.startsWith(`${only}.`));
      const documentFor = (uri: string): TextDocument | undefined => documents.get(uri);
      if (!wants('quickfix')) {
        // source.fixAll (on save, or "Fix all"): every preferred fix of the file at once.
        const all = wants(FIX_ALL_KIND) ? service.fixAll(document.uri) : undefined;
        const action = all ? toCodeAction(all, undefined, documentFor, versionedEdits) : undefined;
        return action ? [{ ...action, kind: FIX_ALL_KIND }] : [];
      }
      const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      const ruleIds = ours.map((d) => (d.data as DiagnosticData | undefined)?.ruleId ?? String(d.code));
      const start = document.offsetAt(params.range.start);
      const end = document.offsetAt(params.range.end);
      const actions: CodeAction[] = [];
      for (const { finding, fix } of service.fixes(document.uri, start, end, ruleIds.length > 0 ? ruleIds : undefined)) {
        const diagnostic = ours.find((d) => d.code === finding.ruleId && document.offsetAt(d.range.start) === finding.span.start && document.offsetAt(d.range.end) === finding.span.end)
          ?? ours.find((d) => d.code === finding.ruleId);
        const action = toCodeAction(fix, diagnostic, documentFor, versionedEdits);
        if (action) actions.push(action);
      }
      // ESLint's habit: when a rule has several fixable findings in the file, one action fixes them all.
      for (const ruleId of new Set(ruleIds)) {
        const fixable = service.fixes(document.uri, 0, document.getText().length, [ruleId]).filter(({ fix }) => !fix.command && !fix.disable);
        if (new Set(fixable.map(({ finding }) => finding)).size < 2) continue;
        const all = service.fixAll(document.uri, ruleId);
        const action = all ? toCodeAction(all, undefined, documentFor, versionedEdits) : undefined;
        if (action) actions.push(action);
      }
      return actions;
    }),
  );

  const enabledFor = (uri: string): boolean => resolvedSettings.get(uri)?.client.enable !== false;

  connection.onCompletion(
    guarded('completion', [], (params, token) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || token.isCancellationRequested || !enabledFor(document.uri)) return [];
      return service.complete(document.uri, document.offsetAt(params.position)).map((entry) => toCompletionItem(document, entry, snippets));
    }),
  );

  connection.onDocumentSymbol(
    guarded('documentSymbol', [], (params, token) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || token.isCancellationRequested || !enabledFor(document.uri)) return [];
      return service.symbols(document.uri).map((symbol) => toDocumentSymbol(document, symbol));
    }),
  );

  connection.onDefinition(
    guarded('definition', null, (params, token) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || token.isCancellationRequested || !enabledFor(document.uri)) return null;
      const target = service.definition(document.uri, document.offsetAt(params.position));
      if (!target) return null;
      const targetText = documents.get(target.uri)?.getText() ?? workspace.readFile(target.uri);
      const targetDocument = targetText === undefined ? undefined : TextDocument.create(target.uri, 'plaintext', 0, targetText);
      return [toLocationLink(document, target, targetDocument)];
    }),
  );

  connection.onExecuteCommand(
    guarded('executeCommand', null, async (params) => {
      if (params.command === SHOW_DOCUMENTATION_COMMAND) {
        const [url] = (params.arguments ?? []) as [unknown];
        if (typeof url === 'string' && url.startsWith('https://')) await connection.window.showDocument({ uri: url, external: true });
        return null;
      }
      if (params.command !== CHMOD_COMMAND) return null;
      const [uri, mode] = (params.arguments ?? []) as [unknown, unknown];
      if (await confirmAndChmod(connection, workspace, uri, mode)) {
        workspace.invalidate(typeof uri === 'string' ? uri : undefined);
        scheduleAll();
      }
      return null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
