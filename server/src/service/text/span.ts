/** A half-open range of UTF-16 offsets `[start, end)` in the file named by `uri`. */
export interface Span {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

/** A replacement of `[start, end)` in `uri` by `newText`; an insertion has `start === end`. */
export interface TextEdit extends Span {
  readonly newText: string;
}

export function span(uri: string, start: number, end: number): Span {
  return { uri, start, end };
}

export function spanContains(outer: Span, uri: string, offset: number): boolean {
  return outer.uri === uri && outer.start <= offset && offset <= outer.end;
}
