import { LineIndex } from '../text/line-index.js';
import { parseUnitFile, type UnitFile } from '../parse/systemd/unit-file.js';
import { parseEnvFile, type EnvFile } from '../parse/env-file/env-file.js';
import { parseYamlFile, type YamlFile } from '../parse/yaml/yaml-file.js';
import { detectFileKind, type FileKind } from '../parse/file-kind.js';
import type { Workspace } from '../workspace/workspace.js';

/** Files over this size are not parsed: a clear finding beats a frozen editor. */
export const MAX_FILE_SIZE = 4 * 1024 * 1024;

interface Base {
  readonly uri: string;
  readonly text: string;
  readonly lines: LineIndex;
}
export type SourceFile =
  | (Base & { readonly kind: 'unit'; readonly unit: UnitFile })
  | (Base & { readonly kind: 'env'; readonly env: EnvFile })
  | (Base & { readonly kind: 'yaml'; readonly yaml: YamlFile })
  | (Base & { readonly kind: 'other' })
  | (Base & { readonly kind: 'skipped'; readonly reason: 'too-large' | 'binary'; readonly detected: FileKind });

function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  return head.includes('\u0000');
}

/**
 * Parses workspace files on demand and keeps the result while the text stays the same, so a keystroke
 * in one file re-parses only that file. A file can be read as a given kind (an `EnvironmentFile=`
 * target is an env file whatever its name).
 */
export class SourceFiles {
  private readonly cache = new Map<string, SourceFile>();

  constructor(private readonly workspace: Workspace) {}

  get(uri: string, as?: FileKind): SourceFile | undefined {
    const text = this.workspace.readFile(uri);
    if (text === undefined) return undefined;
    const key = as ? `${as} ${uri}` : uri;
    const cached = this.cache.get(key);
    if (cached && cached.text === text) return cached;
    const file = this.parse(uri, text, as);
    this.cache.set(key, file);
    return file;
  }

  /** Drops cached files the workspace no longer has. */
  prune(): void {
    const present = new Set(this.workspace.listFiles());
    for (const [key, file] of this.cache) if (!present.has(file.uri)) this.cache.delete(key);
  }

  private parse(uri: string, text: string, as: FileKind | undefined): SourceFile {
    const kind = as ?? detectFileKind(uri, text, this.workspace.languageId(uri));
    const lines = new LineIndex(text.length > MAX_FILE_SIZE ? '' : text);
    if (kind !== 'other' && text.length > MAX_FILE_SIZE) return { kind: 'skipped', reason: 'too-large', detected: kind, uri, text, lines };
    if (kind !== 'other' && looksBinary(text)) return { kind: 'skipped', reason: 'binary', detected: kind, uri, text, lines };
    switch (kind) {
      case 'unit':
        return { kind, uri, text, lines, unit: parseUnitFile(uri, text) };
      case 'env':
        return { kind, uri, text, lines, env: parseEnvFile(uri, text) };
      case 'yaml':
        return { kind, uri, text, lines, yaml: parseYamlFile(uri, text) };
      default:
        return { kind: 'other', uri, text, lines };
    }
  }
}
