// fontkit ships no types: the one call the hall makes (parse the PDF's CJK font once, so each
// report subsets it without parsing its tables again).
declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
