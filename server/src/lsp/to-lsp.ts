import {
  CodeActionKind,
  CompletionItemKind,
  CompletionItemTag,
  DiagnosticSeverity,
  InsertTextFormat,
  SymbolKind as LspSymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type LocationLink,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionEntry, DefinitionTarget, Finding, Fix, HoverResult, OutlineSymbol, Severity, Span, SymbolKind, TextEdit } from '../service/index.js';
import { ruleDocsUrl } from '../service/index.js';

/** The one place where the service's offsets and types become LSP's positions and types. */

export const DIAGNOSTIC_SOURCE = 'kubelet-guard';

/** What a diagnostic carries for its code actions: never parsed from the message. */
export interface DiagnosticData {
  readonly ruleId: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: { start: number; end: number }): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toDiagnostic(document: TextDocument, finding: Finding, documentFor: (uri: string) => TextDocument | undefined): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId };
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
  const related = finding.related.flatMap((info) => {
    const target = documentFor(info.span.uri);
    return target ? [{ location: { uri: info.span.uri, range: toRange(target, info.span) }, message: info.message }] : [];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/**
 * A quick fix as a versioned workspace edit. Undefined when an edit targets a document that is not
 * open: a fix is only offered where the editor holds the exact text it was computed on.
 */
/** The server commands behind fixes that are not text edits (see `Fix.command`). */
export const CHMOD_COMMAND = 'kubeletGuard.chmod';
export const SHOW_DOCUMENTATION_COMMAND = 'kubeletGuard.showDocumentation';

export function toCodeAction(fix: Fix, diagnostic: Diagnostic | undefined, documentFor: (uri: string) => TextDocument | undefined, versioned: boolean): CodeAction | undefined {
  if (fix.command) {
    const command = fix.command.name === 'chmod'
      ? { title: fix.title, command: CHMOD_COMMAND, arguments: [fix.command.uri, fix.command.mode] }
      : { title: fix.title, command: SHOW_DOCUMENTATION_COMMAND, arguments: [fix.command.url] };
    const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, command };
    if (diagnostic) action.diagnostics = [diagnostic];
    return action;
  }
  const byUri = new Map<string, TextEdit[]>();
  for (const edit of fix.edits) {
    const list = byUri.get(edit.uri);
    if (list) list.push(edit);
    else byUri.set(edit.uri, [edit]);
  }
  const documentChanges: TextDocumentEdit[] = [];
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const [uri, edits] of byUri) {
    const document = documentFor(uri);
    if (!document) return undefined;
    const lspEdits = edits.map((edit) => ({ range: toRange(document, edit), newText: edit.newText }));
    documentChanges.push({ textDocument: { uri, version: document.version }, edits: lspEdits });
    changes[uri] = lspEdits;
  }
  const edit: WorkspaceEdit = versioned ? { documentChanges } : { changes };
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, edit };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  return action;
}

export function toHover(document: TextDocument, hover: HoverResult): Hover {
  return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange(document, hover.span as Span) };
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  flag: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Field,
  name: CompletionItemKind.Reference,
};

export function toCompletionItem(document: TextDocument, entry: CompletionEntry, snippets: boolean): CompletionItem {
  const text = snippets || !entry.snippet ? entry.insertText : entry.insertText.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '');
  const item: CompletionItem = {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    sortText: entry.sortText,
    filterText: entry.label,
    textEdit: { range: toRange(document, { start: entry.replaceStart, end: entry.replaceEnd }), newText: text },
    insertTextFormat: entry.snippet && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (entry.deprecated) item.tags = [CompletionItemTag.Deprecated];
  return item;
}

const SYMBOL_KIND: Record<SymbolKind, LspSymbolKind> = {
  section: LspSymbolKind.Namespace,
  directive: LspSymbolKind.Property,
  flag: LspSymbolKind.Field,
  variable: LspSymbolKind.Variable,
  key: LspSymbolKind.Key,
  list: LspSymbolKind.Object,
};

export function toDocumentSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  const range = toRange(document, symbol);
  const selection = toRange(document, { start: symbol.selectionStart, end: symbol.selectionEnd });
  const result: DocumentSymbol = { name: symbol.name || '(empty)', kind: SYMBOL_KIND[symbol.kind], range, selectionRange: selection, children: symbol.children.map((child) => toDocumentSymbol(document, child)) };
  if (symbol.detail) result.detail = symbol.detail;
  return result;
}

export function toLocationLink(origin: TextDocument, target: DefinitionTarget, targetDocument: TextDocument | undefined): LocationLink {
  const start = targetDocument ? targetDocument.positionAt(target.start) : { line: 0, character: 0 };
  const end = targetDocument ? targetDocument.positionAt(target.end) : start;
  return { originSelectionRange: toRange(origin, target.origin), targetUri: target.uri, targetRange: { start, end }, targetSelectionRange: { start, end } };
}
