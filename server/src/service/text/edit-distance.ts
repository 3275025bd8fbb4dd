/** Edit distance and typo suggestions for names the user may have misspelt. */

/** Optimal string alignment distance (an adjacent swap counts as one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How far a name may be from a field and still be taken for a misspelling of it. */
function typoLimit(name: string): number {
  if (name.length <= 3) return 0;
  if (name.length <= 5) return 1;
  if (name.length <= 10) return 2;
  return 3;
}

/** The candidates closest to `name` (ignoring case) within the misspelling limit, best first. */
export function nearestNames(name: string, candidates: Iterable<string>): string[] {
  const lower = name.toLowerCase();
  const limit = typoLimit(name);
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance > limit || distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    found.push(candidate);
  }
  return found.sort();
}
