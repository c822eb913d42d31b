import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { slugify } from '@wissensnetz/editor';
import type { Request, Response } from 'express';
import { readSessionToken } from '../../auth/session-cookie';
import { SessionsService } from '../../auth/sessions.service';
import type { Viewer } from '../../common/auth/viewer';
import { DomainException } from '../../common/errors/domain.exception';
import { httpStatusOf } from '../../common/errors/error-kind';
import { DirectoryClock } from '../directory-clock';
import { DirectoryExportService, type ExportQuery } from './directory-export.service';

/**
 * Downloads of the directory, signed in by the session cookie like /graphql (no cookie, or an
 * expired one: anonymous, so PUBLIC entries only and no contact persons).
 * `?filter=<JSON of DirectoryFilter>` exports the filtered list, `?id=<entry id>` one entry.
 */
@Controller('api/verzeichnis')
export class DirectoryExportController {
  constructor(
    private readonly exports: DirectoryExportService,
    private readonly sessions: SessionsService,
    private readonly clock: DirectoryClock,
  ) {}

  @Get('export.csv')
  async csv(@Req() req: Request, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    await this.send(res, async () => {
      const body = await this.exports.csv(await this.viewer(req), query);
      return { body, type: 'text/csv; charset=utf-8; header=present', filename: `${this.baseName()}.csv` };
    });
  }

  @Get('export.xlsx')
  async xlsx(@Req() req: Request, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    await this.send(res, async () => {
      const body = await this.exports.xlsx(await this.viewer(req), query);
      return {
        body,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `${this.baseName()}.xlsx`,
      };
    });
  }

  @Get('export.vcf')
  async vcard(@Req() req: Request, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    await this.send(res, async () => {
      const { text, entries } = await this.exports.vcard(await this.viewer(req), query);
      const single = query.id !== undefined && entries[0] ? slugify(entries[0].name) : '';
      return { body: text, type: 'text/vcard; charset=utf-8', filename: `${single || this.baseName()}.vcf` };
    });
  }

  private async viewer(req: Request): Promise<Viewer | null> {
    const token = readSessionToken(req);
    return token ? this.sessions.resolveViewer(token) : null;
  }

  private baseName(): string {
    return `verzeichnis-${this.clock.now().toISOString().slice(0, 10)}`;
  }

  private async send(
    res: Response,
    build: () => Promise<{ body: string | Buffer; type: string; filename: string }>,
  ): Promise<void> {
    // Personal and internal data: never cached by shared caches or kept by the browser.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      const { body, type, filename } = await build();
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.status(200).type(type).send(body);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      res
        .status(httpStatusOf(error.kind))
        .json({ error: { code: error.kind, reason: error.reason, message: error.message } });
    }
  }
}
