/**
 * The little linear algebra the matcher needs: a homography from the logo's own coordinates to the picture's,
 * and a small dense solver for the alignment's normal equations (at most 8 unknowns).
 *
 * The logo's coordinates are normalised: (u, v) with the logo's centre at 0 and its longer side spanning −1 to
 * 1, whatever the grid it is sampled on. A homography is kept as its 8 free parameters p (the ninth is 1):
 *   x = (p0·u + p1·v + p2) / (p6·u + p7·v + 1),  y = (p3·u + p4·v + p5) / (p6·u + p7·v + 1)
 * in the working picture's pixels (a pixel's centre at +0.5).
 */

export type Pose = Float64Array;

/** The pose putting the logo's centre at (cx, cy), `scale` pixels to a normalised unit, turned by `angle` radians. */
export function similarity(cx: number, cy: number, scale: number, angle: number): Pose {
  const c = Math.cos(angle) * scale;
  const s = Math.sin(angle) * scale;
  return Float64Array.from([c, -s, cx, s, c, cy, 0, 0]);
}

/** Where the pose puts the logo's point (u, v); NaN when it falls behind the camera (the denominator ≤ 0). */
export function project(p: Pose, u: number, v: number): [number, number] {
  const d = p[6]! * u + p[7]! * v + 1;
  if (!(d > 1e-6)) return [Number.NaN, Number.NaN];
  return [(p[0]! * u + p[1]! * v + p[2]!) / d, (p[3]! * u + p[4]! * v + p[5]!) / d];
}

/** The picture's box around the logo's corners (hu, hv: the logo's normalised half-sizes). */
export function footprint(
  p: Pose,
  hu: number,
  hv: number,
): { x: number; y: number; width: number; height: number; corners: Array<[number, number]> } {
  const corners = [project(p, -hu, -hv), project(p, hu, -hv), project(p, hu, hv), project(p, -hu, hv)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, corners };
}

/**
 * Whether a pose is one a photographed logo can have: not mirrored, not folded, its sides within a factor of
 * `maxSkew` of each other, and no side shorter than `minSide` pixels.
 */
export function plausible(p: Pose, hu: number, hv: number, maxSkew = 1.6, minSide = 6): boolean {
  const { corners } = footprint(p, hu, hv);
  if (corners.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return false;
  const side = (a: number, b: number) =>
    Math.hypot(corners[a]![0] - corners[b]![0], corners[a]![1] - corners[b]![1]);
  const top = side(0, 1);
  const right = side(1, 2);
  const bottom = side(2, 3);
  const left = side(3, 0);
  if (Math.min(top, right, bottom, left) < minSide) return false;
  if (Math.max(top, bottom) > maxSkew * Math.min(top, bottom)) return false;
  if (Math.max(left, right) > maxSkew * Math.min(left, right)) return false;
  // The same turning sense at every corner: convex and not mirrored.
  for (let i = 0; i < 4; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % 4]!;
    const c = corners[(i + 2) % 4]!;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (!(cross > 0)) return false;
  }
  // Aspect ratio kept within the skew allowed: (mean width / mean height) against the logo's own.
  const aspect = (top + bottom) / (left + right) / (hu / hv);
  return aspect < maxSkew && aspect > 1 / maxSkew;
}

/**
 * Solves the symmetric positive system A·x = b (n × n, row-major in `a`, overwritten) by Cholesky; returns
 * false when A is not positive definite.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number, x: Float64Array): boolean {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= a[j * n + k]! * a[j * n + k]!;
    if (!(d > 1e-12)) return false;
    d = Math.sqrt(d);
    a[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = s / d;
    }
  }
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= a[i * n + k]! * x[k]!;
    x[i] = s / a[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < n; k++) s -= a[k * n + i]! * x[k]!;
    x[i] = s / a[i * n + i]!;
  }
  return true;
}
