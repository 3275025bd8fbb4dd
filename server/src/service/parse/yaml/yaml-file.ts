import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type Tags } from 'yaml';

export type YamlDocumentKind = 'kubelet-config' | 'kubeconfig' | 'other';

/** One key of a mapping, with where its key and value sit in the file. */
export interface YamlEntry {
  /** Dotted path from the document root (`authentication.anonymous.enabled`; list items as `[]`). */
  readonly path: string;
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Range of the value node (or just after the key's `:` when the value is missing). */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value decoded as the kubelet's YAML-to-JSON step sees it (YAML 1.1 scalars). */
  readonly value: unknown;
  readonly valueNode: Node | null;
  /** The mapping that holds this key, for nesting and insertion. */
  readonly parentPath: string;
  readonly depth: number;
  /** Start offset of the innermost list item holding this key (-1 outside lists): siblings share it. */
  readonly itemStart: number;
}

export interface YamlSyntaxError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface YamlDocumentInfo {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: YamlDocumentKind;
  readonly apiVersion: string | undefined;
  readonly kindName: string | undefined;
  /** Every key, in document order, duplicates included. */
  readonly entries: readonly YamlEntry[];
  readonly errors: readonly YamlSyntaxError[];
  readonly document: Document.Parsed;
}

export interface YamlFile {
  readonly uri: string;
  readonly documents: readonly YamlDocumentInfo[];
}

/** Cheap content sniffing, so unrelated YAML is never fully walked on each keystroke. */
const KUBE_HINT = /^\s*("?)(kind|apiVersion|clusters|users|contexts|current-context)\1\s*:/m;
/** JSON written on one line (`{"kind": "KubeletConfiguration", ...}`): its keys do not start a line. */
const JSON_HINT = /"(kind|apiVersion|clusters|users|contexts|current-context)"\s*:/;

export function looksLikeKubeYaml(text: string): boolean {
  return KUBE_HINT.test(text) || (text.trimStart().startsWith('{') && JSON_HINT.test(text.slice(0, 65536)));
}

/**
 * The YAML 1.1 tags the kubelet's and client-go's YAML library (yaml.v2) does not resolve when it
 * converts to JSON: sexagesimal numbers (`1:20`) and timestamps stay strings there, so they do here.
 */
function asYamlV2(tags: Tags): Tags {
  return tags.filter((tag) => !(typeof tag === 'object' && (tag.tag === 'tag:yaml.org,2002:timestamp' || ('format' in tag && tag.format === 'TIME'))));
}

/**
 * Parses every document of a YAML (or JSON) file with YAML 1.1 scalar rules, which is what the
 * kubelet's and client-go's YAML-to-JSON conversion uses (`yes`/`on` are booleans, `010` is octal).
 * Duplicate keys are kept: the later one wins when decoded. Never throws.
 */
export function parseYamlFile(uri: string, text: string): YamlFile {
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, customTags: asYamlV2 }) as Document.Parsed[];
    if (!Array.isArray(parsed)) parsed = [];
  } catch {
    parsed = [];
  }
  const documents = parsed.map((document, index) => describeDocument(document, index, text.length));
  return { uri, documents };
}

function describeDocument(document: Document.Parsed, index: number, textLength: number): YamlDocumentInfo {
  const entries: YamlEntry[] = [];
  collectEntries(document.contents, '', 0, -1, entries);
  const top = (name: string): unknown => entries.find((e) => e.depth === 0 && e.key === name)?.value;
  const apiVersion = stringOrUndefined(top('apiVersion'));
  const kindName = stringOrUndefined(top('kind'));
  const errors = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    start: Math.min(error.pos[0], textLength),
    end: Math.min(Math.max(error.pos[1], error.pos[0] + 1), textLength),
  }));
  const range = document.range ?? [0, textLength, textLength];
  return {
    index,
    start: range[0],
    end: range[2],
    kind: classify(apiVersion, kindName, entries),
    apiVersion,
    kindName,
    entries,
    errors,
    document,
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function classify(apiVersion: string | undefined, kind: string | undefined, entries: readonly YamlEntry[]): YamlDocumentKind {
  if (kind === 'KubeletConfiguration' || apiVersion?.startsWith('kubelet.config.k8s.io/')) return 'kubelet-config';
  if (kind === 'Config') return 'kubeconfig';
  if (kind === undefined && entries.some((e) => e.depth === 0 && ['clusters', 'users', 'contexts', 'current-context'].includes(e.key))) {
    return 'kubeconfig';
  }
  return 'other';
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

function nodeRange(node: unknown): [number, number] | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

function collectEntries(node: unknown, parentPath: string, depth: number, itemStart: number, out: YamlEntry[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair);
      const keyRange = nodeRange(pair.key);
      if (key === undefined || !keyRange) continue;
      const path = parentPath ? `${parentPath}.${key}` : key;
      const valueNode = (pair.value ?? null) as Node | null;
      const valueRange = nodeRange(valueNode) ?? [keyRange[1] + 1, keyRange[1] + 1];
      out.push({
        path,
        key,
        keyStart: keyRange[0],
        keyEnd: keyRange[1],
        valueStart: valueRange[0],
        valueEnd: valueRange[1],
        value: decode(valueNode),
        valueNode,
        parentPath,
        depth,
        itemStart,
      });
      collectEntries(valueNode, path, depth + 1, itemStart, out);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) collectEntries(item, `${parentPath}[]`, depth + 1, nodeRange(item)?.[0] ?? itemStart, out);
  }
}

function decode(node: Node | null): unknown {
  if (node === null) return null;
  try {
    return (node as { toJSON(): unknown }).toJSON();
  } catch {
    return undefined;
  }
}
