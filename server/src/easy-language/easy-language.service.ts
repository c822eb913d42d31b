import { Injectable } from '@nestjs/common';
import { checkText, type MessageLocale } from '@wissensnetz/easy-language';
import { EasyLanguageLevel } from './easy-language-level';
import { toEasyLanguageReportModel } from './easy-language.mapper';
import type { EasyLanguageReportModel } from './models/easy-language-report.model';

/** The Leichte Sprache checker of `@wissensnetz/easy-language` behind the API (the editor runs it in the browser). */
@Injectable()
export class EasyLanguageService {
  check(
    text: string,
    level: EasyLanguageLevel = EasyLanguageLevel.LEICHTE_SPRACHE,
    locale: MessageLocale = 'de',
  ): EasyLanguageReportModel {
    return toEasyLanguageReportModel(checkText(text, { level, locale }), level, locale);
  }
}
