/**
 * Keys of a props object that the construct does not know, each with the known name it most likely
 * meant (edit distance at most 3), for a warning such as "rdpAllowedCidr is not a prop; did you mean
 * rdpAllowedCidrs?". TypeScript catches these in object literals; JavaScript callers and props
 * spread from a wider object get no such help.
 */
export function findUnknownProps(
  props: object,
  known: readonly string[],
): Array<{ name: string; suggestion?: string }> {
  return Object.keys(props)
    .filter((name) => !known.includes(name))
    .map((name) => {
      const ranked = known
        .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
        .sort((a, b) => a.distance - b.distance);
      const best = ranked[0];
      return best && best.distance <= 3 ? { name, suggestion: best.candidate } : { name };
    });
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
