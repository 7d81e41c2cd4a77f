import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@muster/platform-access';
import { LinkOutcome, PagesService } from './pages.service';

const ANSWERS: Record<LinkOutcome, { status: number; title: string; text: string }> = {
  acknowledged: {
    status: 200,
    title: 'Page acknowledged',
    text: 'Thank you: the page is acknowledged and will not escalate. Open Muster for the details.',
  },
  closed: {
    status: 410,
    title: 'Link already used',
    text: 'This page was already acknowledged, or has ended. Open Muster to see who has it.',
  },
  invalid: { status: 404, title: 'Link not recognised', text: 'This acknowledgement link is not valid.' },
};

/**
 * `GET /ack/<token>`: the one-time link of a page's message (SMS, email). It acknowledges the
 * page as the person it was sent to, once; a second use, another page's or an unknown token
 * answers a page saying so and changes nothing. A small HTML page, never cached or referred.
 */
@Controller('ack')
export class PageAckController {
  constructor(private readonly pages: PagesService) {}

  @Get(':token')
  @Public()
  async acknowledge(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const answer = ANSWERS[await this.pages.acknowledgeByLink(token)];
    res.status(answer.status);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    res.send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${answer.title} – Muster</title></head><body><main><h1>${answer.title}</h1><p>${answer.text}</p></main></body></html>`,
    );
  }
}
