import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@muster/platform-access';
import { LinkOutcome, LinkState, PagesService } from './pages.service';

interface Answer {
  status: number;
  title: string;
  text: string;
}

const ANSWERS: Record<LinkOutcome | LinkState, Answer> = {
  open: {
    status: 200,
    title: 'Acknowledge this page?',
    text: 'You are on call and have been paged. Acknowledge to stop it escalating to the next person.',
  },
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
 * The one-time link of a page's message (SMS, email): `GET /ack/<token>` shows the page with
 * one button and changes nothing — mail systems open links to scan them (Safe Links), and
 * that must never acknowledge a page nobody has seen; the button `POST`s to the same address,
 * which acknowledges the page as the person it was sent to, once. A second use, another
 * page's or an unknown token answers a page saying so and changes nothing. Small HTML pages,
 * no script, never cached or referred.
 */
@Controller('ack')
export class PageAckController {
  constructor(private readonly pages: PagesService) {}

  @Get(':token')
  @Public()
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const state = await this.pages.linkState(token);
    const form =
      state === 'open'
        ? `<form method="post" action="/ack/${encodeURIComponent(token)}"><button type="submit">Acknowledge the page</button></form>`
        : '';
    send(res, ANSWERS[state], form);
  }

  @Post(':token')
  @Public()
  async acknowledge(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, ANSWERS[await this.pages.acknowledgeByLink(token)], '');
  }
}

function send(res: Response, answer: Answer, form: string): void {
  res.status(answer.status);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('content-security-policy', "default-src 'none'; form-action 'self'; frame-ancestors 'none'");
  res.send(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${answer.title} – Muster</title></head><body><main><h1>${answer.title}</h1><p>${answer.text}</p>${form}</main></body></html>`,
  );
}
