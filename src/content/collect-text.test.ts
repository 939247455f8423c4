import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, locateOffset } from './collect-text';

function blocksOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return collectBlocks(document.body).map((block) => block.text);
}

describe('collectBlocks', () => {
  it('joins text across inline elements into one block', () => {
    expect(blocksOf('<p>Machthaber Kim <a href="#">Jong-un</a> sagte</p>')).toEqual(['Machthaber Kim Jong-un sagte']);
  });

  it('keeps block elements apart', () => {
    expect(blocksOf('<h1>Kursk</h1><p>Pjöngjang</p><ul><li>KCNA</li></ul>')).toEqual(['Kursk', 'Pjöngjang', 'KCNA']);
  });

  it('skips scripts, styles, form fields, editable and hidden regions', () => {
    const texts = blocksOf(`
      <p>sichtbar</p>
      <script>var Kursk = 1;</script><style>.Kursk{}</style><noscript>Kursk</noscript>
      <textarea>Kursk</textarea><select><option>Kursk</option></select>
      <div contenteditable="true"><p>Kursk im Kommentar</p></div>
      <div aria-hidden="true">Kursk versteckt</div>
      <div class="cm-editor"><div>Kursk im Editor</div></div>
      <kontext-ui>Kursk in der eigenen Karte</kontext-ui>`);
    expect(texts).toEqual(['sichtbar']);
  });

  it('records where each text node starts inside its block', () => {
    const { document } = parseHTML('<html><body><p>ab<b>cd</b>ef</p></body></html>');
    const [block] = collectBlocks(document.body);
    expect(block!.starts).toEqual([0, 2, 4]);
    expect(block!.nodes.map((node) => node.data)).toEqual(['ab', 'cd', 'ef']);
  });
});

describe('locateOffset', () => {
  const starts = [0, 4, 10];
  it('finds the node holding an offset', () => {
    expect(locateOffset(starts, 0)).toEqual({ index: 0, offset: 0 });
    expect(locateOffset(starts, 5)).toEqual({ index: 1, offset: 1 });
    expect(locateOffset(starts, 12)).toEqual({ index: 2, offset: 2 });
  });
  it('puts a start on a boundary at the beginning of the next node', () => {
    expect(locateOffset(starts, 4)).toEqual({ index: 1, offset: 0 });
  });
  it('puts an end on a boundary at the end of the earlier node', () => {
    expect(locateOffset(starts, 4, true)).toEqual({ index: 0, offset: 4 });
    expect(locateOffset(starts, 10, true)).toEqual({ index: 1, offset: 6 });
  });
});
