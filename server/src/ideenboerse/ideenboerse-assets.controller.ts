import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { sendPublic } from './ideenboerse-response';
import { IDEENBOERSE_STYLESHEET, STYLESHEET_VERSION } from './views/ideenboerse-stylesheet';

const ONE_YEAR = 365 * 24 * 60 * 60;

@Controller('ideenboerse/assets')
export class IdeenboerseAssetsController {
  /** The pages link it with ?v=<content hash>, so that exact version may be cached for a year. */
  @Get('ideenboerse.css')
  stylesheet(@Query('v') version: unknown, @Res() res: Response): void {
    sendPublic(res, IDEENBOERSE_STYLESHEET, {
      contentType: 'text/css; charset=utf-8',
      maxAge: version === STYLESHEET_VERSION ? ONE_YEAR : 300,
      embeddable: true,
    });
  }
}
