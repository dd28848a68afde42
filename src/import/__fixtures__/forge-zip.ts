/**
 * Rewrites the uncompressed size an entry declares, in its local header and in the central
 * directory, as a zip bomb (or a lying archiver) would. Returns a patched copy; the
 * compressed data is unchanged.
 */
export function setDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  const nameAt = (at: number, length: number) =>
    length === name.length && name.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30, view.getUint16(at + 26, true))) {
      view.setUint32(at + 22, size, true);
    } else if (signature === 0x02014b50 && nameAt(at + 46, view.getUint16(at + 28, true))) {
      view.setUint32(at + 24, size, true);
    }
  }
  return out;
}
