/**
 * Finds where each value of a JSON document starts, so an error can name the line of the field it is about
 * ("profile.json line 7: school.aliases[2]: expected string"). JSON.parse knows no positions; this walker
 * records them in one pass. It assumes the text already parsed with JSON.parse.
 */

export type JsonPath = ReadonlyArray<PropertyKey>;

export function pathToString(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(top level)';
}

/** Offsets of every value (and, for object members, of their key) by path string. */
export function valueOffsets(source: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skip = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(source.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[], depth: number): void => {
    skip();
    offsets.set(pathToString(path), i);
    if (depth > 64) throw new Error('too deep');
    const c = source[i];
    if (c === '{') {
      i++;
      skip();
      while (i < source.length && source[i] !== '}') {
        const keyAt = i;
        const key = string();
        offsets.set(`${pathToString([...path, key])}#key`, keyAt);
        skip();
        i++; // colon
        value([...path, key], depth + 1);
        skip();
        if (source[i] === ',') i++;
        skip();
      }
      i++;
    } else if (c === '[') {
      i++;
      skip();
      let index = 0;
      while (i < source.length && source[i] !== ']') {
        value([...path, index++], depth + 1);
        skip();
        if (source[i] === ',') i++;
        skip();
      }
      i++;
    } else if (c === '"') string();
    else while (i < source.length && !/[\s,\]}]/.test(source[i]!)) i++;
  };
  try {
    value([], 0);
  } catch {
    // Positions are a courtesy: a document too deep to walk still gets its errors, without line numbers.
  }
  return offsets;
}

export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
