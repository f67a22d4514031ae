export interface Layer {
  name: string;
  pattern: RegExp;
  mayImport: string[];
  node: boolean;
  electron: boolean;
  dom: boolean;
}
export const LAYERS: Layer[];
export const ROLE_SCREEN_NAMES: string[];
export function layerOf(relPath: string): Layer | null;
