/**
 * Pictures staff attach to a post: through the site's file input (capture-phase `change`), or pasted or dropped
 * into the compose box. We only look: the site receives the picture exactly as it would without us.
 */
import type { Composer, PictureCheck } from './composer';
import type { ShadowEars } from './shadow';

const IMAGE_NAME = /\.(jpe?g|png|webp|gif|bmp|avif|heic|heif)$/i;

function pictures(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type.startsWith('image/') || IMAGE_NAME.test(file.name));
}

export function watchPictures(
  ears: ShadowEars,
  composerFor: (target: Element) => Composer | undefined,
  check: PictureCheck,
): void {
  const take = (target: EventTarget | undefined, files: FileList | null | undefined) => {
    const found = pictures(files);
    if (found.length === 0 || !(target instanceof Element)) return;
    const composer = composerFor(target);
    for (const file of found) void composer?.addPicture(file, check);
  };
  // These stay inside a shadow root (LinkedIn's share box) when not composed: heard on every root the member
  // works in, as well as on the document.
  ears.on('change', (event) => {
    const input = event.composedPath()[0];
    if (input instanceof HTMLInputElement && input.type === 'file') take(input, input.files);
  });
  ears.on('paste', (event) => take(event.composedPath()[0], (event as ClipboardEvent).clipboardData?.files));
  ears.on('drop', (event) => take(event.composedPath()[0], (event as DragEvent).dataTransfer?.files));
}
