/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed hash made for short inputs. The roster travels and is kept
 * as keyed hashes of the name forms the matcher needs, never as names; checking a post hashes its words with the
 * same key. Synchronous, so that `check` stays synchronous (WebCrypto's HMAC is not), and small.
 *
 * 64-bit arithmetic on pairs of 32-bit halves. The input is a string's UTF-16 code units, two bytes each, little
 * end first; the result is the low 48 bits, as a number (exact in a double, and enough: two of 50,000 name forms
 * share a hash with odds of about one in a quarter of a million).
 */

export interface SipKey {
  k0h: number;
  k0l: number;
  k1h: number;
  k1l: number;
}

/** A key from 16 bytes. */
export function sipKey(bytes: Uint8Array): SipKey {
  if (bytes.length !== 16) throw new RangeError('a SipHash key is 16 bytes');
  const word = (at: number) =>
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
  return { k0l: word(0), k0h: word(4), k1l: word(8), k1h: word(12) };
}

// The state, as module variables: hashing never re-enters itself, and locals would be re-allocated per call.
let v0h = 0;
let v0l = 0;
let v1h = 0;
let v1l = 0;
let v2h = 0;
let v2l = 0;
let v3h = 0;
let v3l = 0;

/** One SipRound on the state. */
function round(): void {
  // v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
  let lo = (v0l + v1l) >>> 0;
  v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  let h = v1h;
  let l = v1l;
  v1h = ((h << 13) | (l >>> 19)) >>> 0;
  v1l = ((l << 13) | (h >>> 19)) >>> 0;
  v1h = (v1h ^ v0h) >>> 0;
  v1l = (v1l ^ v0l) >>> 0;
  h = v0h;
  v0h = v0l;
  v0l = h;
  // v2 += v3; v3 = rotl(v3, 16); v3 ^= v2
  lo = (v2l + v3l) >>> 0;
  v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  h = v3h;
  l = v3l;
  v3h = ((h << 16) | (l >>> 16)) >>> 0;
  v3l = ((l << 16) | (h >>> 16)) >>> 0;
  v3h = (v3h ^ v2h) >>> 0;
  v3l = (v3l ^ v2l) >>> 0;
  // v0 += v3; v3 = rotl(v3, 21); v3 ^= v0
  lo = (v0l + v3l) >>> 0;
  v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  h = v3h;
  l = v3l;
  v3h = ((h << 21) | (l >>> 11)) >>> 0;
  v3l = ((l << 21) | (h >>> 11)) >>> 0;
  v3h = (v3h ^ v0h) >>> 0;
  v3l = (v3l ^ v0l) >>> 0;
  // v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
  lo = (v2l + v1l) >>> 0;
  v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  h = v1h;
  l = v1l;
  v1h = ((h << 17) | (l >>> 15)) >>> 0;
  v1l = ((l << 17) | (h >>> 15)) >>> 0;
  v1h = (v1h ^ v2h) >>> 0;
  v1l = (v1l ^ v2l) >>> 0;
  h = v2h;
  v2h = v2l;
  v2l = h;
}

function compress(mh: number, ml: number): void {
  v3h = (v3h ^ mh) >>> 0;
  v3l = (v3l ^ ml) >>> 0;
  round();
  round();
  v0h = (v0h ^ mh) >>> 0;
  v0l = (v0l ^ ml) >>> 0;
}

/** SipHash-2-4 of bytes; the full 64 bits as [high, low]. */
export function sipHashBytes(key: SipKey, bytes: Uint8Array, length = bytes.length): [number, number] {
  v0h = (key.k0h ^ 0x736f6d65) >>> 0;
  v0l = (key.k0l ^ 0x70736575) >>> 0;
  v1h = (key.k1h ^ 0x646f7261) >>> 0;
  v1l = (key.k1l ^ 0x6e646f6d) >>> 0;
  v2h = (key.k0h ^ 0x6c796765) >>> 0;
  v2l = (key.k0l ^ 0x6e657261) >>> 0;
  v3h = (key.k1h ^ 0x74656462) >>> 0;
  v3l = (key.k1l ^ 0x79746573) >>> 0;
  const whole = length - (length % 8);
  for (let i = 0; i < whole; i += 8) {
    const ml = (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0;
    const mh = (bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24)) >>> 0;
    compress(mh, ml);
  }
  // The last block: the remaining bytes, and the length's low byte at the top.
  let ml = 0;
  let mh = ((length & 0xff) << 24) >>> 0;
  for (let i = whole; i < length; i++) {
    const shift = (i - whole) * 8;
    if (shift < 32) ml = (ml | (bytes[i]! << shift)) >>> 0;
    else mh = (mh | (bytes[i]! << (shift - 32))) >>> 0;
  }
  compress(mh, ml);
  v2l = (v2l ^ 0xff) >>> 0;
  round();
  round();
  round();
  round();
  return [(v0h ^ v1h ^ v2h ^ v3h) >>> 0, (v0l ^ v1l ^ v2l ^ v3l) >>> 0];
}

let buffer = new Uint8Array(64);

/** The keyed 48-bit hash of a string (its UTF-16 code units), as a number. */
export function sipHash48(key: SipKey, text: string): number {
  const length = text.length * 2;
  if (buffer.length < length) buffer = new Uint8Array(length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    buffer[i * 2] = c & 0xff;
    buffer[i * 2 + 1] = c >>> 8;
  }
  const [h, l] = sipHashBytes(key, buffer, length);
  return (h & 0xffff) * 0x100000000 + l;
}
