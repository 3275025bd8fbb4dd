import { nearestNames } from '../text/edit-distance.js';
import type { Rule, RuleReport } from './rule.js';
import type { Fix } from '../findings/finding.js';
import {
  allFieldNames,
  fieldHomes,
  checkableKubeletConfigs,
  mapsWithKey,
  visitKubeletConfig,
  type ConfigMappingVisit,
  type ConfigPair,
} from '../model/config-schema.js';

const CONSEQUENCE = 'The kubelet drops fields it does not know, so this setting has no effect.';

/** `at the top level`, `under "authentication"`, `in each "registerWithTaints" item`. */
function place(parent: string): string {
  if (parent === '') return 'at the top level';
  if (parent.endsWith('[]')) return `in each "${parent.slice(0, -2)}" item`;
  return `under "${parent}"`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** A rename of the key in place, keeping its quotes; none for keys reached through an alias or merge. */
function renameFix(uri: string, pair: ConfigPair, visit: ConfigMappingVisit, name: string, preferred: boolean): Fix[] {
  if (pair.via || pair.merged) return [];
  if (visit.pairs.some((other) => other.key === name)) return [];
  const quoted = pair.keyNode.type === 'QUOTE_DOUBLE' || pair.keyNode.type === 'QUOTE_SINGLE';
  if (!quoted && pair.keyNode.type !== 'PLAIN') return [];
  const start = quoted ? pair.keyStart + 1 : pair.keyStart;
  const end = quoted ? pair.keyEnd - 1 : pair.keyEnd;
  return [{ title: `Rename to "${name}"`, edits: [{ uri, start, end, newText: name }], preferred }];
}

function report(uri: string, text: string, pair: ConfigPair, visit: ConfigMappingVisit): RuleReport {
  if (visit.schema?.kind !== 'object') throw new Error('not an object');
  const schema = visit.schema;
  const name = pair.key;
  const lower = name.toLowerCase();
  const top = visit.path === '';
  const written = text.slice(pair.keyStart, pair.keyEnd);
  const readAs = pair.keyNode.type === 'PLAIN' && written !== name ? ` (read as "${name}")` : '';
  const subject = `"${pair.keyNode.type === 'PLAIN' ? written : name}"${readAs}${pair.via ? ` (brought in by ${pair.via.text})` : ''}`;
  const where = top ? 'a KubeletConfiguration field' : `a field of "${visit.path}"`;
  const span = { uri, start: pair.via?.start ?? pair.keyStart, end: pair.via?.end ?? pair.keyEnd };
  const fields = [...schema.fields.keys()].filter((field) => !(top && (field === 'apiVersion' || field === 'kind')));

  // Same level, other case: `Port` for `port`.
  const typeMeta = top ? ['apiVersion', 'kind'].find((field) => field.toLowerCase() === lower) : undefined;
  if (typeMeta) {
    return {
      span,
      message: `${subject} should be spelt "${typeMeta}": field names are case-sensitive. The kubelet still finds the type (it reads apiVersion and kind ignoring case), but then drops "${name}" as an unknown field.`,
      fixes: renameFix(uri, pair, visit, typeMeta, true),
    };
  }
  const sameLevel = fields.find((field) => field.toLowerCase() === lower);
  if (sameLevel) {
    return {
      span,
      message: `${subject} is not ${where}: field names are case-sensitive, and this one is spelt "${sameLevel}". ${CONSEQUENCE}`,
      fixes: renameFix(uri, pair, visit, sameLevel, true),
    };
  }

  // The right name at the wrong level: `anonymous` at the top, `clientCAFile` directly under `authentication`.
  const homes = fieldHomes(name, true).filter((home) => home.parent !== schema.path);
  if (homes.length > 0) {
    const spelling = new Set(homes.map((home) => home.field));
    const [only] = [...spelling];
    const spelt = spelling.size === 1 && only !== name ? ` (spelt "${only}")` : '';
    const notHere = top ? 'a top-level field' : `a field of "${visit.path}"`;
    return { span, message: `${subject} is not ${notHere}: it belongs ${orList(homes.map((home) => place(home.parent)))}${spelt}. ${CONSEQUENCE}` };
  }
  const maps = mapsWithKey(name);
  if (maps.length > 0) {
    const notHere = top ? 'a top-level field' : `a field of "${visit.path}"`;
    return { span, message: `${subject} is not ${notHere}: it is a key of the ${andList(maps.map((map) => `"${map}"`))} map${maps.length > 1 ? 's' : ''}. ${CONSEQUENCE}` };
  }

  // A misspelling of a field of this object.
  const near = nearestNames(name, fields);
  if (near.length > 0) {
    return {
      span,
      message: `${subject} is not ${where}; did you mean ${orList(near.map((field) => `"${field}"`))}? ${CONSEQUENCE}`,
      fixes: near.length === 1 && near[0] ? renameFix(uri, pair, visit, near[0], true) : [],
    };
  }

  // A misspelling of a field that lives elsewhere.
  const elsewhere = allFieldNames().filter((field) => field.parent !== schema.path && !(field.parent === '' && (field.field === 'apiVersion' || field.field === 'kind')));
  const farNear = nearestNames(name, elsewhere.map((field) => field.field));
  if (farNear.length > 0) {
    const options = elsewhere.filter((field) => farNear.includes(field.field)).map((field) => `"${field.field}" ${place(field.parent)}`);
    return { span, message: `${subject} is not ${where}; did you mean ${orList(options)}? ${CONSEQUENCE}` };
  }
  return { span, message: `${subject} is not ${where}. ${CONSEQUENCE}` };
}

/** A key the v1beta1 KubeletConfiguration does not have: strict decoding fails, lenient decoding drops it. */
export const configUnknownField: Rule = {
  id: 'config-unknown-field',
  tier: 'correctness',
  title: 'Unknown KubeletConfiguration field',
  defaultSeverity: 'warning',
  summary: 'A key that is not a KubeletConfiguration field (misspelt, in the wrong case or at the wrong level): the kubelet drops it, so the setting has no effect.',
  fixable: true,
  scope: 'file',
  check({ file }) {
    if (file.kind !== 'yaml') return [];
    const reports: RuleReport[] = [];
    for (const document of checkableKubeletConfigs(file.yaml.documents, file.text)) {
      visitKubeletConfig(document, file.text, {
        mapping(visit) {
          // Keys of map fields (featureGates, evictionHard...) are free; a mapping under an unknown key is already reported.
          if (visit.schema?.kind !== 'object') return;
          for (const pair of visit.decoded) {
            if (visit.path === '' && (pair.key === 'apiVersion' || pair.key === 'kind')) continue;
            if (visit.schema.fields.has(pair.key)) continue;
            reports.push(report(file.uri, file.text, pair, visit));
          }
        },
      });
    }
    return reports;
  },
};
