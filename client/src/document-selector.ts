import type { DocumentFilter } from 'vscode-languageclient/node';

/**
 * The documents the server checks: our two languages (units and env files, files and untitled
 * buffers), and YAML and JSON, where the server itself recognises KubeletConfiguration and kubeconfig
 * content and stays silent on anything else.
 */
export const DOCUMENT_SELECTOR: DocumentFilter[] = [
  { language: 'kubelet-unit', scheme: 'file' },
  { language: 'kubelet-unit', scheme: 'untitled' },
  { language: 'kubelet-env', scheme: 'file' },
  { language: 'kubelet-env', scheme: 'untitled' },
  { language: 'yaml', scheme: 'file' },
  { language: 'yaml', scheme: 'untitled' },
  { language: 'json', scheme: 'file', pattern: '**/*kubelet*' },
];
