import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  Injectable,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { readSessionToken } from '../auth/session-cookie';
import { SessionsService } from '../auth/sessions.service';
import type { Viewer } from '../common/auth/viewer';
import { MaterialFilesService } from './material-files.service';
import { toMaterialFileModel } from './material-file.mapper';
import { MaterialHttpErrorFilter } from './material-http-error.filter';
import type { MaterialFileModel } from './models/material-file.model';
import { MaterialErrorCode, MaterialException } from './materials.errors';
import { attachmentDisposition } from './attachment-disposition';
import { assertEditor } from './material-permissions';

/** The part of multer's file object we use (the full type lives in @types/multer, not installed). */
interface UploadedMulterFile {
  buffer: Buffer;
  originalname: string;
}

type RequestWithViewer = Request & { materialViewer?: Viewer | null };

/** Header the upload must carry: a cross-site form cannot set it, so the session cookie cannot be abused (CSRF). */
export const UPLOAD_HEADER = 'x-requested-with';

/**
 * Checks the session and the role before multer reads the (up to MATERIAL_MAX_FILE_BYTES large) body,
 * so anonymous visitors and readers are refused without uploading anything.
 */
@Injectable()
class MaterialUploadGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithViewer>();
    const token = readSessionToken(req);
    req.materialViewer = token ? await this.sessions.resolveViewer(token) : null;
    assertEditor(req.materialViewer);
    if (!req.header(UPLOAD_HEADER))
      throw new MaterialException(
        MaterialErrorCode.MISSING_UPLOAD_HEADER,
        `Uploads must send the header ${UPLOAD_HEADER} (protection against cross-site requests).`,
      );
    return true;
  }
}

/** Upload (multipart, field `file` plus metadata fields) and download of material files. */
@Controller('api/material')
@UseFilters(MaterialHttpErrorFilter)
export class MaterialFilesController {
  constructor(
    private readonly materials: MaterialFilesService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('artikel/:articleId/dateien')
  @UseGuards(MaterialUploadGuard)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Req() req: RequestWithViewer,
    @Param('articleId', new ParseUUIDPipe()) articleId: string,
    @UploadedFile() file: UploadedMulterFile | undefined,
  ): Promise<MaterialFileModel> {
    if (!file)
      throw new MaterialException(MaterialErrorCode.FILE_MISSING, 'The upload contains no file (form field "file").');
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string): string | undefined => (typeof fields[name] === 'string' ? fields[name] : undefined);
    const saved = await this.materials.upload(
      req.materialViewer ?? null,
      articleId,
      { bytes: file.buffer, originalName: file.originalname },
      {
        title: text('title'),
        language: text('language'),
        licence: text('licence'),
        licenceNote: text('licenceNote'),
        easyLanguage: text('easyLanguage'),
      },
    );
    return toMaterialFileModel(saved);
  }

  @Get('dateien/:id')
  async download(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const token = readSessionToken(req);
    const viewer = token ? await this.sessions.resolveViewer(token) : null;
    const { file, bytes } = await this.materials.download(viewer, id);
    const etag = `"${file.sha256}"`;
    // Internal material must not stay in shared caches; the browser revalidates with the ETag.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Opened directly (e.g. an SVG), the file can neither run scripts nor load anything.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (req.header('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    // Always an attachment: never rendered in the app's origin (SVG can carry scripts).
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(bytes.length));
    res.status(200).end(bytes);
  }
}
