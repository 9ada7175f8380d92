/**
 * additionalFields that set one field path twice: the later value would silently replace the earlier,
 * so what a reviewer reads in the code is not what is submitted.
 */
export function duplicateFieldProblems(additionalFieldPaths: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const path of additionalFieldPaths) counts.set(path, (counts.get(path) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1)
    .map(([path, n]) => `${path}: is set ${n} times in additionalFields; set each field path once (the last value would silently win)`);
}
