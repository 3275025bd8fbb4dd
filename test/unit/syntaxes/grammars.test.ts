import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Compiled to out/test/unit/syntaxes/: the repository root is four levels up.
const SYNTAXES = path.resolve(__dirname, '../../../../syntaxes');

interface Capture {
  readonly name?: string;
  readonly patterns?: readonly Rule[];
}
type Captures = Readonly<Record<string, Capture>>;

interface Rule {
  readonly include?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly name?: string;
  readonly contentName?: string;
  readonly captures?: Captures;
  readonly beginCaptures?: Captures;
  readonly endCaptures?: Captures;
  readonly patterns?: readonly Rule[];
}

interface Grammar {
  readonly scopeName: string;
  readonly patterns: readonly Rule[];
  readonly repository: Readonly<Record<string, Rule>>;
}

interface AutoClosingPair {
  readonly open: string;
  readonly close: string;
}

interface LanguageConfiguration {
  readonly comments: { readonly lineComment: string };
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly AutoClosingPair[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly wordPattern: string;
  readonly onEnterRules: readonly { readonly beforeText: string; readonly previousLineText?: string }[];
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(SYNTAXES, file), 'utf8')) as unknown;
const unit = readJson('kubelet-unit.tmLanguage.json') as Grammar;
const env = readJson('kubelet-env.tmLanguage.json') as Grammar;

function repo(grammar: Grammar, key: string): Rule {
  const rule = grammar.repository[key];
  assert.ok(rule, `repository entry #${key}`);
  return rule;
}

function regexOf(rule: Rule | undefined, key: 'match' | 'begin' | 'end' = 'match'): RegExp {
  const source = rule?.[key];
  assert.equal(typeof source, 'string', `rule has a ${key} regex`);
  return new RegExp(source ?? '', 'du');
}

/** Every regex in a grammar, with a path for messages. */
function collectRegexes(node: unknown, where: string, out: { where: string; source: string }[]): void {
  if (Array.isArray(node)) {
    node.forEach((child: unknown, i: number) => collectRegexes(child, `${where}[${i}]`, out));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') out.push({ where: `${where}.${key}`, source: value });
    else collectRegexes(value, `${where}.${key}`, out);
  }
}

function collectIncludes(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node as unknown[]) collectIncludes(child, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'include' && typeof value === 'string') out.add(value);
    else collectIncludes(value, out);
  }
}

// ------------------------------------------------------------------------------------------------
// A small TextMate tokenizer: begin/end and match rules, captures (with nested patterns), includes.
// Enough to check how the grammars split lines; the regexes run on JavaScript's engine, which the
// grammars are written to be compatible with (no \G, \h, \A, possessive quantifiers).

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

interface Frame {
  readonly end: RegExp | undefined;
  readonly endCaptures: Captures | undefined;
  /** Scopes of the begin and end tokens. */
  readonly scopes: readonly string[];
  /** Scopes between begin and end (adds contentName). */
  readonly contentScopes: readonly string[];
  readonly patterns: readonly Rule[];
}

const compiled = new Map<string, RegExp>();
function compile(source: string): RegExp {
  let regex = compiled.get(source);
  if (!regex) {
    regex = new RegExp(source, 'dgu');
    compiled.set(source, regex);
  }
  return regex;
}

function execAt(regex: RegExp, text: string, from: number): RegExpExecArray | null {
  regex.lastIndex = from;
  return regex.exec(text);
}

const scopeList = (name: string | undefined): string[] => (name ? name.split(/\s+/).filter((s) => s.length > 0) : []);

class Tokenizer {
  private readonly stack: Frame[];

  constructor(private readonly grammar: Grammar) {
    const scopes = [grammar.scopeName];
    this.stack = [{ end: undefined, endCaptures: undefined, scopes, contentScopes: scopes, patterns: this.resolve(grammar.patterns) }];
  }

  tokenize(text: string): Token[][] {
    return text.split('\n').map((line) => {
      const painted: string[][] = Array.from({ length: line.length }, () => []);
      this.scan(line, 0, this.stack, painted);
      return merge(line, painted);
    });
  }

  /** Flattens includes into the match/begin rules they stand for. */
  private resolve(patterns: readonly Rule[], seen: Set<Rule> = new Set<Rule>()): Rule[] {
    const out: Rule[] = [];
    for (const rule of patterns) {
      let target: Rule | undefined = rule;
      if (rule.include !== undefined) {
        target = rule.include === '$self' ? { patterns: this.grammar.patterns } : this.grammar.repository[rule.include.replace(/^#/, '')];
        assert.ok(target, `include ${rule.include} resolves`);
      }
      if (target.match !== undefined || target.begin !== undefined) out.push(target);
      else if (target.patterns && !seen.has(target)) {
        seen.add(target);
        out.push(...this.resolve(target.patterns, seen));
      }
    }
    return out;
  }

  private scan(text: string, from: number, stack: Frame[], painted: string[][]): void {
    let pos = from;
    for (let guard = 0; guard < 10_000; guard++) {
      const frame = stack[stack.length - 1];
      assert.ok(frame, 'the root frame is never popped');
      let best: { readonly rule: Rule | undefined; readonly m: RegExpExecArray } | undefined;
      if (frame.end) {
        const m = execAt(frame.end, text, pos);
        if (m) best = { rule: undefined, m };
      }
      for (const rule of frame.patterns) {
        const m = execAt(compile(rule.match ?? rule.begin ?? ''), text, pos);
        if (m && (!best || m.index < best.m.index)) best = { rule, m };
      }
      if (!best) {
        paint(painted, pos, text.length, frame.contentScopes);
        return;
      }
      const { rule, m } = best;
      paint(painted, pos, m.index, frame.contentScopes);
      const matchEnd = m.index + m[0].length;
      if (!rule) {
        this.paintCaptures(text, m, frame.scopes, frame.endCaptures, painted);
        stack.pop();
      } else if (rule.match !== undefined) {
        assert.ok(m[0].length > 0, `match rule ${rule.match} matched the empty string`);
        this.paintCaptures(text, m, [...frame.contentScopes, ...scopeList(rule.name)], rule.captures, painted);
      } else {
        const scopes = [...frame.contentScopes, ...scopeList(rule.name)];
        this.paintCaptures(text, m, scopes, rule.beginCaptures ?? rule.captures, painted);
        assert.ok(rule.end !== undefined, `begin rule ${rule.begin ?? ''} has an end`);
        stack.push({
          end: compile(rule.end),
          endCaptures: rule.endCaptures ?? rule.captures,
          scopes,
          contentScopes: [...scopes, ...scopeList(rule.contentName)],
          patterns: this.resolve(rule.patterns ?? []),
        });
      }
      pos = matchEnd;
    }
    assert.fail(`tokenizer did not advance on ${JSON.stringify(text)}`);
  }

  private paintCaptures(text: string, m: RegExpExecArray, base: readonly string[], captures: Captures | undefined, painted: string[][]): void {
    paint(painted, m.index, m.index + m[0].length, base);
    if (!captures || !m.indices) return;
    const keys = Object.keys(captures)
      .map(Number)
      .sort((a, b) => a - b);
    for (const key of keys) {
      const range = m.indices[key];
      const capture = captures[String(key)];
      if (!range || !capture || range[0] === range[1]) continue;
      const [start, end] = range;
      const extra = scopeList(capture.name);
      for (let i = start; i < end; i++) painted[i] = [...(painted[i] ?? []), ...extra];
      if (capture.patterns) {
        const scopes = painted[start] ?? [];
        const frame: Frame = { end: undefined, endCaptures: undefined, scopes, contentScopes: scopes, patterns: this.resolve(capture.patterns) };
        this.scan(text.slice(0, end), start, [frame], painted);
      }
    }
  }
}

function paint(painted: string[][], from: number, to: number, scopes: readonly string[]): void {
  for (let i = from; i < to && i < painted.length; i++) painted[i] = [...scopes];
}

function merge(line: string, painted: readonly string[][]): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (let i = 1; i <= line.length; i++) {
    if (i === line.length || (painted[i] ?? []).join(' ') !== (painted[start] ?? []).join(' ')) {
      tokens.push({ text: line.slice(start, i), scopes: painted[start] ?? [] });
      start = i;
    }
  }
  return tokens;
}

const tokenizeUnit = (text: string): Token[][] => new Tokenizer(unit).tokenize(text);
const tokenizeEnv = (text: string): Token[][] => new Tokenizer(env).tokenize(text);

/** Scopes of the token on `line` whose text is exactly `text`. */
function scopesOf(lines: readonly Token[][], line: number, text: string): readonly string[] {
  const token = lines[line]?.find((t) => t.text === text);
  assert.ok(token, `line ${line} has a token ${JSON.stringify(text)}: ${JSON.stringify(lines[line]?.map((t) => t.text))}`);
  return token.scopes;
}

/** True when a scope equals `prefix` or is a more specific scope of it (`prefix.something`). */
const has = (scopes: readonly string[], prefix: string): boolean => scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));

function assertScope(scopes: readonly string[], prefix: string, yes = true): void {
  assert.equal(has(scopes, prefix), yes, `${yes ? 'expected' : 'did not expect'} ${prefix} in ${scopes.join(' ')}`);
}

// ------------------------------------------------------------------------------------------------

test('both grammars parse, carry the scope names package.json declares, and resolve every include', () => {
  assert.equal(unit.scopeName, 'source.kubelet-unit');
  assert.equal(env.scopeName, 'source.kubelet-env');
  for (const grammar of [unit, env]) {
    assert.ok(grammar.patterns.length > 0);
    const includes = new Set<string>();
    collectIncludes(grammar, includes);
    for (const include of includes) {
      assert.match(include, /^#/, `${grammar.scopeName}: only local includes`);
      assert.ok(grammar.repository[include.slice(1)], `${grammar.scopeName}: ${include} exists`);
    }
    for (const key of Object.keys(grammar.repository)) assert.ok(includes.has(`#${key}`), `${grammar.scopeName}: #${key} is used`);
  }
});

test('every regex compiles with JavaScript (unicode mode) and uses no Oniguruma-only syntax', () => {
  for (const [file, grammar] of [['kubelet-unit', unit], ['kubelet-env', env]] as const) {
    const regexes: { where: string; source: string }[] = [];
    collectRegexes(grammar, file, regexes);
    assert.ok(regexes.length > 10);
    for (const { where, source } of regexes) {
      if (/\\G/.test(source)) continue; // \G has no JavaScript equivalent
      assert.doesNotMatch(source, /\\[hHAzZ]|[*+?}]\+|\(\?>|\(\?[imx]/, `${where}: Oniguruma-only syntax in ${source}`);
      assert.doesNotThrow(() => new RegExp(source, 'u'), `${where}: ${source}`);
    }
  }
});

test('language configurations: # comments, brackets, auto-closing and surrounding pairs', () => {
  for (const [file, bracket] of [['kubelet-unit', '['], ['kubelet-env', '{']] as const) {
    const config = readJson(`${file}.language-configuration.json`) as LanguageConfiguration;
    assert.equal(config.comments.lineComment, '#');
    assert.ok(config.brackets.some(([open]) => open === bracket), `${file}: brackets`);
    for (const quote of ['"', "'"]) {
      assert.ok(config.autoClosingPairs.some((p) => p.open === quote && p.close === quote), `${file}: auto-closes ${quote}`);
      assert.ok(config.surroundingPairs.some(([open, close]) => open === quote && close === quote), `${file}: surrounds with ${quote}`);
    }
    assert.ok(config.autoClosingPairs.some((p) => p.open === '[' && p.close === ']'), `${file}: auto-closes [`);
    const word = new RegExp(config.wordPattern, 'u');
    assert.equal(word.exec('--anonymous-auth=false')?.[0], '--anonymous-auth');
    for (const rule of config.onEnterRules) {
      assert.doesNotThrow(() => new RegExp(rule.beforeText, 'u'));
      if (rule.previousLineText !== undefined) assert.doesNotThrow(() => new RegExp(rule.previousLineText ?? '', 'u'));
    }
  }
  const unitConfig = readJson('kubelet-unit.language-configuration.json') as LanguageConfiguration;
  assert.ok(unitConfig.brackets.some(([open, close]) => open === '[' && close === ']'));
  const [indentRule] = unitConfig.onEnterRules;
  assert.match('ExecStart=/usr/bin/kubelet \\', new RegExp(indentRule?.beforeText ?? '', 'u'));
  assert.doesNotMatch('# ExecStart=/usr/bin/kubelet \\', new RegExp(indentRule?.beforeText ?? '', 'u'));
});

test('unit regexes: the flag pattern finds --name and its value; comments are anchored at the line start', () => {
  const flag = regexOf(repo(unit, 'flag'));
  const m = flag.exec('ExecStart=/usr/bin/kubelet --anonymous-auth=false');
  assert.equal(m?.[1], '--anonymous-auth');
  assert.equal(m?.[5], 'false');
  assert.equal(flag.exec('    --rotate-certificates \\')?.[1], '--rotate-certificates');
  assert.equal(flag.exec('--node-labels="a=b c" x')?.[5], '"a=b c"');
  assert.equal(flag.exec('OOMScoreAdjust=-999'), null, 'a negative number is not a flag');
  assert.equal(flag.exec('ExecStart=/usr/bin/kube--let'), null, 'a flag starts a word');

  const [hash, semicolon] = repo(unit, 'comment').patterns ?? [];
  assert.equal(regexOf(hash).exec('# x')?.[0], '# x');
  assert.equal(regexOf(hash).exec('   # indented')?.[0], '   # indented');
  assert.equal(regexOf(hash).exec('Description=a # b'), null);
  assert.equal(regexOf(semicolon).exec('; x')?.[0], '; x');
  assert.equal(regexOf(semicolon).exec('ExecStart=/bin/a ; /bin/b'), null);

  const [header] = repo(unit, 'section').patterns ?? [];
  assert.equal(regexOf(header).exec('[Service]')?.[2], 'Service');
  const continuation = regexOf(repo(unit, 'continuation'), 'begin');
  assert.equal(continuation.exec('  --v=2 \\')?.index, 8);
  assert.equal(continuation.exec('  --v=2 \\ '), null, 'whitespace after the backslash: no continuation');
  const known = regexOf(repo(unit, 'known-key'));
  assert.ok(known.test('ExecStart'));
  assert.ok(known.test('EnvironmentFile'));
  assert.ok(!known.test('ExecStartX'));
});

test('unit: comments, section headers, known and unknown keys', () => {
  const t = tokenizeUnit('# a comment\n  ; another\n[Service]\nRestart=always\nFooBar=1\nDescription=a # b');
  assertScope(scopesOf(t, 0, ' a comment'), 'comment.line.number-sign');
  assertScope(scopesOf(t, 1, ';'), 'punctuation.definition.comment');
  assertScope(scopesOf(t, 2, 'Service'), 'entity.name.section');
  assertScope(scopesOf(t, 2, '['), 'punctuation.definition.section.begin');
  assertScope(scopesOf(t, 3, 'Restart'), 'variable.other.key');
  assertScope(scopesOf(t, 3, 'Restart'), 'keyword.other.directive');
  assertScope(scopesOf(t, 3, '='), 'keyword.operator.assignment');
  assertScope(scopesOf(t, 3, 'always'), 'string.unquoted.value');
  assertScope(scopesOf(t, 4, 'FooBar'), 'variable.other.key');
  assertScope(scopesOf(t, 4, 'FooBar'), 'keyword.other.directive', false);
  const value = scopesOf(t, 5, 'a # b');
  assertScope(value, 'string.unquoted.value');
  assertScope(value, 'comment', false);
});

test('unit: ExecStart prefix, executable, flags, variables and continuation lines', () => {
  const t = tokenizeUnit(
    [
      'ExecStart=-/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS ${KUBELET_EXTRA_ARGS} --anonymous-auth=false \\',
      '    --node-labels="role=$ROLE" \\',
      '# --read-only-port=10255',
      '    --v=2 # still the value',
      'Restart=always',
    ].join('\n'),
  );
  assertScope(scopesOf(t, 0, 'ExecStart'), 'keyword.other.directive');
  assertScope(scopesOf(t, 0, '-'), 'storage.modifier.exec-prefix');
  assertScope(scopesOf(t, 0, '/usr/bin/kubelet'), 'entity.name.function.executable');
  assertScope(scopesOf(t, 0, 'KUBELET_KUBECONFIG_ARGS'), 'variable.other.env');
  assertScope(scopesOf(t, 0, '{'), 'variable.other.env');
  assertScope(scopesOf(t, 0, 'KUBELET_EXTRA_ARGS'), 'variable.other.env');
  assertScope(scopesOf(t, 0, '--'), 'punctuation.definition.parameter');
  assertScope(scopesOf(t, 0, 'anonymous-auth'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 0, 'false'), 'string.unquoted.value');
  assertScope(scopesOf(t, 0, '\\'), 'constant.character.escape.continuation');
  // Continuation line: still the ExecStart value, flags highlighted.
  assertScope(scopesOf(t, 1, 'node-labels'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 1, 'node-labels'), 'meta.directive.exec');
  assertScope(scopesOf(t, 1, 'ROLE'), 'variable.other.env');
  assertScope(scopesOf(t, 1, '"role='), 'string.quoted.double');
  // systemd skips a comment line inside a continuation and goes on after it.
  assertScope(scopesOf(t, 2, ' --read-only-port=10255'), 'comment.line.number-sign');
  assertScope(scopesOf(t, 3, 'v'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 3, 'v'), 'meta.directive.exec');
  assertScope(scopesOf(t, 3, ' # still the value'), 'comment', false);
  // The continuation ended: a new directive.
  assertScope(scopesOf(t, 4, 'Restart'), 'keyword.other.directive');
  assertScope(scopesOf(t, 4, 'Restart'), 'meta.directive.exec', false);
});

test('unit: an escaped backslash does not continue; stray flags after a missing backslash still show', () => {
  const t = tokenizeUnit('ExecStartPre=/bin/echo a\\\\\nRestart=always\nExecStart=/usr/bin/kubelet\n  --stray-flag=1');
  assertScope(scopesOf(t, 0, '\\\\'), 'constant.character.escape');
  assertScope(scopesOf(t, 0, '\\\\'), 'constant.character.escape.continuation', false);
  assertScope(scopesOf(t, 1, 'Restart'), 'keyword.other.directive');
  assertScope(scopesOf(t, 3, 'stray-flag'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 3, 'stray-flag'), 'meta.directive', false);
});

test('unit: Environment= names and flags inside quotes; no $VAR expansion outside Exec lines', () => {
  const t = tokenizeUnit(
    [
      'Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"',
      "Environment=A=$B 'C=d e'",
      'EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env',
    ].join('\n'),
  );
  assertScope(scopesOf(t, 0, 'KUBELET_KUBECONFIG_ARGS'), 'variable.other.assignment');
  assertScope(scopesOf(t, 0, 'bootstrap-kubeconfig'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 0, '/etc/kubernetes/bootstrap-kubelet.conf'), 'string.unquoted.value');
  assertScope(scopesOf(t, 0, 'kubeconfig'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 0, '"'), 'string.quoted.double');
  assertScope(scopesOf(t, 1, 'A'), 'variable.other.assignment');
  assertScope(scopesOf(t, 1, '$B '), 'variable.other.env', false);
  assertScope(scopesOf(t, 1, 'C'), 'variable.other.assignment');
  assertScope(scopesOf(t, 1, 'd e'), 'string.quoted.single');
  assertScope(scopesOf(t, 2, '-'), 'storage.modifier');
  assertScope(scopesOf(t, 2, '/var/lib/kubelet/kubeadm-flags.env'), 'string.unquoted.value');
});

test('env regexes: comments only at the line start, NAME=, flags and variables', () => {
  const [hash] = repo(env, 'comment').patterns ?? [];
  assert.ok(regexOf(hash, 'begin').test('# x'));
  assert.ok(regexOf(hash, 'begin').test('  # x'));
  assert.ok(!regexOf(hash, 'begin').test('A=1 # two'));
  const assignment = regexOf(repo(env, 'assignment'), 'begin').exec('  KUBELET_EXTRA_ARGS = --v=2');
  assert.equal(assignment?.[1], 'KUBELET_EXTRA_ARGS');
  assert.equal(regexOf(repo(env, 'assignment'), 'begin').exec('export A=1'), null);
  const flag = regexOf(repo(env, 'flag')).exec('KUBELET_EXTRA_ARGS=--read-only-port=10255');
  assert.equal(flag?.[1], '--read-only-port');
  assert.equal(flag?.[5], '10255');
  const [braced, plain] = repo(env, 'variable').patterns ?? [];
  assert.equal(regexOf(braced).exec('x ${NODE_IP} y')?.[0], '${NODE_IP}');
  assert.equal(regexOf(plain).exec('--node-ip=$NODE_IP')?.[0], '$NODE_IP');
});

test('env: assignments, quoting, continuation and comments', () => {
  const t = tokenizeEnv(
    [
      '# /var/lib/kubelet/kubeadm-flags.env',
      'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///run/containerd/containerd.sock --node-ip=$NODE_IP"',
      'KUBELET_EXTRA_ARGS=--anonymous-auth=false \\',
      '--read-only-port=0 # part of the value',
      "  B = 'literal $X'",
      'C="two',
      'lines --v=2"',
      'export D=1',
      ' ; a comment \\',
      'continued',
    ].join('\n'),
  );
  assertScope(scopesOf(t, 0, ' /var/lib/kubelet/kubeadm-flags.env'), 'comment.line.number-sign');
  assertScope(scopesOf(t, 1, 'KUBELET_KUBEADM_ARGS'), 'variable.other.assignment');
  assertScope(scopesOf(t, 1, 'container-runtime-endpoint'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 1, 'unix:///run/containerd/containerd.sock'), 'string.unquoted.value');
  assertScope(scopesOf(t, 1, 'NODE_IP'), 'variable.other.env');
  assertScope(scopesOf(t, 1, '"'), 'string.quoted.double');
  assertScope(scopesOf(t, 2, 'anonymous-auth'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 2, '\\'), 'constant.character.escape.continuation');
  assertScope(scopesOf(t, 3, 'read-only-port'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 3, 'read-only-port'), 'meta.assignment');
  assertScope(scopesOf(t, 3, ' # part of the value'), 'comment', false);
  assertScope(scopesOf(t, 4, 'B'), 'variable.other.assignment');
  assertScope(scopesOf(t, 4, 'literal $X'), 'string.quoted.single');
  assertScope(scopesOf(t, 4, 'literal $X'), 'variable.other.env', false);
  assertScope(scopesOf(t, 6, 'lines '), 'string.quoted.double');
  assertScope(scopesOf(t, 6, 'v'), 'variable.parameter.flag.kubelet');
  assertScope(scopesOf(t, 7, 'export D'), 'invalid.illegal.name');
  assertScope(scopesOf(t, 8, ';'), 'punctuation.definition.comment');
  assertScope(scopesOf(t, 9, 'continued'), 'comment.line.semicolon');
});
