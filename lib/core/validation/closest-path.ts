/**
 * "Did you mean": the known field path closest to a mistyped one, so a typo in a path
 * (`companyInfo.webiste`) points at the field the user meant instead of only saying it is unknown.
 */

/** Edit distance (insertions, deletions, substitutions), compared case-insensitively: `webSite` is one typo from `website`, not none. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * How far a path may be from a known one and still be a typo of it: a few characters, never a
 * third of the path (`a.b` is not a typo of `x.y`). A case-only difference counts as one edit.
 */
function closeEnough(path: string, distance: number): boolean {
  return distance <= Math.min(3, Math.floor(path.length / 3));
}

/** The known path the given one is most likely a typo of, or undefined when none is close enough. */
export function closestPath(path: string, knownPaths: readonly string[]): string | undefined {
  let best: { path: string; distance: number } | undefined;
  for (const known of knownPaths) {
    const distance = known === path ? 0 : Math.max(1, editDistance(path, known));
    if (distance > 0 && (!best || distance < best.distance)) best = { path: known, distance };
  }
  return best && closeEnough(path, best.distance) ? best.path : undefined;
}
