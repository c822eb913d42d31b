import { Injectable } from '@nestjs/common';

/** The directory's notion of "now" (outdated badges, "open now", "starts within"); tests replace now(). */
@Injectable()
export class DirectoryClock {
  now(): Date {
    return new Date();
  }
}
