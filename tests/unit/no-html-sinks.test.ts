/**
 * The "lint rule": no page text, dossier text or import ever reaches the DOM as HTML.
 * Every shipped source file under src/ and entrypoints/ is parsed with the TypeScript
 * compiler and must not contain an HTML sink: assignments to innerHTML / outerHTML,
 * insertAdjacentHTML, document.write(ln), createContextualFragment, DOMParser,
 * setHTMLUnsafe / parseHTMLUnsafe, srcdoc (property, attribute or JSX), Preact's
 * dangerouslySetInnerHTML, and string-to-code sinks (eval, new Function, string timers).
 * Test files (never shipped) are exempt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SHIPPED_DIRS = ['src', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !/\.(test|fuzz\.test)\.tsx?$/.test(entry.name))
      out.push(path);
  }
  return out;
}

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_CALLS = new Set([
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
  'write',
  'writeln',
]);
const HTML_CONSTRUCTORS = new Set(['DOMParser', 'Function']);

/** Every HTML (or code) sink in one file's text, as `line: what`. */
function findSinks(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${line + 1}: ${what}`);
  };
  const nameOf = (node: ts.Expression): string | undefined => {
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
      return node.argumentExpression.text;
    if (ts.isIdentifier(node)) return node.text;
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    // x.innerHTML = …, x['outerHTML'] += …, iframe.srcdoc = …
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      const name = nameOf(node.left);
      if (name && HTML_PROPERTIES.has(name)) report(node, `assignment to ${name}`);
    }
    // Object.assign(el, { innerHTML }) and friends: the property name in any object literal.
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isIdentifier(node.name) &&
      HTML_PROPERTIES.has(node.name.text)
    ) {
      report(node, `object property ${node.name.text}`);
    }
    if (ts.isCallExpression(node)) {
      const name = nameOf(node.expression);
      if (name && HTML_CALLS.has(name)) {
        // `write` only as document.write / doc.write (a stream's write is fine).
        const target = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression.getText(source) : '';
        if (
          (name !== 'write' && name !== 'writeln') ||
          /(^|\.)(document|doc|ownerDocument|contentDocument)$/i.test(target)
        )
          report(node, `call to ${name}`);
      }
      if (name === 'eval') report(node, 'eval');
      if (
        (name === 'setTimeout' || name === 'setInterval') &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      )
        report(node, `${name} with a string`);
      if (
        name === 'setAttribute' &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0]) &&
        /^(srcdoc|on\w+)$/i.test(node.arguments[0].text)
      ) {
        report(node, `setAttribute(${node.arguments[0].text})`);
      }
    }
    if (ts.isNewExpression(node)) {
      const name = nameOf(node.expression);
      if (name && HTML_CONSTRUCTORS.has(name)) report(node, `new ${name}`);
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (name === 'dangerouslySetInnerHTML' || name === 'srcdoc' || name === 'srcDoc') report(node, `JSX ${name}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no HTML sinks in shipped code', () => {
  const files = SHIPPED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('finds the shipped sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no innerHTML-style sink in src/ or entrypoints/', () => {
    const offenders = files.flatMap((file) =>
      findSinks(file, readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catches each kind of sink (the rule itself is tested)', () => {
    const bad = `
      el.innerHTML = text;
      el['outerHTML'] += text;
      frame.srcdoc = page;
      el.insertAdjacentHTML('beforeend', text);
      document.write(text);
      range.createContextualFragment(text);
      new DOMParser().parseFromString(text, 'text/html');
      el.setHTMLUnsafe(text);
      Object.assign(el, { innerHTML: text });
      eval(text);
      new Function(text);
      setTimeout('alert(1)', 1);
      el.setAttribute('onclick', text);
      const x = <div dangerouslySetInnerHTML={{ __html: text }} />;
    `;
    expect(findSinks('bad.tsx', bad)).toHaveLength(14);
    const good = `
      el.textContent = text;
      stream.write(chunk);
      el.setAttribute('title', text);
      const x = <p>{text}</p>;
    `;
    expect(findSinks('good.tsx', good)).toEqual([]);
  });
});
