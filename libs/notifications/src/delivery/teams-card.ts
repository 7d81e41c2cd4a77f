/** What a webhook post says. */
export interface CardContent {
  title: string;
  body: string;
  urgent: boolean;
  kind: string;
  createdAt: Date;
}

/**
 * A Teams message with one Adaptive Card (1.4): the form both Teams Workflows ("post to a
 * channel when a webhook request is received") and the older Incoming Webhook connector
 * accept. Other receivers read `title` and `text` from the card, and the delivery id and
 * kind from the request headers.
 */
export function teamsMessage(content: CardContent): Record<string, unknown> {
  return {
    type: 'message',
    summary: content.title,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: content.title,
              weight: 'Bolder',
              size: 'Medium',
              wrap: true,
              ...(content.urgent ? { color: 'Attention' } : {}),
            },
            { type: 'TextBlock', text: content.body, wrap: true },
            {
              type: 'TextBlock',
              text: `Muster · ${content.kind} · ${content.createdAt.toISOString()}`,
              isSubtle: true,
              size: 'Small',
              wrap: true,
            },
          ],
        },
      },
    ],
  };
}
