import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';

export interface GraphqlContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  /** Per-request DataLoader cache; see loaderFor(). */
  loaders: Map<string, unknown>;
}
