import { type Frame } from '../../model/frames.ts';

/** The dictionary key of a frame's name: `EPSG:4545` → `epsg4545`, `GCJ-02` → `gcj02`. */
export function frameKey(
  frame: Frame,
): 'epsg4326' | 'epsg4490' | 'gcj02' | 'bd09' | 'epsg4544' | 'epsg4545' | 'epsg4523' | 'epsg4524' {
  return frame.toLowerCase().replace(/[^a-z0-9]/g, '') as ReturnType<typeof frameKey>;
}
