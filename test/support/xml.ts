/**
 * A small, strict XML reader for checking the reports we write: elements, attributes, character data,
 * the five predefined entities and character references. It rejects what a real parser rejects in
 * that subset (unbalanced tags, a raw `<` or stray `&`, characters XML 1.0 forbids), so a test that
 * reads a report back checks its escaping, not just its text. No DTDs, comments, CDATA or namespaces:
 * our reports use none, and meeting one is an error.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own character data, entities decoded (whitespace between child elements included). */
  readonly text: string;
}

const NAME = /[A-Za-z_][\w.-]*/y;
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('character not allowed in XML 1.0');
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}`);
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(xml);
    if (!match) return fail('expected a name');
    at += match[0].length;
    return match[0];
  };
  const skipSpace = (): void => {
    while (/\s/.test(xml[at] ?? '')) at++;
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) return fail(`unterminated reference "${whole}"`);
      if (ref in ENTITIES) return ENTITIES[ref] ?? '';
      const code = /^#x[0-9a-f]+$/i.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? parseInt(ref.slice(1), 10) : fail(`unknown reference "${whole}"`);
      const char = String.fromCodePoint(code);
      if (FORBIDDEN.test(char)) fail(`reference to a forbidden character "${whole}"`);
      return char;
    });

  if (xml.startsWith('<?xml')) {
    at = xml.indexOf('?>');
    if (at < 0) fail('unterminated declaration');
    at += 2;
  }
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('expected "<"');
    at++;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [], text: '' };
      }
      if (xml[at] === '>') break;
      const attribute = name();
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      skipSpace();
      if (xml[at] !== '=') fail('expected "="');
      at++;
      skipSpace();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") return fail('expected a quoted value');
      const end = xml.indexOf(quote, at + 1);
      if (end < 0) fail('unterminated attribute value');
      const raw = xml.slice(at + 1, end);
      if (raw.includes('<')) fail('"<" in an attribute value');
      // Attribute-value normalisation: literal whitespace characters become spaces; references survive.
      attributes[attribute] = decode(raw.replace(/[\t\n\r]/g, ' '));
      at = end + 1;
    }
    at++;
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = xml.indexOf('<', at);
      if (next < 0) fail(`unclosed <${tag}>`);
      const raw = xml.slice(at, next);
      if (raw.includes('>') && raw.includes(']]>')) fail('"]]>" in character data');
      text += decode(raw);
      at = next;
      if (xml.startsWith('</', at)) {
        at += 2;
        if (name() !== tag) fail(`mismatched end tag for <${tag}>`);
        skipSpace();
        if (xml[at] !== '>') fail('expected ">"');
        at++;
        return { name: tag, attributes, children, text };
      }
      if (xml.startsWith('<!', at) || xml.startsWith('<?', at)) fail('unsupported markup');
      children.push(element());
    }
  };
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== xml.length) fail('content after the root element');
  return root;
}
