/**
 * The in-page side of the wild test set (wild.ts): each school's logo is uploaded as the options page would
 * (its PNG decoded, then fingerprinted) and its prints handed to the worker; every case of a part is drawn and
 * encoded here and matched in the worker against its school's prints, three pictures in flight.
 */
import { decodeForMatch } from '../../../src/images/decode';
import { DEFAULT_THRESHOLD } from '../../../src/images/find';
import { logoPrint } from '../../../src/images/print';
import { imageInfo } from '../../../src/images/size';
import { ask, base64 } from './channel';
import { type Part, schoolsOf } from './schools';
import { type Box, buildWildCases, type Group, PHOTOS, uploadedLogo } from './wild';

export interface WildResult {
  id: string;
  group: Group;
  transform: string;
  school: string;
  expected: boolean;
  note: string;
  match: boolean;
  score: number;
  box?: Box;
  /** The logo's true box, in the decoded picture's pixels. */
  truth?: Box;
  width: number;
  height: number;
  bytes: number;
  makeMs: number;
  decodeMs: number;
  findMs: number;
  /** The decoded picture's luminance, base64, when asked to dump. */
  gray?: string;
}

export interface WildRun {
  part: Part;
  threshold: number;
  results: WildResult[];
  /** Per school: the print's size as JSON and the time to make it; the decoded logo (RGBA, base64) when dumping. */
  schools: Array<{
    id: string;
    printJson: number;
    printMs: number;
    logo?: { width: number; height: number; rgba: string };
  }>;
  totalMs: number;
}

const photos = new Map<string, ImageBitmap>();

/** Takes the real photos (JPEG, base64) by name. */
async function initWild(files: Array<{ name: string; data: string }>): Promise<void> {
  for (const { name, data } of files) {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    photos.set(name, await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' })));
  }
}

async function evaluateWild(options: {
  part: Part;
  threshold?: number;
  dump?: boolean;
  /** Only cases whose group or transform is one of these. */
  only?: string[];
}): Promise<WildRun> {
  const started = performance.now();
  const schools: WildRun['schools'] = [];
  for (const school of schoolsOf(options.part)) {
    const { image } = await decodeForMatch(await uploadedLogo(school));
    const t0 = performance.now();
    const print = logoPrint(image);
    const printMs = performance.now() - t0;
    await ask({ type: 'prints', school: school.id, prints: [print] });
    schools.push({
      id: school.id,
      printJson: JSON.stringify(print).length,
      printMs,
      logo: options.dump
        ? { width: image.width, height: image.height, rgba: base64(new Uint8Array(image.data.buffer)) }
        : undefined,
    });
  }
  const own = PHOTOS[options.part].map((name) => photos.get(name));
  if (own.some((p) => !p)) throw new Error(`initWild first, with ${PHOTOS[options.part].join(', ')}`);
  const results: Array<Promise<WildResult>> = [];
  const inFlight = new Set<Promise<unknown>>();
  for (const c of buildWildCases(options.part, own as ImageBitmap[])) {
    if (options.only && !options.only.includes(c.group) && !options.only.includes(c.transform)) continue;
    while (inFlight.size >= 3) await Promise.race(inFlight);
    const t0 = performance.now();
    const blob = await c.make();
    const makeMs = performance.now() - t0;
    const answer = ask({
      type: 'find',
      blob,
      school: c.school,
      threshold: options.threshold,
      dump: options.dump,
    });
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    const truth = c.truth;
    const header = imageInfo(new Uint8Array(await blob.slice(0, 65536).arrayBuffer()));
    results.push(
      answer.then((a) => {
        if (a.error) throw new Error(`${c.id}: ${a.error}`);
        const k = header ? a.width / (header.orientation >= 5 ? header.height : header.width) : 1;
        return {
          id: c.id,
          group: c.group,
          transform: c.transform,
          school: c.school,
          expected: c.expected,
          note: c.note,
          match: a.match,
          score: a.score,
          box: a.box,
          truth: truth && {
            x: truth.x * k,
            y: truth.y * k,
            width: truth.width * k,
            height: truth.height * k,
          },
          width: a.width,
          height: a.height,
          bytes: blob.size,
          makeMs,
          decodeMs: a.decodeMs,
          findMs: a.findMs,
          gray: a.gray ? base64(a.gray) : undefined,
        };
      }),
    );
  }
  return {
    part: options.part,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    results: await Promise.all(results),
    schools,
    totalMs: performance.now() - started,
  };
}

/** One case's picture as encoded (base64) and its type, to look at. */
async function wildPicture(
  part: Part,
  id: string,
  preview = false,
): Promise<{ type: string; data: string; note: string }> {
  const own = PHOTOS[part].map((name) => photos.get(name)!);
  const c = buildWildCases(part, own).find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  const blob = await c.make();
  if (preview) {
    // A PNG at most 800 pixels wide, to look at with tools that read only PNG.
    const bitmap = await createImageBitmap(blob);
    const k = Math.min(1, 800 / bitmap.width);
    const canvas = new OffscreenCanvas(Math.round(bitmap.width * k), Math.round(bitmap.height * k));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    return { type: png.type, data: base64(new Uint8Array(await png.arrayBuffer())), note: c.note };
  }
  return { type: blob.type, data: base64(new Uint8Array(await blob.arrayBuffer())), note: c.note };
}

export { evaluateWild, initWild, wildPicture };
