/**
 * Where the cursor sits in a YAML document, read from the text around it rather than from the parse
 * tree, so it works on half-typed YAML: the path of the mapping it is in (from the indentation of the
 * lines above), and whether it is on a key or after `key: `.
 */
export interface YamlCursor {
  /** Dotted path of the enclosing mapping (`authentication.anonymous`; list items as `[]`). */
  readonly parentPath: string;
  /** The key of the cursor's line when the cursor is after `key:`; undefined on a key position. */
  readonly valueOf: string | undefined;
  /** The partial word before the cursor, and where it starts. */
  readonly prefix: string;
  readonly prefixStart: number;
}

export function yamlCursor(text: string, offset: number): YamlCursor {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const keyValue = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(.*)$/.exec(before);
  const prefixMatch = /[^\s:"'[\]{},]*$/.exec(before);
  const prefix = prefixMatch ? prefixMatch[0] : '';
  const prefixStart = offset - prefix.length;
  const listItem = /^\s*-\s+/.exec(before);
  const leading = before.length - before.trimStart().length;
  let indent = keyValue ? (keyValue[1] ?? '').length : leading;
  const path: string[] = [];
  // On a "- " line the cursor is in a new list item: the list's key is found from the dash's column.
  if (listItem) {
    path.unshift('[]');
    indent = leading;
  }
  // After a list item's dash, the list's key may sit at the very same column (`clusters:` / `- name:`).
  let dashSeen = path[0] === '[]';
  let cursor = lineStart - 1;
  while (cursor > 0 && (indent > 0 || dashSeen)) {
    const start = text.lastIndexOf('\n', cursor - 1) + 1;
    const line = text.slice(start, cursor);
    cursor = start - 1;
    if (line.trim() === '' || line.trimStart().startsWith('#') || line.trimStart().startsWith('---')) continue;
    const match = /^(\s*)(-\s+)?([^\s:#][^:#]*?):(\s*(#.*)?)?$/.exec(line) ?? /^(\s*)(-\s+)?([^\s:#][^:#]*?):\s/.exec(line);
    const lineIndent = line.length - line.trimStart().length;
    const dash = match?.[2] ? lineIndent + (match[2]?.length ?? 0) : undefined;
    if (dash !== undefined && dash === indent && !dashSeen) {
      // A sibling key inside the same list item, on the item's first line.
      path.unshift('[]');
      indent = lineIndent;
      dashSeen = true;
      continue;
    }
    if (dashSeen ? lineIndent > indent : lineIndent >= indent) continue;
    if (dashSeen && match?.[2] && lineIndent === indent) continue;
    dashSeen = false;
    if (!match) {
      if (/^\s*-\s*$/.test(line)) {
        path.unshift('[]');
        indent = lineIndent;
        dashSeen = true;
      }
      continue;
    }
    const opensBlock = match[4] !== undefined || /:\s*(#.*)?$/.test(line);
    if (!opensBlock) break;
    path.unshift(match[3] ?? '');
    indent = lineIndent;
    if (match[2]) {
      path.unshift('[]');
      dashSeen = true;
    }
  }
  const parentPath = path.join('.').replace(/\.\[\]/g, '[]').replace(/^\[\]\./, '[]');
  return { parentPath, valueOf: keyValue ? keyValue[2]?.trim() : undefined, prefix, prefixStart };
}
