/**
 * A maximum one-to-one matching in a small bipartite graph (Kuhn's augmenting
 * paths), so that one place agreeing loosely with two gold places never takes
 * the only partner of the other.
 */
export function maximumMatching(left: number, right: number, edge: (l: number, r: number) => boolean): [number, number][] {
  const ownerOf = new Array<number>(right).fill(-1);
  const tryAssign = (l: number, seen: boolean[]): boolean => {
    for (let r = 0; r < right; r++) {
      if (seen[r] || !edge(l, r)) continue;
      seen[r] = true;
      if (ownerOf[r] === -1 || tryAssign(ownerOf[r]!, seen)) {
        ownerOf[r] = l;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < left; l++) tryAssign(l, new Array<boolean>(right).fill(false));
  const pairs: [number, number][] = [];
  ownerOf.forEach((l, r) => {
    if (l >= 0) pairs.push([l, r]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}
