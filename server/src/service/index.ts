/** The pure language service: parse, model, rules, findings and fixes. Nothing here knows LSP. */
export { createLanguageService, DEFAULT_SETTINGS } from './language-service.js';
export type { LanguageService, ServiceSettings, FileAnalysis } from './language-service.js';
export type { Finding, Fix, FixCommand, Severity, RelatedInfo } from './findings/finding.js';
export { findingKey } from './findings/finding.js';
export type { HoverResult } from './features/hover.js';
export type { Workspace, FileStat } from './workspace/workspace.js';
export { MemoryWorkspace } from './workspace/workspace.js';
export type { Span, TextEdit } from './text/span.js';
export { LineIndex, type Position } from './text/line-index.js';
export { RULES, ruleById, ruleDocsUrl } from './rules/registry.js';
export type { Rule } from './rules/rule.js';
export { uriToPath, pathToUri, displayName } from './workspace/uri.js';
export { detectFileKind } from './parse/file-kind.js';
export type { CompletionEntry, CompletionKind } from './features/completion.js';
export type { OutlineSymbol, SymbolKind } from './features/symbols.js';
export type { DefinitionTarget } from './features/definition.js';
