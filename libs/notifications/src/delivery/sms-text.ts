/**
 * The text of an SMS: the notification's title and body (rendered from the kind's
 * whitelisted fields, so never IG decision content), in the GSM 03.38 alphabet and cut to
 * at most three message parts. A single character outside that alphabet would make the
 * phone network send the whole text as UCS-2, 67 characters a part instead of 153.
 */

/** GSM 03.38's basic characters: one septet each. */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Its extension table: two septets each (an escape, then the character). */
const GSM_EXTENDED = '^{}\\[~]|€';

/** Three parts of a concatenated SMS (153 septets each), less room for the service name Notify puts first. */
export const SMS_MAX_SEPTETS = 3 * 153 - 20;

const REPLACEMENTS: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '−': '-',
  '…': '...',
  '\u00a0': ' ',
  '\t': ' ',
  '•': '-',
};

export function smsText(title: string, body: string): string {
  return fit(toGsm(`${title}\n${body}`), SMS_MAX_SEPTETS);
}

/** The text in GSM characters: typographic ones replaced, accents dropped where GSM lacks them, anything else `?`. */
export function toGsm(text: string): string {
  return Array.from(text)
    .map((c) => {
      if (GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c)) return c;
      if (REPLACEMENTS[c] !== undefined) return REPLACEMENTS[c];
      const bare = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return Array.from(bare).every((b) => GSM_BASIC.includes(b)) && bare ? bare : '?';
    })
    .join('');
}

/** Septets the text takes (extension characters count two). */
export function septets(text: string): number {
  return Array.from(text).reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
}

function fit(text: string, max: number): string {
  if (septets(text) <= max) return text;
  let out = '';
  for (const c of Array.from(text)) {
    if (septets(out + c) > max - 3) break;
    out += c;
  }
  return `${out.trimEnd()}...`;
}
