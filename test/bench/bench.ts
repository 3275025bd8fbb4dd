/**
 * Prints what the hot path costs, as ratios to a baseline measured in the same run (so the figures
 * compare across machines): for generated files of about 100, 1,000 and 10,000 lines of each kind, the
 * service's full analysis against a bare parse of the same text (`yaml` for YAML, a line split for
 * units and env files); then the LSP edit-to-diagnostics latency of the built server over stdio.
 * Not a test: it asserts nothing and only prints figures.
 */
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createLanguageService, MemoryWorkspace } from '../../server/src/service/index.js';
import { LspTestClient } from '../support/lsp-client.js';

type Kind = 'unit' | 'env' | 'config' | 'kubeconfig';

function generate(kind: Kind, lines: number): { name: string; text: string } {
  const out: string[] = [];
  switch (kind) {
    case 'unit':
      out.push('[Unit]', 'Description=kubelet', '[Service]', 'ExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml \\');
      for (let i = 0; out.length < lines - 2; i++) out.push(i % 2 === 0 ? `  --node-labels=pool${i}=x \\` : `  --v=${i % 9} \\`);
      out.push('  --anonymous-auth=true', 'Restart=always');
      return { name: 'kubelet.service', text: `${out.join('\n')}\n` };
    case 'env':
      for (let i = 0; out.length < lines; i++) out.push(i % 50 === 0 ? `# block ${i}` : `VAR_${i}="--node-labels=a${i}=b --read-only-port=0"`);
      return { name: 'etc/default/kubelet', text: `${out.join('\n')}\n` };
    case 'config':
      out.push('apiVersion: kubelet.config.k8s.io/v1beta1', 'kind: KubeletConfiguration', 'readOnlyPort: 10255', 'authentication:', '  anonymous:', '    enabled: true', 'featureGates:');
      for (let i = 0; out.length < lines; i++) out.push(`  Gate${i}: ${i % 2 === 0 ? 'true' : 'false'} # note ${i}`);
      return { name: 'var/lib/kubelet/config.yaml', text: `${out.join('\n')}\n` };
    case 'kubeconfig':
      out.push('apiVersion: v1', 'kind: Config', 'clusters:');
      for (let i = 0; out.length < lines; i++) out.push(`- name: c${i}`, '  cluster:', `    server: https://c${i}.example:6443`, `    insecure-skip-tls-verify: ${i % 10 === 0}`);
      return { name: '.kube/config', text: `${out.join('\n')}\n` };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function time(runs: number, work: () => void): number {
  work(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function analysisTable(): void {
  console.log('Analysis of one file, median of runs (ms), and its ratio to a bare parse of the same text');
  console.log('kind        lines   baseline   analysis   ratio   findings');
  for (const kind of ['unit', 'env', 'config', 'kubeconfig'] as Kind[]) {
    for (const lines of [100, 1000, 10000]) {
      const { name, text } = generate(kind, lines);
      const uri = `file:///bench/${name}`;
      const runs = lines >= 10000 ? 7 : 25;
      // The baseline parse uses the options the service uses, so the ratio is the service's own cost.
      const baseline = kind === 'config' || kind === 'kubeconfig'
        ? time(runs, () => void parseAllDocuments(text, { version: '1.1', uniqueKeys: false, prettyErrors: false }))
        : time(runs, () => void text.split('\n'));
      let findings = 0;
      // A new service each run: nothing is cached, as for the first keystroke in a file.
      const analysis = time(runs, () => {
        const service = createLanguageService(new MemoryWorkspace({ [uri]: text }, ['file:///bench']));
        findings = service.analyse(uri).findings.length;
      });
      const ratio = analysis / Math.max(baseline, 0.001);
      console.log(`${kind.padEnd(10)} ${String(text.split('\n').length - 1).padStart(6)} ${baseline.toFixed(3).padStart(10)} ${analysis.toFixed(3).padStart(10)} ${ratio.toFixed(1).padStart(7)}x ${String(findings).padStart(9)}`);
    }
  }
}

async function latencyTable(): Promise<void> {
  console.log('\nLSP edit-to-diagnostics latency over stdio (ms; includes the server\'s 120 ms typing debounce)');
  console.log('kind        lines   edits   median      p95   median-debounce');
  const client = new LspTestClient();
  await client.initialize('file:///bench-lsp');
  let published: ((p: PublishDiagnosticsParams) => void) | undefined;
  client.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published?.(params));
  for (const kind of ['unit', 'config'] as Kind[]) {
    for (const lines of [1000, 10000]) {
      const { name, text } = generate(kind, lines);
      const uri = `file:///bench-lsp/${lines}/${name}`;
      const languageId = kind === 'unit' ? 'kubelet-unit' : 'yaml';
      const first = new Promise<void>((resolve) => { published = (p) => { if (p.uri === uri) resolve(); }; });
      await client.open(uri, languageId, text);
      await first;
      const samples: number[] = [];
      const edits = 30;
      for (let version = 2; version < edits + 2; version++) {
        const done = new Promise<void>((resolve) => { published = (p) => { if (p.uri === uri && p.version === version) resolve(); }; });
        const start = performance.now();
        // Type one character at the end of line 2 (a comment-free line of each kind).
        await client.change(uri, version, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: version % 2 === 0 ? '#' : '' }]);
        await done;
        samples.push(performance.now() - start);
      }
      const med = median(samples);
      console.log(`${kind.padEnd(10)} ${String(lines).padStart(6)} ${String(edits).padStart(7)} ${med.toFixed(1).padStart(8)} ${percentile(samples, 0.95).toFixed(1).padStart(8)} ${(med - 120).toFixed(1).padStart(17)}`);
      await client.close(uri);
    }
  }
  await client.shutdown();
}

/** Hover and completion on the largest files, at many positions, with the analysis cached as in the editor. */
function featureTable(): void {
  console.log('\nHover and completion on the largest files, analysis cached (ms per request)');
  console.log('kind        lines   requests   hover median   hover p95   completion median   completion p95');
  for (const kind of ['unit', 'config', 'kubeconfig'] as Kind[]) {
    const { name, text } = generate(kind, 10000);
    const uri = `file:///bench/${name}`;
    const service = createLanguageService(new MemoryWorkspace({ [uri]: text }, ['file:///bench']));
    service.analyse(uri);
    const hovers: number[] = [];
    const completions: number[] = [];
    const requests = 200;
    for (let i = 0; i < requests; i++) {
      const offset = Math.floor((text.length * i) / requests) + 3;
      let start = performance.now();
      service.hover(uri, offset);
      hovers.push(performance.now() - start);
      start = performance.now();
      service.complete(uri, offset);
      completions.push(performance.now() - start);
    }
    const f = (v: number): string => v.toFixed(2);
    console.log(`${kind.padEnd(10)} ${String(text.split('\n').length - 1).padStart(6)} ${String(requests).padStart(10)} ${f(median(hovers)).padStart(14)} ${f(percentile(hovers, 0.95)).padStart(11)} ${f(median(completions)).padStart(19)} ${f(percentile(completions, 0.95)).padStart(16)}`);
  }
}

async function main(): Promise<void> {
  analysisTable();
  featureTable();
  await latencyTable();
}

void main();
