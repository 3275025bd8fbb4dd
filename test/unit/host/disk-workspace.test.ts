import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiskWorkspace } from '../../../server/src/host/disk-workspace.js';
import { pathToUri } from '../../../server/src/service/index.js';

test('disk reads follow the file even without watcher events: a change, a deletion; nothing outside the folders is read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-disk-'));
  const file = path.join(dir, 'kubelet.service');
  fs.writeFileSync(file, '[Service]\n');
  const workspace = new DiskWorkspace();
  workspace.setFolders([pathToUri(dir)]);
  const uri = pathToUri(file);
  assert.deepEqual(workspace.listFiles(), [uri]);
  assert.equal(workspace.readFile(uri), '[Service]\n');
  fs.writeFileSync(file, '[Service]\nType=simple\n');
  assert.equal(workspace.readFile(uri), '[Service]\nType=simple\n');
  fs.rmSync(file);
  assert.equal(workspace.readFile(uri), undefined);
  assert.deepEqual(workspace.listFiles(), [], 'a vanished file drops out of the next listing');
  assert.equal(workspace.readFile(pathToUri('/etc/hostname')), undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('file events: a creation or deletion (of a file, or a folder with its files) rescans; events under skipped folders or outside the workspace are ignored', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-disk-'));
  const unit = pathToUri(path.join(dir, 'kubelet.service'));
  fs.writeFileSync(path.join(dir, 'kubelet.service'), '[Service]\n');
  const workspace = new DiskWorkspace();
  workspace.setFolders([pathToUri(dir)]);
  assert.deepEqual(workspace.listFiles(), [unit]);
  // Created without an event: the listing is kept (no disk walk per keystroke) until one arrives.
  fs.mkdirSync(path.join(dir, 'etc/kubelet'), { recursive: true });
  const config = pathToUri(path.join(dir, 'etc/kubelet/config.yaml'));
  fs.writeFileSync(path.join(dir, 'etc/kubelet/config.yaml'), 'kind: KubeletConfiguration\n');
  assert.deepEqual(workspace.listFiles(), [unit]);
  // The watcher may report only the new folder: that is enough.
  assert.equal(workspace.filesChanged([{ uri: pathToUri(path.join(dir, 'etc')), kind: 'created' }]), true);
  assert.deepEqual(workspace.listFiles(), [config, unit]);
  assert.equal(workspace.readFile(config), 'kind: KubeletConfiguration\n');
  // A change of a listed file keeps the listing (the same array) and drops the read.
  const listed = workspace.listFiles();
  fs.writeFileSync(path.join(dir, 'etc/kubelet/config.yaml'), 'kind: KubeletConfiguration\nreadOnlyPort: 0\n');
  assert.equal(workspace.filesChanged([{ uri: config, kind: 'changed' }]), true);
  assert.equal(workspace.listFiles(), listed);
  assert.equal(workspace.readFile(config), 'kind: KubeletConfiguration\nreadOnlyPort: 0\n');
  // A change of a file not listed: its creation went unreported, so it is a rescan.
  const missed = pathToUri(path.join(dir, 'etc/kubelet/kubeconfig'));
  fs.writeFileSync(path.join(dir, 'etc/kubelet/kubeconfig'), 'kind: Config\n');
  assert.equal(workspace.filesChanged([{ uri: missed, kind: 'changed' }]), true);
  assert.deepEqual(workspace.listFiles(), [config, missed, unit]);
  // A deleted folder takes its files with it.
  fs.rmSync(path.join(dir, 'etc'), { recursive: true });
  assert.equal(workspace.filesChanged([{ uri: pathToUri(path.join(dir, 'etc')), kind: 'deleted' }]), true);
  assert.deepEqual(workspace.listFiles(), [unit]);
  assert.equal(workspace.readFile(config), undefined);
  // Nothing to rescan for: a build writing under out/ or node_modules/, a file elsewhere, another scheme.
  const unchanged = workspace.listFiles();
  assert.equal(workspace.filesChanged([
    { uri: pathToUri(path.join(dir, 'out/lib/config.yaml')), kind: 'created' },
    { uri: pathToUri(path.join(dir, 'node_modules/x/kubelet.service')), kind: 'deleted' },
    { uri: pathToUri(path.join(os.tmpdir(), 'elsewhere.yaml')), kind: 'created' },
    { uri: 'untitled:Untitled-1', kind: 'created' },
  ]), false);
  assert.equal(workspace.listFiles(), unchanged);
  // A file that happens to be named like a skipped folder still counts.
  assert.equal(workspace.filesChanged([{ uri: pathToUri(path.join(dir, 'out')), kind: 'created' }]), true);
  fs.rmSync(dir, { recursive: true, force: true });
});
