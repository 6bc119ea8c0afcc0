/**
 * The document's tokens as the date rules read them: folded keys, glue
 * (no space between two tokens), and the apostrophes and hyphens that rules
 * step over (`d'ici`, `mi-octobre`). The typed arrays are held directly:
 * this is the innermost loop of the extractor.
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind, type Tokens } from '../../text/tokens.js';

const APOSTROPHE = 39;
const HYPHEN = 45;

export class Words {
  readonly doc: Doc;
  readonly tokens: Tokens;
  readonly folded: string;
  private readonly text: string;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly keys: readonly string[];

  constructor(doc: Doc) {
    this.doc = doc;
    this.tokens = doc.tokens;
    this.folded = doc.folded;
    this.text = doc.text;
    this.kinds = doc.tokens.kind;
    this.starts = doc.tokens.start;
    this.ends = doc.tokens.end;
    this.keys = doc.tokens.keys();
  }

  key(i: number): string {
    return this.keys[i] ?? '';
  }

  kind(i: number): TokenKind {
    return this.kinds[i] as TokenKind;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** The token as written (case and accents kept). */
  raw(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  /** No space between token `i - 1` and token `i`. */
  glued(i: number): boolean {
    return i > 0 && this.starts[i] === this.ends[i - 1];
  }

  isTransparent(i: number): boolean {
    if (this.kinds[i] !== TokenKind.Punct) return false;
    const c = this.folded.charCodeAt(this.starts[i]!);
    return c === APOSTROPHE || c === HYPHEN;
  }

  /** The first token at or after `i` (before `limit`) that is not an apostrophe or hyphen. */
  skipForward(i: number, limit: number): number {
    while (i < limit && this.isTransparent(i)) i++;
    return i;
  }

  /** The last token at or before `i` (from `floor`) that is not an apostrophe or hyphen; floor - 1 if none. */
  skipBackward(i: number, floor: number): number {
    while (i >= floor && this.isTransparent(i)) i--;
    return i;
  }

  /** Whether the token starts with a capital letter as written. */
  capitalized(i: number): boolean {
    const code = this.text.charCodeAt(this.starts[i]!);
    if (code < 128) return code >= 65 && code <= 90;
    const c = this.text[this.starts[i]!]!;
    return c !== c.toLowerCase();
  }
}
