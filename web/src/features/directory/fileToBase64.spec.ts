import { describe, expect, it } from 'vitest';
import { fileToBase64 } from './fileToBase64';

describe('fileToBase64', () => {
  it('keeps the bytes as they are (Windows-1252 stays Windows-1252)', async () => {
    // "Müller;Straße" in Windows-1252: ü = 0xFC, ß = 0xDF.
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))).toEqual(bytes);
  });

  it('encodes files larger than one chunk', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, index) => index % 251);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))).toEqual(bytes);
  });
});
