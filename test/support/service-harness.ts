import { effectiveSetting, type Origin } from '../../server/src/service/model/effective-setting.js';
import { createLanguageService, MemoryWorkspace, RULES, type Finding, type Rule, type UserSettings, type TextEdit } from '../../server/src/service/index.js';

/** A finding reduced to what tests assert: rule, severity, the exact text under the range, message. */
export interface SeenFinding {
  readonly rule: string;
  readonly severity: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Harness {
  readonly workspace: MemoryWorkspace;
  findings(uri: string): SeenFinding[];
  raw(uri: string): readonly Finding[];
  /** The effective value of a setting for the (single) node `uri` belongs to, with its origin kind. */
  effective(uri: string, key: string): { value: unknown; origin: string; overridden: string[] };
  /** Applies the first fix of the finding of `rule` in `uri` and returns the new text of every file it touched. */
  applyFix(uri: string, rule: string, index?: number): Map<string, string>;
}

export const uri = (path: string): string => `file:///ws/${path}`;

/** A language service over an in-memory workspace whose files are given by path under `/ws`. */
export function harness(files: Record<string, string>, settings: UserSettings = {}, rules: readonly Rule[] = RULES): Harness {
  const workspace = new MemoryWorkspace(Object.fromEntries(Object.entries(files).map(([path, text]) => [uri(path), text])));
  const service = createLanguageService(
    workspace,
    () => settings,
    (error) => {
      throw error;
    },
    rules,
  );
  const raw = (target: string): readonly Finding[] => service.analyse(target).findings;
  return {
    workspace,
    raw,
    effective(target, key) {
      const nodes = service.analyse(target).nodes;
      if (nodes.length !== 1) throw new Error(`${target} is in ${nodes.length} nodes`);
      const node = nodes[0];
      if (!node) throw new Error('no node');
      const setting = effectiveSetting(node, key);
      return { value: setting.value, origin: originLabel(setting.origin), overridden: setting.overridden.map(originLabel) };
    },
    findings(target) {
      const text = workspace.readFile(target) ?? '';
      return raw(target).map((f) => ({ rule: f.ruleId, severity: f.severity, text: text.slice(f.span.start, f.span.end), start: f.span.start, end: f.span.end, message: f.message }));
    },
    applyFix(target, rule, index = 0) {
      const finding = raw(target).filter((f) => f.ruleId === rule)[index];
      if (!finding) throw new Error(`no ${rule} finding in ${target}`);
      const fix = finding.fixes[0];
      if (!fix) throw new Error(`${rule} has no fix`);
      const changed = new Map<string, string>();
      for (const edit of fix.edits) changed.set(edit.uri, workspace.readFile(edit.uri) ?? '');
      for (const [file, text] of changed) {
        const edits = fix.edits.filter((e) => e.uri === file);
        const next = applyEdits(text, edits);
        changed.set(file, next);
        workspace.set(file, next);
      }
      return changed;
    },
  };
}

/** Applies non-overlapping edits to a text, last first so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/** Rules a test does not look at, to keep expectations focused. */
export function only(findings: SeenFinding[], ...rules: string[]): SeenFinding[] {
  return findings.filter((f) => rules.includes(f.rule));
}

/** `flag:--x=y`, `config:file:line`, `flag-default`, `config-default`, `unknown` for compact assertions. */
function originLabel(origin: Origin): string {
  switch (origin.kind) {
    case 'flag':
      return `flag:${origin.flag.written}${origin.flag.valueForm === 'implicit' ? '' : `=${origin.flag.value}`}`;
    case 'config': {
      const line = origin.source.file.lines.positionAt(origin.entry.keyStart).line + 1;
      return `config:${origin.source.uri.replace('file:///ws/', '')}:${line}`;
    }
    default:
      return origin.kind;
  }
}
