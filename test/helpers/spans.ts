/** Every `{ start, end, text }` object inside a value, with its path, for offset checks. */
export function collectSpans(value: unknown, path = '$', out: { path: string; start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ path, start: o.start, end: o.end, text: o.text });
    }
    for (const [k, v] of Object.entries(o)) collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}
