/**
 * Robustness of the content script's pure parts: deep trees do not overflow the
 * stack, text/plain documents are read, and background requests are retried while
 * the MV3 service worker restarts but not once the extension is gone.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BlockResolver, collectBlocks } from '../../src/content/collect-text';
import { ExtensionGoneError, withRetry, type RetryDeps } from '../../src/content/background-requests';

/** Deeper than any JS engine's recursion limit for a naive parent walk (Node's default ≈ 11 000 frames). */
const DEPTH = 30_000;

function deepDocument(tag: string, leaf: string) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const top = document.createElement(tag);
  let at = top;
  for (let i = 1; i < DEPTH; i++) {
    const child = document.createElement(tag);
    at.appendChild(child);
    at = child;
  }
  at.appendChild(document.createTextNode(leaf));
  document.body.appendChild(top);
  return { document, bottom: at };
}

describe('collect-text on deep trees', () => {
  it(`reads text ${DEPTH} blocks deep without recursion`, () => {
    const { document } = deepDocument('div', 'Kim Jong-un in Pjöngjang');
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Kim Jong-un in Pjöngjang']);
  });

  it(`joins text through ${DEPTH} nested inline elements into the block around them`, () => {
    const { document, bottom } = deepDocument('span', 'Jong-un');
    const p = document.createElement('p');
    p.appendChild(document.createTextNode('Kim '));
    p.appendChild(document.body.firstChild!);
    document.body.appendChild(p);
    const resolver = new BlockResolver();
    expect(resolver.blockOf(bottom)).toBe(p);
    expect(collectBlocks(document.body, resolver).map((b) => b.text)).toEqual(['Kim Jong-un']);
  });

  it(`skips a region whose skipping ancestor is ${DEPTH} levels up`, () => {
    const { document, bottom } = deepDocument('div', 'Kursk');
    document.body.firstElementChild!.setAttribute('contenteditable', 'true');
    const resolver = new BlockResolver();
    expect(resolver.isSkipped(bottom)).toBe(true);
    expect(collectBlocks(document.body, resolver)).toEqual([]);
  });
});

describe('collect-text on a text/plain document', () => {
  it('reads the one <pre> a browser shows plain text in, but still skips <pre> in HTML', () => {
    const html = '<!doctype html><html><body><pre>Kim Jong-un in Kursk</pre></body></html>';
    const { document } = parseHTML(html);
    expect(collectBlocks(document.body)).toEqual([]);
    Object.defineProperty(document, 'contentType', { value: 'text/plain' });
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Kim Jong-un in Kursk']);
  });
});

describe('background requests with retry', () => {
  const options = { attempts: 4, baseDelayMs: 100, maxDelayMs: 250 };
  function fakes(outcomes: ('ok' | 'fail' | 'gone')[]) {
    const sleeps: number[] = [];
    let alive = true;
    let calls = 0;
    const deps: RetryDeps = {
      alive: () => alive,
      sleep: async (ms) => void sleeps.push(ms),
      send: async () => {
        const outcome = outcomes[calls++] ?? 'ok';
        if (outcome === 'gone') alive = false;
        if (outcome !== 'ok') throw new Error('Could not establish connection. Receiving end does not exist.');
        return 'answer';
      },
    };
    return { deps, sleeps, calls: () => calls };
  }

  it('answers at once when the worker answers', async () => {
    const f = fakes(['ok']);
    expect(await withRetry({ type: 'getMatchIndex' }, options, f.deps)).toBe('answer');
    expect(f.sleeps).toEqual([]);
  });

  it('retries with doubling, capped pauses while the worker restarts', async () => {
    const f = fakes(['fail', 'fail', 'fail', 'ok']);
    expect(await withRetry({ type: 'getMatchIndex' }, options, f.deps)).toBe('answer');
    expect(f.sleeps).toEqual([100, 200, 250]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const f = fakes(['fail', 'fail', 'fail', 'fail', 'ok']);
    await expect(withRetry({ type: 'getMatchIndex' }, options, f.deps)).rejects.toThrow(/Receiving end/);
    expect(f.calls()).toBe(4);
  });

  it('stops at once when the extension is gone (reloaded or updated)', async () => {
    const f = fakes(['gone', 'ok']);
    await expect(withRetry({ type: 'getMatchIndex' }, options, f.deps)).rejects.toBeInstanceOf(ExtensionGoneError);
    expect(f.calls()).toBe(1);
  });
});
