import type { YamlDocumentInfo, YamlEntry } from '../yaml/yaml-file.js';
import { goString } from './go-yaml-scalar.js';
import { decodeGoBase64, type Base64Result } from './go-base64.js';
import { analyseData, type DataAnalysis, type DataField } from './certificates.js';
import { kubeconfigView, type NamedItem } from './kubeconfig-view.js';

/** A `*-data` field holding a string, decoded and judged. */
export interface EmbeddedData {
  readonly entry: YamlEntry;
  readonly field: DataField;
  readonly item: NamedItem | undefined;
  /** The string client-go reads. */
  readonly encoded: string;
  readonly decoded: Base64Result;
  /** Undefined when the base64 does not decode (a type error, reported elsewhere). */
  readonly analysis: DataAnalysis | undefined;
}

const PATHS: ReadonlyMap<string, DataField> = new Map([
  ['clusters[].cluster.certificate-authority-data', 'certificate-authority-data'],
  ['users[].user.client-certificate-data', 'client-certificate-data'],
  ['users[].user.client-key-data', 'client-key-data'],
]);

const cache = new WeakMap<YamlDocumentInfo, readonly EmbeddedData[]>();

/** Every `certificate-authority-data`, `client-certificate-data` and `client-key-data` that counts. */
export function embeddedData(document: YamlDocumentInfo): readonly EmbeddedData[] {
  const cached = cache.get(document);
  if (cached) return cached;
  const view = kubeconfigView(document);
  const result: EmbeddedData[] = [];
  for (const entry of view.entries) {
    const field = PATHS.get(entry.path);
    if (!field) continue;
    const encoded = goString(entry.valueNode);
    if (encoded === undefined) continue;
    const decoded = decodeGoBase64(encoded);
    result.push({
      entry,
      field,
      item: view.itemOf(entry),
      encoded,
      decoded,
      analysis: decoded.ok ? analyseData(field, decoded.bytes, encoded) : undefined,
    });
  }
  cache.set(document, result);
  return result;
}

/** What a `*-data` field holds, for messages. */
export function describeDataField(field: DataField): string {
  switch (field) {
    case 'certificate-authority-data':
      return 'CA certificate';
    case 'client-certificate-data':
      return 'client certificate';
    case 'client-key-data':
      return 'client key';
  }
}
