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
