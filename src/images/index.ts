/**
 * Logo matching for the `school-branding` check on pictures. Pure TypeScript on plain arrays (no DOM, no
 * extension APIs): it runs the same in Node, a worker, an offscreen document or the service worker.
 *
 * - `logoPrint(image)`: the fingerprint of a school logo (a few kilobytes of JSON; store this, not the logo).
 * - `findLogo(image, prints)`: whether a picture shows one of the logos, where, and how sure.
 * - `imageInfo(bytes)` / `workingSize(info, WORK_SIZE)`: a file's type, size and EXIF orientation from its
 *   header, to ask the browser for a decode straight to the working size.
 * - `grayscale(image)`: the one-byte-a-pixel picture the matcher looks at (a quarter of RGBA, to send on).
 *
 * The caller decodes the picture to the working size (longest side `WORK_SIZE`, 512) off the main thread.
 * Prints of an earlier format (v1) are not matched: `isCurrentPrint` tells them apart, so the caller can make
 * a new print from what it kept of the logo.
 */
export { DEFAULT_THRESHOLD, findLogo, WORK_SIZE } from './find';
export { grayscale } from './planes';
export { isCurrentPrint, logoPrint, logoProblem } from './print';
export { type ImageInfo, type ImageType, imageInfo, workingSize } from './size';
export type { FindOptions, LogoMatch, LogoPrint, PixelImage } from './types';
