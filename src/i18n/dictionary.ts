import { type zh } from './zh.ts';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's dictionary must have: the Chinese keys, any strings. */
export type Dictionary = Widen<typeof zh>;
