import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachment-disposition';

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('Merkblatt Ärztin.pdf')).toBe(
      `attachment; filename="Merkblatt Aerztin.pdf"; filename*=UTF-8''Merkblatt%20%C3%84rztin.pdf`,
    );
    expect(attachmentDisposition('ورقة "معلومات".pdf')).toMatch(
      /^attachment; filename="[_ ]+_+\.pdf"; filename\*=UTF-8''%D9%88/,
    );
    expect(attachmentDisposition("it's (1).png")).toBe(
      `attachment; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`,
    );
  });
});
