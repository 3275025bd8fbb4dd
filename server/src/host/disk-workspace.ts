import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileStat, Workspace } from '../service/index.js';
import { pathToUri, uriToPath } from '../service/index.js';

/** Limits that keep a scan of a huge workspace from stalling the server. */
const MAX_FILES = 20000;
const MAX_DEPTH = 24;
/** Files larger than this are not read from disk (an open document is always used as it is). */
const MAX_DISK_READ = 8 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.editor-harness', '.vscode-test']);

/** What the host knows of documents open in an editor (none for the CLI). */
export interface OpenDocuments {
  get(uri: string): { getText(): string; readonly languageId: string } | undefined;
  keys(): string[];
}

const NO_DOCUMENTS: OpenDocuments = { get: () => undefined, keys: () => [] };

/** A file (or folder) created, changed or deleted on disk; a rename is a deletion plus a creation. */
export interface FileEvent {
  readonly uri: string;
  readonly kind: 'created' | 'changed' | 'deleted';
}

/**
 * The service's workspace backed by the editor's open documents and, for files that are not open, the
 * workspace folders on disk. Nothing outside the folders is read. The file list is scanned once and
 * kept until a watched file is created or deleted, so each keystroke costs no disk access.
 */
export class DiskWorkspace implements Workspace {
  private folders: string[] = [];
  private single: string | undefined;
  private scanned: string[] | undefined;
  private scannedSet: { list: readonly string[]; set: ReadonlySet<string> } | undefined;
  /** Bumped on every rescan: the list is rebuilt then, whatever the count (a create plus a delete keeps it). */
  private generation = 0;
  private list: readonly string[] = [];
  private listKey = '';
  /** Disk reads, kept with the file's size and mtime: a cheap stat on each read tells whether they still hold. */
  private readonly allowed = new Set<string>();
  private readonly diskCache = new Map<string, { text: string | undefined; size: number; mtime: number }>();

  constructor(private readonly documents: OpenDocuments = NO_DOCUMENTS) {}

  setFolders(folderUris: readonly string[]): void {
    this.folders = folderUris.map((uri) => uriToPath(uri)).filter((p): p is string => p !== undefined).map((p) => path.resolve(p));
    this.single = undefined;
    this.invalidate();
  }

  /** Limits the workspace to one file (the CLI given a file rather than a folder). */
  setSingleFile(file: string): void {
    this.folders = [path.dirname(path.resolve(file))];
    this.single = path.resolve(file);
    this.invalidate();
  }

  /** Forget what was read from disk (a watched file changed, or the folders did). */
  invalidate(uri?: string): void {
    if (uri) this.diskCache.delete(uri);
    else this.diskCache.clear();
    this.scanned = undefined;
  }

  /**
   * Takes in what a file watcher or the editor's own file operations report. A creation or deletion
   * (of a file, or of a folder and so everything in it) means a rescan; a change of a listed file only
   * drops what was read (a change of an unlisted one means its creation was missed: a rescan). Returns
   * whether any event could matter: those outside the folders, or under a folder the scan skips
   * (node_modules, .git, out...), are ignored, so a busy build costs nothing.
   */
  filesChanged(events: readonly FileEvent[]): boolean {
    let relevant = false;
    for (const event of events) {
      const file = uriToPath(event.uri);
      if (file === undefined || !this.isInsideFolders(file) || this.isUnderSkippedDir(file)) continue;
      relevant = true;
      this.diskCache.delete(event.uri);
      if (event.kind === 'changed' && this.isListed(event.uri)) continue;
      const inside = event.uri.endsWith('/') ? event.uri : `${event.uri}/`;
      for (const key of [...this.diskCache.keys()]) if (key.startsWith(inside)) this.diskCache.delete(key);
      this.scanned = undefined;
    }
    return relevant;
  }

  roots(): readonly string[] {
    return this.folders.map((folder) => pathToUri(folder));
  }

  listFiles(): readonly string[] {
    if (!this.scanned) {
      this.scanned = this.scan();
      this.generation++;
    }
    const scannedSet = new Set(this.scanned);
    const open = this.documents.keys().filter((uri) => !scannedSet.has(uri));
    const key = `${this.generation}|${open.join('|')}`;
    // Keep the same array while nothing changed, so the service can reuse its file index.
    if (key !== this.listKey) {
      this.listKey = key;
      this.list = open.length > 0 ? [...this.scanned, ...open] : this.scanned;
    }
    return this.list;
  }

  readFile(uri: string): string | undefined {
    const open = this.documents.get(uri);
    if (open) return open.getText();
    const file = uriToPath(uri);
    if (file === undefined || !this.isInsideFolders(file)) return undefined;
    // Asked on every analysis, often for files that do not exist (a project file, a referenced file not
    // written yet): a stat that answers undefined rather than throwing keeps that cheap.
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) {
      // Gone (perhaps without a watcher event): forget it, and rescan the folders on the next listing.
      if (this.diskCache.get(uri)?.text !== undefined) this.scanned = undefined;
      this.diskCache.set(uri, { text: undefined, size: -1, mtime: -1 });
      return undefined;
    }
    const cached = this.diskCache.get(uri);
    if (cached && cached.size === stat.size && cached.mtime === stat.mtimeMs) return cached.text;
    let text: string | undefined;
    if (stat.isFile() && stat.size <= MAX_DISK_READ) {
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
    }
    this.diskCache.set(uri, { text, size: stat.size, mtime: stat.mtimeMs });
    return text;
  }

  languageId(uri: string): string | undefined {
    return this.documents.get(uri)?.languageId;
  }

  stat(uri: string): FileStat | undefined {
    const file = uriToPath(uri);
    if (file === undefined || !this.isInsideFolders(file)) return undefined;
    try {
      const stat = fs.statSync(file);
      return stat.isFile() ? { mode: stat.mode & 0o7777, uid: stat.uid } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether a path lies inside the workspace folders (nothing outside them is read or changed). */
  contains(file: string): boolean {
    return this.isInsideFolders(file);
  }

  /**
   * Lets one file outside the folders be read (not listed): a file the user named on purpose, such as
   * the CLI's `--config FILE`.
   */
  allowFile(file: string): void {
    this.allowed.add(path.resolve(file));
  }

  private isInsideFolders(file: string): boolean {
    const resolved = path.resolve(file);
    if (this.allowed.has(resolved)) return true;
    return this.folders.some((folder) => resolved === folder || resolved.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
  }

  private isListed(uri: string): boolean {
    if (!this.scanned) return false;
    if (this.scannedSet?.list !== this.scanned) this.scannedSet = { list: this.scanned, set: new Set(this.scanned) };
    return this.scannedSet.set.has(uri);
  }

  /** Whether a path lies inside a folder the scan skips (its own name may be anything). */
  private isUnderSkippedDir(file: string): boolean {
    const resolved = path.resolve(file);
    const folder = this.folders.find((f) => resolved === f || resolved.startsWith(f.endsWith('/') ? f : `${f}/`));
    if (folder === undefined) return false;
    const dirs = path.relative(folder, resolved).split(path.sep).slice(0, -1);
    return dirs.some((dir) => SKIPPED_DIRS.has(dir));
  }

  private scan(): string[] {
    if (this.single !== undefined) return [pathToUri(this.single)];
    const out: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (out.length >= MAX_FILES || depth > MAX_DEPTH) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (out.length >= MAX_FILES) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) walk(full, depth + 1);
        } else if (entry.isFile()) out.push(pathToUri(full));
      }
    };
    for (const folder of this.folders) walk(folder, 0);
    return out;
  }
}
