import { Injectable } from '@nestjs/common';

/** The review cycle's notion of "now" (due dates, overdue notices, digests); tests replace now(). */
@Injectable()
export class ReviewClock {
  now(): Date {
    return new Date();
  }
}
