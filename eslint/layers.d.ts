export interface Layer {
  name: string;
  pattern: RegExp;
  mayImport: string[];
  node: boolean;
  electron: boolean;
  dom: boolean;
  /** For a hall domain: the one file other zones may import. */
  door?: string;
}
export const LAYERS: Layer[];
export const ROLE_SCREEN_NAMES: string[];
export function layerOf(relPath: string): Layer | null;
export const HALL_DOMAIN_NAMES: string[];
export function mayImport(layer: Layer, target: Layer): boolean;
export function findCycle(layers: Layer[]): string[] | null;
