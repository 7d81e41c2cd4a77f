import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger } from '@muster/platform-core';
import { faultInjectionMiddleware, requestContextMiddleware } from '@muster/platform-graphql';
import { AppMetrics, httpMetricsMiddleware } from '@muster/platform-metrics';
import { AppModule, AppModuleOptions } from './app.module';
import { findConsoleDir, serveBuiltConsole } from './console/console-static';

/** Builds the Nest application; shared by the server and the test harness. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new PinoNestLogger(options.logger),
    bodyParser: true,
    abortOnError: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.use(httpMetricsMiddleware(app.get(AppMetrics)));
  app.use(requestContextMiddleware);
  // Tests only: the configuration refuses it in production.
  if (options.config.database.faultInjection) app.use(faultInjectionMiddleware);
  app.disable('x-powered-by');
  // Client addresses for audit and rate limits come from the socket unless a proxy is declared.
  app.set('trust proxy', options.config.trustProxy ? 1 : false);
  // The built web console at `/` (production, or wherever CONSOLE_DIR names one); development
  // serves it from its sources instead (main.ts).
  const { env, consoleDir } = options.config;
  const builtConsole = env === 'production' || consoleDir ? findConsoleDir(consoleDir) : null;
  if (builtConsole) serveBuiltConsole(app, builtConsole);
  else if (env === 'production') options.logger.warn('no built console found (npm run build makes dist/console)');
  return app;
}
