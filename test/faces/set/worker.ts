/**
 * The face test set's dedicated worker (bundled into test-results/face-set/worker.js): the per-picture pipeline
 * in Chromium — decode to the working size (src/images/decode.ts, as the content script does), RGBA to RGB,
 * then detectFaces — timed in the worker.
 */
import { detectFaces, INPUT_SIZE } from '../../../src/faces/detector';
import type { FaceBox } from '../../../src/faces/types';
import { decodeForMatch } from '../../../src/images/decode';

export interface FaceWorkerRequest {
  id: number;
  blob: Blob;
  useImageDecoder?: boolean;
}

export interface FaceWorkerAnswer {
  id: number;
  faces: FaceBox[];
  decodeMs: number;
  detectMs: number;
  via: string;
  width: number;
  height: number;
  error?: string;
}

self.onmessage = async (event: MessageEvent<FaceWorkerRequest>) => {
  const { id, blob, useImageDecoder } = event.data;
  try {
    const t0 = performance.now();
    const { image, via } = await decodeForMatch(blob, { maxSide: INPUT_SIZE, useImageDecoder });
    const rgba = image.data;
    const rgb = new Uint8Array(image.width * image.height * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      rgb[j] = rgba[i]!;
      rgb[j + 1] = rgba[i + 1]!;
      rgb[j + 2] = rgba[i + 2]!;
    }
    const t1 = performance.now();
    const { faces } = await detectFaces({ width: image.width, height: image.height, rgb });
    const t2 = performance.now();
    const answer: FaceWorkerAnswer = {
      id,
      faces,
      decodeMs: t1 - t0,
      detectMs: t2 - t1,
      via,
      width: image.width,
      height: image.height,
    };
    self.postMessage(answer);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
