/**
 * In-page side of make-pictures.ts: draws the pictures the browser tests attach to compose boxes, with the same
 * crest and scene code as the generated test set.
 */
import { crestFile, schoolLogoFile } from './cases';
import { drawCrest, otherCrest, SCHOOL_CREST } from './crest';
import { random } from './random';
import { drawBackground, drawObjects, finishPhoto } from './scene';

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function make(): Promise<Record<string, string>> {
  const rng = random(11);
  // A photo of a display board: the crest at about a third of the picture's width.
  const photo = new OffscreenCanvas(1600, 1200);
  const ctx = photo.getContext('2d')!;
  drawBackground(ctx, rng, 1600, 1200);
  drawObjects(ctx, rng, 1600, 1200, 5);
  drawCrest(ctx, SCHOOL_CREST, 600, 300, 520);
  finishPhoto(ctx, rng, 1600, 1200);
  return {
    'school-logo.png': await base64(await schoolLogoFile()),
    'board-with-crest.jpg': await base64(await photo.convertToBlob({ type: 'image/jpeg', quality: 0.8 })),
    'other-crest.png': await base64(
      await crestFile(otherCrest(random(5), true)).convertToBlob({ type: 'image/png' }),
    ),
  };
}

(globalThis as { makePictures?: typeof make }).makePictures = make;
