import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';

/** The SARIF 2.1.0 JSON schema as published (draft-04), shipped in @microsoft/jest-sarif. */
const REPO = path.resolve(__dirname, '..', '..', '..');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));

// Ajv 8 ships no format checks; these are strict enough to catch a path written where a URI belongs.
const isUri = (value: string): boolean => /^[a-z][a-z0-9+.-]*:\S*$/i.test(value) && URL.canParse(value);
const isUriReference = (value: string): boolean => !/[\s\\]/.test(value) && URL.canParse(value, 'file:///base/');
const isDateTime = (value: string): boolean => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value);
// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-Unicode regexps accept.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, formats: { uri: isUri, 'uri-reference': isUriReference, 'date-time': isDateTime } });
export const sarifValidator = { ajv, validate: ajv.compile(SCHEMA) };

export function assertValidSarif(log: unknown): void {
  const valid = sarifValidator.validate(log);
  assert.equal(valid, true, `SARIF 2.1.0 schema: ${ajv.errorsText(sarifValidator.validate.errors, { separator: '\n' })}`);
}

