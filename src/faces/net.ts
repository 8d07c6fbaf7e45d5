/**
 * The Tiny Face Detector network of face-api.js (@vladmandic/face-api's `model/tiny_face_detector_model.*`)
 * evaluated in plain TypeScript on Float32Arrays, channels last. Same layers and arithmetic as face-api's
 * TinyYolov2Base.runMobilenet (separable convolutions, leaky ReLU 0.1, 2 × 2 max pools, a 13 × 13-style YOLO
 * grid with 5 anchors); tfjs is not used because its CPU backend took 3–4 times as long (about 820 ms at
 * 416 px, here about 200), and its browser bundle (1.3 MB, with WebGL and WebAssembly backends) does not load
 * in Node.
 *
 * The network is fully convolutional: it runs on any input whose sides are multiples of 32, one grid cell per
 * 32 pixels, so a 4:3 picture costs 4:3 of a square one less (face-api pads to a square first).
 */

/** One entry of a tfjs weights manifest (`*-weights_manifest.json`). */
export interface ManifestWeight {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; scale?: number; min?: number };
}

interface Conv {
  /** Transposed to [cout][k·k·cin] so that each output is one contiguous dot product. */
  filters: Float32Array;
  bias: Float32Array;
  cin: number;
  cout: number;
}

interface Separable {
  /** [3][3][c], as stored. */
  depthwise: Float32Array;
  /** Transposed to [cout][cin]. */
  pointwise: Float32Array;
  bias: Float32Array;
  cin: number;
  cout: number;
}

export interface TinyFaceWeights {
  conv0: Conv;
  /** conv1 … conv5. */
  layers: Separable[];
  conv8: Conv;
}

/** Cell size of the output grid in input pixels: five 2 × 2 pools. */
export const STRIDE = 32;
/** face-api's TinyFaceDetector constants (tinyFaceDetector/const.ts). */
export const MEAN_RGB = [117.001, 114.697, 97.404] as const;
export const ANCHORS: ReadonlyArray<readonly [number, number]> = [
  [1.603231, 2.094468],
  [6.041143, 7.080126],
  [2.882459, 3.518061],
  [4.266906, 5.178857],
  [9.041765, 10.66308],
];
const FILTERS = [16, 32, 64, 128, 256, 512];
const BOX = 5; // x, y, w, h, objectness per anchor

function expected(): Array<{ name: string; shape: number[] }> {
  const list = [
    { name: 'conv0/filters', shape: [3, 3, 3, 16] },
    { name: 'conv0/bias', shape: [16] },
  ];
  for (let i = 1; i <= 5; i++) {
    const cin = FILTERS[i - 1]!;
    const cout = FILTERS[i]!;
    list.push(
      { name: `conv${i}/depthwise_filter`, shape: [3, 3, cin, 1] },
      { name: `conv${i}/pointwise_filter`, shape: [1, 1, cin, cout] },
      { name: `conv${i}/bias`, shape: [cout] },
    );
  }
  list.push(
    { name: 'conv8/filters', shape: [1, 1, 512, ANCHORS.length * BOX] },
    { name: 'conv8/bias', shape: [ANCHORS.length * BOX] },
  );
  return list;
}

/** [rows][cols] → [cols][rows]. */
function transpose(m: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(m.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = m[r * cols + c]!;
  return out;
}

/**
 * Reads the weights file as described by its manifest (uint8-quantised or float32 entries, in manifest order).
 * Throws if it is not the Tiny Face Detector's layout.
 */
export function parseWeights(manifest: ManifestWeight[], bytes: Uint8Array): TinyFaceWeights {
  const want = expected();
  if (manifest.length !== want.length) throw new Error('face model: unexpected manifest');
  const tensors = new Map<string, Float32Array>();
  let offset = 0;
  manifest.forEach((entry, i) => {
    const w = want[i]!;
    if (entry.name !== w.name || entry.shape.join() !== w.shape.join()) {
      throw new Error(`face model: unexpected weight ${entry.name}`);
    }
    const size = w.shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    const q = entry.quantization;
    if (q && q.dtype === 'uint8' && typeof q.scale === 'number' && typeof q.min === 'number') {
      if (offset + size > bytes.length) throw new Error('face model: weights file too short');
      for (let j = 0; j < size; j++) values[j] = bytes[offset + j]! * q.scale + q.min;
      offset += size;
    } else if (!q && entry.dtype === 'float32') {
      if (offset + size * 4 > bytes.length) throw new Error('face model: weights file too short');
      const view = new DataView(bytes.buffer, bytes.byteOffset + offset, size * 4);
      for (let j = 0; j < size; j++) values[j] = view.getFloat32(j * 4, true);
      offset += size * 4;
    } else {
      throw new Error(`face model: unsupported encoding of ${entry.name}`);
    }
    tensors.set(entry.name, values);
  });
  if (offset !== bytes.length) throw new Error('face model: weights file has extra bytes');
  const t = (name: string) => tensors.get(name)!;
  return {
    conv0: { filters: transpose(t('conv0/filters'), 27, 16), bias: t('conv0/bias'), cin: 3, cout: 16 },
    layers: [1, 2, 3, 4, 5].map((i) => {
      const cin = FILTERS[i - 1]!;
      const cout = FILTERS[i]!;
      return {
        depthwise: t(`conv${i}/depthwise_filter`),
        pointwise: transpose(t(`conv${i}/pointwise_filter`), cin, cout),
        bias: t(`conv${i}/bias`),
        cin,
        cout,
      };
    }),
    conv8: {
      filters: transpose(t('conv8/filters'), 512, ANCHORS.length * BOX),
      bias: t('conv8/bias'),
      cin: 512,
      cout: ANCHORS.length * BOX,
    },
  };
}

/** Feature maps, channels last. */
interface Map3 {
  data: Float32Array;
  h: number;
  w: number;
  c: number;
}

/**
 * 3 × 3 convolution, 'valid' padding, then leaky ReLU: face-api's first layer, over a third of the work. Two
 * output channels at a time along a row, their 54 weights and the 27 inputs held in locals: each input is read
 * once per two channels. This measured about twice as fast as blocking pixels or an im2col product.
 */
function conv0(input: Map3, conv: Conv): Map3 {
  const h = input.h - 2;
  const w = input.w - 2;
  const { cout, filters: f, bias } = conv;
  const src = input.data;
  const out = new Float32Array(h * w * cout);
  const stride = input.w * 3;
  for (let y = 0; y < h; y++) {
    const rowBase = y * stride;
    for (let co = 0; co < cout; co += 2) {
      const k = co * 27;
      const m = k + 27;
      const a0 = f[k]!;
      const a1 = f[k + 1]!;
      const a2 = f[k + 2]!;
      const a3 = f[k + 3]!;
      const a4 = f[k + 4]!;
      const a5 = f[k + 5]!;
      const a6 = f[k + 6]!;
      const a7 = f[k + 7]!;
      const a8 = f[k + 8]!;
      const a9 = f[k + 9]!;
      const a10 = f[k + 10]!;
      const a11 = f[k + 11]!;
      const a12 = f[k + 12]!;
      const a13 = f[k + 13]!;
      const a14 = f[k + 14]!;
      const a15 = f[k + 15]!;
      const a16 = f[k + 16]!;
      const a17 = f[k + 17]!;
      const a18 = f[k + 18]!;
      const a19 = f[k + 19]!;
      const a20 = f[k + 20]!;
      const a21 = f[k + 21]!;
      const a22 = f[k + 22]!;
      const a23 = f[k + 23]!;
      const a24 = f[k + 24]!;
      const a25 = f[k + 25]!;
      const a26 = f[k + 26]!;
      const b0 = f[m]!;
      const b1 = f[m + 1]!;
      const b2 = f[m + 2]!;
      const b3 = f[m + 3]!;
      const b4 = f[m + 4]!;
      const b5 = f[m + 5]!;
      const b6 = f[m + 6]!;
      const b7 = f[m + 7]!;
      const b8 = f[m + 8]!;
      const b9 = f[m + 9]!;
      const b10 = f[m + 10]!;
      const b11 = f[m + 11]!;
      const b12 = f[m + 12]!;
      const b13 = f[m + 13]!;
      const b14 = f[m + 14]!;
      const b15 = f[m + 15]!;
      const b16 = f[m + 16]!;
      const b17 = f[m + 17]!;
      const b18 = f[m + 18]!;
      const b19 = f[m + 19]!;
      const b20 = f[m + 20]!;
      const b21 = f[m + 21]!;
      const b22 = f[m + 22]!;
      const b23 = f[m + 23]!;
      const b24 = f[m + 24]!;
      const b25 = f[m + 25]!;
      const b26 = f[m + 26]!;
      const biasA = bias[co]!;
      const biasB = bias[co + 1]!;
      let o = y * w * cout + co;
      for (let x = 0; x < w; x++, o += cout) {
        const s = rowBase + x * 3;
        const t = s + stride;
        const r = t + stride;
        const x0 = src[s]!;
        const x1 = src[s + 1]!;
        const x2 = src[s + 2]!;
        const x3 = src[s + 3]!;
        const x4 = src[s + 4]!;
        const x5 = src[s + 5]!;
        const x6 = src[s + 6]!;
        const x7 = src[s + 7]!;
        const x8 = src[s + 8]!;
        const x9 = src[t]!;
        const x10 = src[t + 1]!;
        const x11 = src[t + 2]!;
        const x12 = src[t + 3]!;
        const x13 = src[t + 4]!;
        const x14 = src[t + 5]!;
        const x15 = src[t + 6]!;
        const x16 = src[t + 7]!;
        const x17 = src[t + 8]!;
        const x18 = src[r]!;
        const x19 = src[r + 1]!;
        const x20 = src[r + 2]!;
        const x21 = src[r + 3]!;
        const x22 = src[r + 4]!;
        const x23 = src[r + 5]!;
        const x24 = src[r + 6]!;
        const x25 = src[r + 7]!;
        const x26 = src[r + 8]!;
        const u =
          biasA +
          x0 * a0 +
          x1 * a1 +
          x2 * a2 +
          x3 * a3 +
          x4 * a4 +
          x5 * a5 +
          x6 * a6 +
          x7 * a7 +
          x8 * a8 +
          x9 * a9 +
          x10 * a10 +
          x11 * a11 +
          x12 * a12 +
          x13 * a13 +
          x14 * a14 +
          x15 * a15 +
          x16 * a16 +
          x17 * a17 +
          x18 * a18 +
          x19 * a19 +
          x20 * a20 +
          x21 * a21 +
          x22 * a22 +
          x23 * a23 +
          x24 * a24 +
          x25 * a25 +
          x26 * a26;
        const v =
          biasB +
          x0 * b0 +
          x1 * b1 +
          x2 * b2 +
          x3 * b3 +
          x4 * b4 +
          x5 * b5 +
          x6 * b6 +
          x7 * b7 +
          x8 * b8 +
          x9 * b9 +
          x10 * b10 +
          x11 * b11 +
          x12 * b12 +
          x13 * b13 +
          x14 * b14 +
          x15 * b15 +
          x16 * b16 +
          x17 * b17 +
          x18 * b18 +
          x19 * b19 +
          x20 * b20 +
          x21 * b21 +
          x22 * b22 +
          x23 * b23 +
          x24 * b24 +
          x25 * b25 +
          x26 * b26;
        out[o] = u > 0 ? u : 0.1 * u;
        out[o + 1] = v > 0 ? v : 0.1 * v;
      }
    }
  }
  return { data: out, h, w, c: cout };
}

/**
 * 3 × 3 depthwise convolution with one pixel of zero padding ('same'), no bias. Inside the picture each output
 * is one nine-term sum; only the border pixels check their neighbours.
 */
function depthwise(input: Map3, f: Float32Array): Map3 {
  const { h, w, c, data: src } = input;
  const out = new Float32Array(h * w * c);
  const row = w * c;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * c;
      if (y > 0 && y < h - 1 && x > 0 && x < w - 1) {
        const n = o - row;
        const s = o + row;
        for (let ch = 0; ch < c; ch++) {
          out[o + ch] =
            src[n - c + ch]! * f[ch]! +
            src[n + ch]! * f[c + ch]! +
            src[n + c + ch]! * f[2 * c + ch]! +
            src[o - c + ch]! * f[3 * c + ch]! +
            src[o + ch]! * f[4 * c + ch]! +
            src[o + c + ch]! * f[5 * c + ch]! +
            src[s - c + ch]! * f[6 * c + ch]! +
            src[s + ch]! * f[7 * c + ch]! +
            src[s + c + ch]! * f[8 * c + ch]!;
        }
        continue;
      }
      for (let ky = 0; ky < 3; ky++) {
        const sy = y + ky - 1;
        if (sy < 0 || sy >= h) continue;
        for (let kx = 0; kx < 3; kx++) {
          const sx = x + kx - 1;
          if (sx < 0 || sx >= w) continue;
          const si = (sy * w + sx) * c;
          const fi = (ky * 3 + kx) * c;
          for (let ch = 0; ch < c; ch++) out[o + ch] = out[o + ch]! + src[si + ch]! * f[fi + ch]!;
        }
      }
    }
  }
  return { data: out, h, w, c };
}

/**
 * 1 × 1 convolution plus bias (a matrix product, pixels × cin by cin × cout), optionally with leaky ReLU. Four
 * pixels and two output channels at a time: eight sums in registers, each input and weight read serving
 * several of them.
 */
function pointwise(input: Map3, weights: Float32Array, bias: Float32Array, cout: number, act: boolean): Map3 {
  const { h, w, c: cin, data: src } = input;
  const n = h * w;
  const out = new Float32Array(n * cout);
  const slope = act ? 0.1 : 1;
  let p = 0;
  for (; p + 4 <= n; p += 4) {
    const s0 = p * cin;
    const s1 = s0 + cin;
    const s2 = s1 + cin;
    const s3 = s2 + cin;
    const o0 = p * cout;
    const o1 = o0 + cout;
    const o2 = o1 + cout;
    const o3 = o2 + cout;
    let co = 0;
    for (; co + 2 <= cout; co += 2) {
      const f = co * cin;
      const g = f + cin;
      let a0 = bias[co]!;
      let a1 = a0;
      let a2 = a0;
      let a3 = a0;
      let b0 = bias[co + 1]!;
      let b1 = b0;
      let b2 = b0;
      let b3 = b0;
      for (let ci = 0; ci < cin; ci++) {
        const k = weights[f + ci]!;
        const l = weights[g + ci]!;
        const x0 = src[s0 + ci]!;
        const x1 = src[s1 + ci]!;
        const x2 = src[s2 + ci]!;
        const x3 = src[s3 + ci]!;
        a0 += x0 * k;
        a1 += x1 * k;
        a2 += x2 * k;
        a3 += x3 * k;
        b0 += x0 * l;
        b1 += x1 * l;
        b2 += x2 * l;
        b3 += x3 * l;
      }
      out[o0 + co] = a0 > 0 ? a0 : slope * a0;
      out[o1 + co] = a1 > 0 ? a1 : slope * a1;
      out[o2 + co] = a2 > 0 ? a2 : slope * a2;
      out[o3 + co] = a3 > 0 ? a3 : slope * a3;
      out[o0 + co + 1] = b0 > 0 ? b0 : slope * b0;
      out[o1 + co + 1] = b1 > 0 ? b1 : slope * b1;
      out[o2 + co + 1] = b2 > 0 ? b2 : slope * b2;
      out[o3 + co + 1] = b3 > 0 ? b3 : slope * b3;
    }
    for (; co < cout; co++) {
      for (let q = 0; q < 4; q++)
        out[o0 + q * cout + co] = dot(src, s0 + q * cin, weights, co * cin, cin, bias[co]!, slope);
    }
  }
  for (; p < n; p++) {
    for (let co = 0; co < cout; co++)
      out[p * cout + co] = dot(src, p * cin, weights, co * cin, cin, bias[co]!, slope);
  }
  return { data: out, h, w, c: cout };
}

/** bias + Σ a[i]·b[i] over `length` values, then leaky with `slope` (1: none). */
function dot(
  a: Float32Array,
  ai: number,
  b: Float32Array,
  bi: number,
  length: number,
  bias: number,
  slope: number,
): number {
  let sum = bias;
  for (let i = 0; i < length; i++) sum += a[ai + i]! * b[bi + i]!;
  return sum > 0 ? sum : slope * sum;
}

/** 2 × 2 max pool, 'same' padding (the window is cut at the bottom and right edges), stride 1 or 2. */
function maxPool(input: Map3, stride: 1 | 2): Map3 {
  const { h, w, c, data: src } = input;
  const oh = Math.ceil(h / stride);
  const ow = Math.ceil(w / stride);
  const out = new Float32Array(oh * ow * c);
  for (let y = 0; y < oh; y++) {
    const y0 = y * stride;
    const y1 = Math.min(y0 + 1, h - 1);
    for (let x = 0; x < ow; x++) {
      const x0 = x * stride;
      const x1 = Math.min(x0 + 1, w - 1);
      const a = (y0 * w + x0) * c;
      const b = (y0 * w + x1) * c;
      const d = (y1 * w + x0) * c;
      const e = (y1 * w + x1) * c;
      const o = (y * ow + x) * c;
      for (let ch = 0; ch < c; ch++) {
        let m = src[a + ch]!;
        const v1 = src[b + ch]!;
        const v2 = src[d + ch]!;
        const v3 = src[e + ch]!;
        if (v1 > m) m = v1;
        if (v2 > m) m = v2;
        if (v3 > m) m = v3;
        out[o + ch] = m;
      }
    }
  }
  return { data: out, h: oh, w: ow, c };
}

/** A candidate box in input pixels, before the threshold and non-maximum suppression. */
export interface RawBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Runs the network on `input` (channels last, `h × w × 3`, already normalised: (value − MEAN_RGB) / 255) and
 * returns every anchor box scoring above `minScore`, in input pixels. `h` and `w` must be multiples of 32.
 */
export function runNet(
  weights: TinyFaceWeights,
  input: Float32Array,
  h: number,
  w: number,
  minScore: number,
): RawBox[] {
  if (h % STRIDE !== 0 || w % STRIDE !== 0 || h < STRIDE || w < STRIDE || input.length !== h * w * 3) {
    throw new Error('face model: input must be h × w × 3 with sides multiples of 32');
  }
  let x = maxPool(conv0({ data: input, h, w, c: 3 }, weights.conv0), 2);
  weights.layers.forEach((layer, i) => {
    x = pointwise(depthwise(x, layer.depthwise), layer.pointwise, layer.bias, layer.cout, true);
    x = maxPool(x, i < 4 ? 2 : 1);
  });
  const grid = pointwise(x, weights.conv8.filters, weights.conv8.bias, weights.conv8.cout, false);
  const boxes: RawBox[] = [];
  // The grid has one cell per 32 input pixels (e.g. 13 × 13 for 416 × 416).
  const cellW = w / grid.w;
  const cellH = h / grid.h;
  for (let row = 0; row < grid.h; row++) {
    for (let col = 0; col < grid.w; col++) {
      const o = (row * grid.w + col) * grid.c;
      ANCHORS.forEach(([ax, ay], a) => {
        const v = o + a * BOX;
        const score = sigmoid(grid.data[v + 4]!);
        if (score < minScore) return;
        const cx = (col + sigmoid(grid.data[v]!)) * cellW;
        const cy = (row + sigmoid(grid.data[v + 1]!)) * cellH;
        const bw = Math.exp(grid.data[v + 2]!) * ax * cellW;
        const bh = Math.exp(grid.data[v + 3]!) * ay * cellH;
        boxes.push({ x: cx - bw / 2, y: cy - bh / 2, width: bw, height: bh, score });
      });
    }
  }
  return boxes;
}

function iou(a: RawBox, b: RawBox): number {
  const ix = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = ix * iy;
  const union = a.width * a.height + b.width * b.height - inter;
  return union > 0 ? inter / union : 0;
}

/** Greedy non-maximum suppression, best first (face-api's, IoU threshold 0.4). */
export function suppress(boxes: RawBox[], threshold = 0.4): RawBox[] {
  const sorted = [...boxes].sort((a, b) => b.score - a.score);
  const kept: RawBox[] = [];
  for (const box of sorted) if (kept.every((k) => iou(k, box) <= threshold)) kept.push(box);
  return kept;
}
