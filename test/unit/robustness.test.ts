import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, MemoryWorkspace } from '../../server/src/service/index.js';

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['[Service]', '\n', 'ExecStart=', '/usr/bin/kubelet', ' --anonymous-auth', '=', 'true', ' \\', '\\\n', '"', "'", '$', '${', '}', 'X', '#', ';', ' --config=/c.yaml', '\t', '\r\n', '\u0000', 'EnvironmentFile=-/e', 'Environment="A=', ':', '- ', '{', '[', 'kind: KubeletConfiguration\n', 'apiVersion: kubelet.config.k8s.io/v1beta1\n', '  ', 'readOnlyPort: ', '10255', '&a ', '*a', '!!binary ', '\u00ff', '\ud800'];

test('random fragments of every kind of file never make the service throw', () => {
  const next = random(42);
  const names = ['kubelet.service', 'kubelet.service.d/10.conf', 'etc/default/kubelet', 'c.yaml', '.kube/config'];
  for (let round = 0; round < 300; round++) {
    const files: Record<string, string> = {};
    for (const name of names) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      files[`file:///ws/${name}`] = text;
    }
    const workspace = new MemoryWorkspace(files);
    const errors: unknown[] = [];
    const service = createLanguageService(workspace, undefined, (error) => errors.push(error));
    for (const uri of Object.keys(files)) {
      service.analyse(uri);
      const text = files[uri] ?? '';
      for (let offset = 0; offset <= text.length; offset += 7) service.hover(uri, offset);
      service.fixes(uri, 0, text.length);
    }
    assert.deepEqual(errors, [], `round ${round}: ${JSON.stringify(files)}`);
  }
});
