/**
 * Finds every regular expression of the library's source, for the ReDoS test.
 *
 * Each `.ts` file under `src/` is parsed with the TypeScript compiler. A site is
 * a regex literal, a `RegExp(...)` construction, or a `.match`/`.matchAll`/
 * `.search` call given a string (which JavaScript turns into a regex). Sites
 * whose pattern folds to a constant (string literals, templates and `+` over
 * same-file constants, `OTHER_RE.source`) are read statically; the others
 * (patterns built from data) are left for the runtime capture, which records
 * what each construction site actually built. A site that neither way resolves
 * is reported, so that a new regex can never go unchecked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface RegexSource {
  source: string;
  flags: string;
}

export interface RegexSite {
  /** `src/text/fold.ts:43:17` (1-based line and column of the expression). */
  where: string;
  kind: 'literal' | 'constructor' | 'string-pattern';
  /** The patterns read statically; empty when the pattern is built at run time. */
  patterns: RegexSource[];
}

const ROOT = new URL('../../', import.meta.url).pathname;

export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:[cm]?[jt]s|tsx|jsx)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function collectSites(files = sourceFiles()): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of files) sites.push(...sitesOf(file, readFileSync(file, 'utf8')));
  return sites;
}

export function sitesOf(file: string, text: string): RegexSite[] {
  const kind = /\.[cm]?jsx?$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, kind);
  const constants = constantsOf(sf, file);
  const sites: RegexSite[] = [];
  const where = (node: ts.Node) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${relative(ROOT, file)}:${line + 1}:${character + 1}`;
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      sites.push({ where: where(node), kind: 'literal', patterns: [splitLiteral(node.getText(sf))] });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpName(node.expression)) {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern === undefined ? '(?:)' : (regexLiteralOf(pattern, constants)?.source ?? fold(pattern, constants));
      const flagText = flags === undefined ? (pattern && regexLiteralOf(pattern, constants)?.flags) ?? '' : fold(flags, constants);
      const patterns = source !== null && flagText !== null ? [{ source, flags: flagText }] : [];
      sites.push({ where: where(node), kind: 'constructor', patterns });
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const arg = node.arguments[0];
      if ((method === 'match' || method === 'matchAll' || method === 'search') && arg && isStringLike(arg)) {
        const source = fold(arg, constants);
        sites.push({ where: where(node), kind: 'string-pattern', patterns: source === null ? [] : [{ source, flags: method === 'matchAll' ? 'g' : '' }] });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return sites;
}

function isRegExpName(e: ts.Expression): boolean {
  if (ts.isIdentifier(e)) return e.text === 'RegExp';
  return ts.isPropertyAccessExpression(e) && e.name.text === 'RegExp';
}

function isStringLike(e: ts.Expression): boolean {
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e);
}

function splitLiteral(text: string): RegexSource {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** An expression with the constants of the file it is written in. */
interface Constant {
  init: ts.Expression;
  scope: Constants;
}
type Constants = Map<string, Constant>;

const fileConstants = new Map<string, Constants>();

/**
 * `const NAME = <expression>` declarations of the file, at any depth, and the
 * names it imports from the project's own modules (`import { X } from './x.js'`).
 */
function constantsOf(sf: ts.SourceFile, file: string): Constants {
  const cached = fileConstants.get(file);
  if (cached) return cached;
  const out: Constants = new Map();
  fileConstants.set(file, out);
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const d of node.declarations) if (ts.isIdentifier(d.name) && d.initializer) out.set(d.name.text, { init: d.initializer, scope: out });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.moduleSpecifier.text.startsWith('.')) continue;
    const bindings = st.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const target = resolve(dirname(file), st.moduleSpecifier.text.replace(/\.js$/, '.ts'));
    if (!target.endsWith('.ts')) continue;
    let theirs: Constants;
    try {
      theirs = constantsOf(ts.createSourceFile(target, readFileSync(target, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS), target);
    } catch {
      continue;
    }
    for (const el of bindings.elements) {
      const found = theirs.get((el.propertyName ?? el.name).text);
      if (found && !out.has(el.name.text)) out.set(el.name.text, found);
    }
  }
  return out;
}

function regexLiteralOf(e: ts.Expression, constants: Constants): RegexSource | null {
  const target = ts.isIdentifier(e) ? constants.get(e.text)?.init : e;
  if (target && target.kind === ts.SyntaxKind.RegularExpressionLiteral) return splitLiteral(target.getText());
  return null;
}

/** The string value of an expression made of literals and same-file constants, or null. */
function fold(e: ts.Expression, constants: Constants, depth = 0): string | null {
  if (depth > 20) return null;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return fold(e.expression, constants, depth + 1);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) {
    let out = e.head.text;
    for (const span of e.templateSpans) {
      const v = fold(span.expression, constants, depth + 1);
      if (v === null) return null;
      out += v + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = fold(e.left, constants, depth + 1);
    const r = fold(e.right, constants, depth + 1);
    return l === null || r === null ? null : l + r;
  }
  if (ts.isIdentifier(e)) {
    const c = constants.get(e.text);
    return c ? fold(c.init, c.scope, depth + 1) : null;
  }
  if (ts.isPropertyAccessExpression(e) && (e.name.text === 'source' || e.name.text === 'flags')) {
    const re = regexLiteralOf(e.expression, constants);
    return re ? re[e.name.text] : null;
  }
  return null;
}
