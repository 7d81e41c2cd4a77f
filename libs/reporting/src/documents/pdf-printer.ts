import { existsSync } from 'node:fs';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { chromium, type Browser } from 'playwright-core';
import { APP_CONFIG, AppConfig } from '@muster/platform-config';
import { DomainError, ErrorCode } from '@muster/platform-core';

/** Flags that keep a headless Chromium quiet on a closed network (see /work/shared/STACK.md "Browser"). */
/** Documents printed at once; others wait their turn (each print is a renderer process's work). */
const CONCURRENT_PRINTS = 2;

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Prints HTML documents as PDF with the Chromium of REPORT_BROWSER_PATH, driven by
 * playwright-core. One browser process for the whole app, launched on the first PDF and
 * closed on shutdown; each document gets its own context (JavaScript off, offline), closed
 * when printed, and at most CONCURRENT_PRINTS print at once. Without a browser every PDF request is SERVICE_UNAVAILABLE with a message
 * saying so; the HTML documents do not need it.
 */
@Injectable()
export class PdfPrinter implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfPrinter.name);
  private readonly browserPath: string | null;
  private browser: Promise<Browser> | null = null;
  private printing = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.browserPath = config.reports.browserPath;
  }

  /** Whether a browser executable is configured and present (it may still fail to start). */
  get available(): boolean {
    return this.browserPath !== null && existsSync(this.browserPath);
  }

  /** SERVICE_UNAVAILABLE now, before any work, when no browser is configured or installed. */
  assertAvailable(): void {
    if (!this.available) throw this.unavailable();
  }

  async print(html: string): Promise<Buffer> {
    const browser = await this.launched();
    await this.turn();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true }).catch((error: unknown) => {
      this.done();
      throw error;
    });
    try {
      const page = await context.newPage();
      // Self-contained documents: nothing may be fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close().catch(() => undefined);
      this.done();
    }
  }

  /** Takes a place among the CONCURRENT_PRINTS, or waits for one to be handed over. */
  private async turn(): Promise<void> {
    if (this.printing < CONCURRENT_PRINTS) {
      this.printing++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the place to the next waiting print, or frees it. */
  private done(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.printing--;
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    try {
      await (await browser).close();
    } catch {
      // It never started, or is gone already.
    }
  }

  private unavailable(): DomainError {
    return new DomainError(
      ErrorCode.SERVICE_UNAVAILABLE,
      this.browserPath === null
        ? 'PDF printing is switched off on this server (REPORT_BROWSER_PATH=none); use the .html version and print it'
        : 'PDF printing is not available: no browser is installed on this server (apt-get install -y chromium); use the .html version and print it',
    );
  }

  private launched(): Promise<Browser> {
    if (!this.available) return Promise.reject(this.unavailable());
    if (!this.browser) {
      const executablePath = this.browserPath as string;
      const starting = chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
      this.browser = starting;
      starting.then(
        (b) =>
          b.on('disconnected', () => {
            if (this.browser === starting) this.browser = null;
          }),
        (error: unknown) => {
          if (this.browser === starting) this.browser = null;
          this.logger.error(`Chromium at ${executablePath} did not start: ${String(error)}`);
        },
      );
    }
    return this.browser.catch(() => {
      throw new DomainError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'PDF printing is not available: the browser did not start; use the .html version and print it',
      );
    });
  }
}
