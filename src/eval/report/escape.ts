/**
 * HTML escaping: the documents and gold files are untrusted, so every text
 * that reaches the page passes through here (in element content and in
 * attribute values alike).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL_RE = /[&<>"']/g;
// Lone surrogates and C0 controls other than tab and line breaks: not valid in an HTML document.
const INVALID_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function esc(text: string): string {
  return text.replace(INVALID_RE, '\ufffd').replace(SPECIAL_RE, (c) => ENTITIES[c]!);
}

/** A value of any kind, shown as JSON (escaped). */
export function escJson(value: unknown): string {
  return esc(JSON.stringify(value) ?? 'null');
}
