/**
 * "School logos": the school's logo, crest or badge files become fingerprints (src/images) that the image check
 * compares attached pictures with. Only the fingerprint and a small preview are kept; the school keeps its files.
 */
import { logoPrint, logoProblem } from '../images';
import { decodeForMatch } from '../images/decode';
import { t } from '../page/i18n';
import { send } from '../page/messages';
import { LogosReplySchema, SaveReplySchema } from '../protocol';
import { announce, byId, el } from './dom';

const THUMBNAIL = 96;

async function thumbnail(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file, { resizeWidth: THUMBNAIL, resizeQuality: 'medium' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export class LogosSection {
  private readonly list = byId<HTMLUListElement>('logo-list');
  private readonly input = byId<HTMLInputElement>('logo-file');
  private readonly status = byId('logo-status');

  constructor() {
    this.input.addEventListener('change', () => void this.add([...(this.input.files ?? [])]));
  }

  async render(): Promise<void> {
    const { logos } = await send({ kind: 'ui/logos/list' }, LogosReplySchema);
    this.list.replaceChildren(
      ...logos.map((logo) => {
        const remove = el('button', { type: 'button', class: 'secondary' }, t('options_logos_remove'));
        remove.setAttribute('aria-label', t('options_logos_remove_named', logo.name));
        remove.addEventListener('click', () => void this.remove(logo.id, logo.name));
        return el(
          'li',
          {},
          el('img', { src: logo.thumbnail, alt: '', width: '48', height: '48' }),
          el('span', {}, logo.name),
          remove,
        );
      }),
    );
    if (logos.length === 0) this.list.append(el('li', { class: 'hint' }, t('options_logos_none')));
  }

  private async add(files: File[]): Promise<void> {
    for (const file of files) {
      try {
        const { image } = await decodeForMatch(file);
        const problem = logoProblem(image);
        if (problem) {
          announce(this.status, t('options_logos_refused', file.name, problem), 'error');
          continue;
        }
        const reply = await send(
          {
            kind: 'ui/logos/add',
            name: file.name.slice(0, 260),
            thumbnail: await thumbnail(file),
            print: logoPrint(image),
          },
          SaveReplySchema,
        );
        if (!reply.ok)
          announce(
            this.status,
            t('options_logos_refused', file.name, reply.problems[0]?.message ?? ''),
            'error',
          );
        else announce(this.status, t('options_logos_added', file.name), 'ok');
      } catch {
        announce(this.status, t('options_logos_unreadable', file.name), 'error');
      }
    }
    this.input.value = '';
    await this.render();
  }

  private async remove(id: number, name: string): Promise<void> {
    await send({ kind: 'ui/logos/remove', id }, SaveReplySchema);
    announce(this.status, t('options_logos_removed', name), 'ok');
    await this.render();
  }
}
