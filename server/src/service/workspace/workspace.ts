/**
 * The world the service sees. The LSP server backs it with open documents and the workspace folders on
 * disk; the CLI with the paths it was given; tests with an in-memory map. The service reads nothing
 * else: no `fs`, nothing outside the workspace folders.
 */
export interface Workspace {
  /** The workspace folders as `file:` URIs. */
  roots(): readonly string[];
  /** Every file under the roots that may take part in a node, as URIs (open untitled documents too). */
  listFiles(): readonly string[];
  /** The text of a file: the editor's buffer when open, else the file; undefined when unreadable. */
  readFile(uri: string): string | undefined;
  /** The language id the editor gave an open document, as a hint for its kind. */
  languageId(uri: string): string | undefined;
  /** Permission bits and owner of the file on disk; undefined when unknown (not on disk, or no such host). */
  stat?(uri: string): FileStat | undefined;
}

export interface FileStat {
  /** Permission bits, such as 0o644. */
  readonly mode: number;
  readonly uid: number;
}

/** A workspace held in memory: for tests, and for checking text that has no file. */
export class MemoryWorkspace implements Workspace {
  private readonly files = new Map<string, { text: string; languageId: string | undefined }>();
  private readonly stats = new Map<string, FileStat>();
  /** Kept until the file set changes, so the service can tell nothing was added or removed. */
  private list: readonly string[] | undefined;

  constructor(
    files: Record<string, string> = {},
    private readonly rootUris: readonly string[] = ['file:///ws'],
  ) {
    for (const [uri, text] of Object.entries(files)) this.set(uri, text);
  }

  set(uri: string, text: string, languageId?: string): void {
    if (!this.files.has(uri)) this.list = undefined;
    this.files.set(uri, { text, languageId });
  }

  delete(uri: string): void {
    this.files.delete(uri);
    this.list = undefined;
  }

  setStat(uri: string, stat: FileStat): void {
    this.stats.set(uri, stat);
  }

  stat(uri: string): FileStat | undefined {
    return this.stats.get(uri);
  }

  roots(): readonly string[] {
    return this.rootUris;
  }

  listFiles(): readonly string[] {
    this.list ??= [...this.files.keys()];
    return this.list;
  }

  readFile(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  languageId(uri: string): string | undefined {
    return this.files.get(uri)?.languageId;
  }
}
