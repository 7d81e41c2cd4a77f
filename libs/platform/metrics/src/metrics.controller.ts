import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Inject, NotFoundException, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@muster/platform-access';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { AppMetrics } from './app-metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics` in Prometheus text format. With METRICS_TOKEN set, only for a scraper
 * sending it as a bearer token (compared in constant time); without one, open outside
 * production and absent (404) in production: never public by default.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: AppMetrics,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { enabled, token } = this.config.metrics;
    if (!enabled) throw new NotFoundException();
    if (token) {
      const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(given), digest(token))) throw new UnauthorizedException();
    }
    res.setHeader('Content-Type', this.metrics.contentType);
    res.send(await this.metrics.text());
  }
}
