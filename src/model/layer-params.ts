import type { LocalizedText } from './locale.ts';

/**
 * A layer's own URL parameters (pipe types, service distance, …). The URL state keeps one
 * opaque value per layer and asks the layer to read and print it; parameter names are unique
 * across layers (a test checks).
 */
export interface LayerParams<P> {
  /** The value when the URL says nothing. */
  defaults: P;
  /** The URL parameter names this layer reads. */
  names: readonly string[];
  /** Reads one parameter: the new value, or why the parameter is ignored. */
  parse(params: P, name: string, value: string): P | { warning: LocalizedText };
  /** Writes the parameters that differ from the defaults. */
  print(params: P, out: URLSearchParams): void;
}

/** A layer's parameters as the URL state sees them: by layer id, value type erased. */
export interface LayerParamsEntry {
  layer: string;
  params: LayerParams<unknown>;
}
