/**
 * A problem found in a gold file: where (file and field path, as
 * `events[2].date.value`) and why. Errors break the guide and fail `--check`;
 * warnings are suspicious but legal.
 */
export type Severity = 'error' | 'warning';

export interface GoldIssue {
  file: string;
  path: string;
  severity: Severity;
  reason: string;
}

/** Collects issues of one file. */
export class IssueList {
  readonly items: GoldIssue[] = [];
  constructor(readonly file: string) {}

  error(path: string, reason: string): void {
    this.items.push({ file: this.file, path, severity: 'error', reason });
  }

  warn(path: string, reason: string): void {
    this.items.push({ file: this.file, path, severity: 'warning', reason });
  }
}

/** `['events', 2, 'date']` → `events[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out || '(file)';
}

export function formatIssue(i: GoldIssue): string {
  return `${i.file}: ${i.path}: ${i.severity}: ${i.reason}`;
}
