/**
 * The pictures attached to one compose box. Each is decoded straight to the working size (on the browser's
 * decoder threads; here only a 512-pixel copy is drawn and read back) and its facts — people in it, the school's
 * logo — come back from the service worker. The rules decide what that means, with the text and the account.
 */
import { decodeForMatch } from '../../images/decode';
import { grayscale } from '../../images/planes';
import type { ImageReply } from '../../protocol';
import { t } from '../browser';
import type { DraftPicture } from './draft';
import type { Shown } from './shown';

/** Asks the service worker what a picture shows (its grey and colour pixels, base64). */
export type PictureCheck = (
  name: string,
  pixels: { width: number; height: number; luma: string; rgb: string },
) => Promise<ImageReply | undefined>;

interface Picture extends DraftPicture {
  /** A preview of the member's own file, for cards and the pause. */
  url: string;
}

/** Files larger than this (far beyond any phone photo) are not read; the rules note it. */
const MAX_PICTURE_BYTES = 30_000_000;

function base64(bytes: Uint8Array | Uint8ClampedArray): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64url(bytes: ArrayBuffer): string {
  return base64(new Uint8Array(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Packed RGB from RGBA, for the people detector. */
function rgbOf(rgba: Uint8ClampedArray): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return rgb;
}

export class Attachments {
  private pictures: Picture[] = [];
  /** Pictures being read, until their check is back: the pause waits for them. */
  private readonly reading = new Set<Promise<void>>();

  /** `read` is told when a picture's facts are known (the draft should be checked again). */
  constructor(private readonly read: () => Promise<void>) {}

  async add(file: File, check: PictureCheck): Promise<void> {
    const reading = this.readPicture(file, check);
    this.reading.add(reading);
    try {
      await reading;
    } finally {
      this.reading.delete(reading);
    }
  }

  private async readPicture(file: File, check: PictureCheck): Promise<void> {
    const picture: Picture = {
      name: file.name || 'picture',
      url: URL.createObjectURL(file),
      digest: '',
      people: 0,
    };
    this.pictures.push(picture);
    try {
      if (file.size > MAX_PICTURE_BYTES) throw new Error('too large');
      picture.digest = base64url(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
      const { image } = await decodeForMatch(file);
      const grey = grayscale(image);
      if (!grey) throw new Error('no pixels');
      const reply = await check(picture.name, {
        width: grey.width,
        height: grey.height,
        luma: base64(grey.data),
        rgb: base64(rgbOf(image.data)),
      });
      if (reply?.logo) picture.logo = 'found';
      picture.people = reply?.people ?? 0;
    } catch {
      // Corrupt, unsupported or huge: the rules decide what to say (a note), never an exception here.
      picture.logo = 'unreadable';
    }
    if (!this.pictures.includes(picture)) return; // posted meanwhile
    await this.read();
  }

  /** Pictures still being read. */
  get pending(): boolean {
    return this.reading.size > 0;
  }

  /** Resolves once every picture has been read. */
  async settled(): Promise<void> {
    while (this.reading.size > 0) await Promise.all(this.reading);
  }

  get size(): number {
    return this.pictures.length;
  }

  get withPeople(): number {
    return this.pictures.filter((p) => p.people > 0).length;
  }

  /** The pictures as the draft carries them. */
  forDraft(): DraftPicture[] {
    return this.pictures.map(({ name, digest, people, logo }) => ({
      name,
      digest,
      people,
      ...(logo ? { logo } : {}),
    }));
  }

  /** How a finding about picture `index` is shown: the picture's name and its preview. */
  shown(index: number | undefined): Pick<Shown, 'excerpt' | 'thumbnail'> | undefined {
    const picture = index === undefined ? undefined : this.pictures[index];
    return picture && { excerpt: `${t('picture_label')}: ${picture.name}`, thumbnail: picture.url };
  }

  clear(): void {
    for (const picture of this.pictures) URL.revokeObjectURL(picture.url);
    this.pictures = [];
  }
}
