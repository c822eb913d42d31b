import { describe, expect, it } from 'vitest';
import { docxShell, odtShell, storedZip, tinyPdf, tinyPng } from '../seed/demo/material-files';
import { cleanFileName, sniffMaterialMediaType, zipEntryNames } from './material-media-type';

const sniff = (bytes: Uint8Array): string | undefined => sniffMaterialMediaType(bytes)?.mediaType;

describe('sniffMaterialMediaType', () => {
  it('recognises PDF, PNG, JPEG and SVG by their bytes', () => {
    expect(sniff(tinyPdf('Merkblatt'))).toBe('application/pdf');
    expect(sniff(tinyPng(8, [0, 90, 160], () => false))).toBe('image/png');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(
      sniff(Buffer.from('<?xml version="1.0"?>\n<!-- Piktogramm -->\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBe('image/svg+xml');
  });

  it('tells office formats apart by the ZIP entries, and refuses other ZIP files', () => {
    expect(sniff(docxShell())).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniff(odtShell())).toBe('application/vnd.oasis.opendocument.text');
    expect(zipEntryNames(docxShell())).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(sniff(storedZip([{ name: 'virus.exe', content: 'MZ' }]))).toBeUndefined();
  });

  it('refuses HTML, executables and text, even if they mention svg', () => {
    expect(sniff(Buffer.from('<html><body><svg></svg></body></html>'))).toBeUndefined();
    expect(sniff(Buffer.from('MZ\x90\x00'))).toBeUndefined();
    expect(sniff(Buffer.from('Hallo Welt'))).toBeUndefined();
    expect(sniff(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('cleanFileName', () => {
  it('drops paths, control and bidi-override characters and keeps umlauts', () => {
    expect(cleanFileName('C:\\Users\\x\\Merkblatt Bürgergeld.pdf')).toBe('Merkblatt Bürgergeld.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('rechnung\u202Efdp.exe')).toBe('rechnungfdp.exe');
    expect(cleanFileName('a\r\nb.png')).toBe('ab.png');
    expect(cleanFileName('...')).toBe('datei');
  });

  it('shortens long names to 200 characters and keeps the extension', () => {
    const cleaned = cleanFileName(`${'x'.repeat(300)}.docx`);
    expect(cleaned).toHaveLength(200);
    expect(cleaned.endsWith('.docx')).toBe(true);
  });
});
