import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { json, type NextFunction, type Request, type Response } from 'express';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import type { DatabaseTarget } from '../database/database-target';

/** Largest request body: generous for long articles, small enough to refuse abuse with 413. */
export const MAX_REQUEST_BODY = '5mb';

/** Builds the configured Nest application (not yet listening); shared by main and the tests. */
export async function createApp(config: AppConfig, database: DatabaseTarget): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    bodyParser: false,
    logger: config.nodeEnv === 'test' ? ['error', 'warn'] : logLevels(config.logLevel),
    // No enableShutdownHooks(): main.ts handles SIGINT/SIGTERM itself, so that the app closes
    // (flushing collaborative documents) before the embedded database stops, and the process exits 0.
  });
  app.use(
    helmet({
      // Articles may show images by URL from other https sites; scripts only from the app itself.
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'https:'],
          'upgrade-insecure-requests': config.secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: config.secureCookies,
    }),
  );
  app.use(jsonBodyParser());
  app.use(cookieParser());
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  return app;
}

export function logLevels(level: AppConfig['logLevel']): ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}

/**
 * JSON bodies up to MAX_REQUEST_BODY. Oversized or malformed bodies get a 4xx
 * with a GraphQL-shaped error instead of reaching any resolver.
 */
function jsonBodyParser() {
  const parse = json({ limit: MAX_REQUEST_BODY });
  return (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = (error as { status?: number }).status ?? 400;
      const tooLarge = status === 413;
      res.status(status).json({
        errors: [
          {
            message: tooLarge
              ? `The request is larger than ${MAX_REQUEST_BODY}.`
              : 'The request body is not valid JSON.',
            extensions: { code: 'BAD_USER_INPUT', reason: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_JSON' },
          },
        ],
      });
    });
  };
}
