import * as fs from 'node:fs';
import * as path from 'node:path';

/** The PEM fixtures in test/fixtures/certs (see its README for how they were made). */
export const CERTS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'certs');

export const pem = (name: string): string => fs.readFileSync(path.join(CERTS, name), 'utf8');

/** The fixtures concatenated and base64-encoded, as a kubeconfig's `*-data` field holds them. */
export const embedded = (...names: string[]): string => Buffer.from(names.map(pem).join('')).toString('base64');
