/** A stable id from a name: folded, words joined by hyphens (`États-Unis` → `etats-unis`). */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    // Runs are single hyphens by now; `-+$` would rescan a run at each of its hyphens.
    .replace(/^-|-$/g, '');
}
