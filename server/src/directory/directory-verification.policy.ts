import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { invalidInput } from '../common/errors/domain.exception';
import { DirectoryEntryKind } from './directory-entry-kind';
import { DirectoryVerificationIntervalEntity } from './directory-verification-interval.entity';

/** Entries not verified for this many months may be outdated, unless their kind has its own interval. */
export const DEFAULT_VERIFICATION_MONTHS = 12;

export class VerificationIntervals {
  constructor(private readonly months: Map<DirectoryEntryKind, number>) {}

  monthsFor(kind: DirectoryEntryKind): number {
    return this.months.get(kind) ?? DEFAULT_VERIFICATION_MONTHS;
  }

  dueAt(kind: DirectoryEntryKind, lastVerifiedAt: Date): Date {
    const due = new Date(lastVerifiedAt);
    due.setUTCMonth(due.getUTCMonth() + this.monthsFor(kind));
    return due;
  }

  /** Per kind: entries verified before this instant are outdated at `now`. */
  cutoffs(now: Date): { kind: DirectoryEntryKind; before: Date }[] {
    return Object.values(DirectoryEntryKind).map((kind) => {
      const before = new Date(now);
      before.setUTCMonth(before.getUTCMonth() - this.monthsFor(kind));
      return { kind, before };
    });
  }
}

/** The verification interval per kind (table directory_verification_interval, default 12 months). */
@Injectable()
export class DirectoryVerificationPolicy {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async intervals(manager: EntityManager = this.dataSource.manager): Promise<VerificationIntervals> {
    const rows = await manager.find(DirectoryVerificationIntervalEntity);
    return new VerificationIntervals(new Map(rows.map((row) => [row.kind, row.months])));
  }

  async setMonths(kind: DirectoryEntryKind, months: number): Promise<VerificationIntervals> {
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      throw invalidInput('Das Prüfintervall muss zwischen 1 und 120 Monaten liegen.', { months });
    }
    await this.dataSource.manager.upsert(DirectoryVerificationIntervalEntity, { kind, months }, ['kind']);
    return this.intervals();
  }
}
