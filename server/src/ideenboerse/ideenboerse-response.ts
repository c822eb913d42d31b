import type { Response } from 'express';

export interface SendOptions {
  status?: number;
  contentType: string;
  /** Seconds; 0 means revalidate every time (error pages). */
  maxAge: number;
  /** Whether other websites may frame the response or load it cross-origin (embed, embed.js, feed). */
  embeddable?: boolean;
  /** Adds upgrade-insecure-requests, as the app-wide policy does behind https. */
  https?: boolean;
}

/**
 * Sends a public Ideenbörse response with its own Content-Security-Policy (no scripts at all;
 * framing by the same origin only, or by anyone for the embed) and cache headers. Express adds
 * a weak ETag and answers If-None-Match with 304.
 */
export function sendPublic(res: Response, body: string, options: SendOptions): void {
  const directives = [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    "form-action 'self'",
    "base-uri 'none'",
    options.embeddable ? 'frame-ancestors *' : "frame-ancestors 'self'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  res.setHeader('Content-Security-Policy', directives.join('; '));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (options.embeddable) {
    // helmet's app-wide defaults forbid both; the embed exists to be used by other sites.
    res.removeHeader('X-Frame-Options');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  }
  res.setHeader('Cache-Control', options.maxAge > 0 ? `public, max-age=${options.maxAge}` : 'no-cache');
  res
    .status(options.status ?? 200)
    .type(options.contentType)
    .send(body);
}
