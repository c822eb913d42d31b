import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';

/** Serves the built Vue app (web/dist) with SPA fallback, next to /graphql on the same port. */
@Module({})
export class WebAppModule {
  static forRoot(webDistDir?: string): DynamicModule {
    const rootPath = resolve(webDistDir ?? join(__dirname, '..', '..', '..', 'web', 'dist'));
    if (!existsSync(join(rootPath, 'index.html'))) {
      new Logger('WebAppModule').warn(`No web app build in ${rootPath}; run "pnpm build" to serve the UI.`);
      return { module: WebAppModule };
    }
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath,
          exclude: ['/graphql{/*path}', '/health{/*path}', '/collab{/*path}', '/ideenboerse{/*path}', '/api{/*path}'],
          serveStaticOptions: { index: 'index.html', maxAge: '1h' },
        }),
      ],
    };
  }
}
