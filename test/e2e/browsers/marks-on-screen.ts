/**
 * Which words our boxes mark, read off the screen: for a driver that cannot enter the content script's world
 * (Firefox over BiDi), the boxes in our closed shadow root are only pixels. A word is marked when the breach box's
 * underline (2 px of #b42318 along the bottom of the word's line box) runs under most of it, with no red across
 * its middle (our indicator badge, solid red, may sit over the end of the text).
 */
import { decode } from 'fast-png';

export interface WordBox {
  word: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** In the page: each word of the editor's text and its first line box, in CSS pixels. */
export function wordBoxes(editor: Element): WordBox[] {
  const boxes: WordBox[] = [];
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getClientRects()[0];
      if (rect && rect.width > 0)
        boxes.push({
          word: match[0],
          left: rect.left,
          top: rect.top,
          width: rect.width,
          height: rect.height,
        });
    }
  }
  return boxes;
}

const BREACH = [0xb4, 0x23, 0x18];

/** The marked runs of words (consecutive marked words joined), sorted, from a PNG of the viewport. */
export function markedOnScreen(png: Uint8Array, viewportWidth: number, words: WordBox[]): string[] {
  const image = decode(png);
  const scale = image.width / viewportWidth;
  const channels = image.channels;
  const near = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) return false;
    const at = (y * image.width + x) * channels;
    return BREACH.every((value, i) => Math.abs(Number(image.data[at + i]) - value) < 60);
  };
  const marked = words.map((box) => {
    const bottom = Math.round((box.top + box.height) * scale);
    const middle = Math.round((box.top + box.height / 2) * scale);
    let hits = 0;
    let columns = 0;
    for (let x = Math.ceil(box.left * scale) + 1; x < Math.floor((box.left + box.width) * scale) - 1; x++) {
      // A line under the word, not something solid red over it (our indicator badge may sit on the text).
      if (near(x, middle)) continue;
      columns++;
      for (let y = bottom - 4; y <= bottom + 1; y++) {
        if (near(x, y)) {
          hits++;
          break;
        }
      }
    }
    return columns > 0 && hits / columns > 0.6;
  });
  const runs: string[] = [];
  let run: string[] = [];
  words.forEach((box, i) => {
    if (marked[i]) run.push(box.word);
    else if (run.length) {
      runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length) runs.push(run.join(' '));
  return runs.sort();
}
