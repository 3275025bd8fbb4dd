/**
 * Glob patterns as `.gitignore` users expect them, for `exclude`: `*` and `?` stay within one path
 * segment, `**` spans any number of segments, `{a,b}` is an alternative and `[abc]` a class. A pattern
 * without `/` matches a file or folder name at any depth; one with `/` is anchored at the base folder.
 * A pattern that matches a folder matches everything under it.
 */
export function globToRegExp(pattern: string): RegExp {
  let glob = pattern.trim().replace(/\\/g, '/');
  const anchored = glob.replace(/\/$/, '').includes('/');
  glob = glob.replace(/^\.\//, '').replace(/^\//, '').replace(/\/$/, '');
  let source = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
        i++;
        if (atSegmentStart && atSegmentEnd) {
          // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
          if (glob[i + 1] === '/') {
            source += '(?:[^/]*/)*';
            i++;
          } else source += '.*';
          continue;
        }
      }
      source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else if (char === '{') {
      braceDepth++;
      source += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else if (char === ',' && braceDepth > 0) source += '|';
    else source += char.replace(/[.+^$()|\\]/g, '\\$&');
  }
  source += ')'.repeat(braceDepth);
  const prefix = anchored ? '^' : '^(?:.*/)?';
  try {
    return new RegExp(`${prefix}${source}(?:/.*)?$`);
  } catch {
    // A pattern we cannot read matches nothing rather than everything.
    return /(?!)/;
  }
}

/** Whether `relativePath` (POSIX, relative to the base folder) matches any of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(relativePath));
}
