/** How one attempt to send went: delivered, or why not and whether trying again can help. */
export type SendOutcome = { ok: true } | { ok: false; reason: string; permanent: boolean };

export const DELIVERED: SendOutcome = { ok: true };

export function failed(reason: string, permanent = false): SendOutcome {
  return { ok: false, reason: reason.slice(0, 200), permanent };
}

/**
 * An HTTP answer of a webhook: 2xx delivered; 408, 425, 429 and 5xx are worth retrying;
 * any other answer (a 404 for a deleted webhook, a 400 for a refused card, a redirect,
 * which is never followed) will not change by trying again.
 */
export function httpOutcome(status: number): SendOutcome {
  if (status >= 200 && status < 300) return DELIVERED;
  const retry = status === 408 || status === 425 || status === 429 || status >= 500;
  return failed(`HTTP ${status}`, !retry);
}

/**
 * A failure of nodemailer: an SMTP 5xx reply is permanent (no such mailbox, refused
 * sender, refused credentials — fix the settings or the address); a 4xx reply, a timeout
 * or a lost connection is temporary.
 */
export function smtpOutcome(error: unknown): SendOutcome {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return failed(`SMTP ${responseCode}`, responseCode >= 500);
  return failed(typeof code === 'string' ? `SMTP ${code}` : 'SMTP connection failed');
}

/**
 * A failure of the GOV.UK Notify client (an axios error): Notify's 400 (a bad number, a
 * team-only key sending to someone outside the team, a bad template) and 403 (a refused
 * key) will not change by trying again; 429 (rate or daily limit) and 5xx will, as will no
 * answer at all. Its reason names the status and Notify's error type, never the number.
 */
export function notifyOutcome(error: unknown): SendOutcome {
  const { response, code } = (error ?? {}) as { response?: { status?: unknown; data?: unknown }; code?: unknown };
  const status = response?.status;
  if (typeof status !== 'number') return failed(typeof code === 'string' ? `Notify ${code}` : 'Notify unreachable');
  const errors = (response?.data as { errors?: { error?: unknown }[] } | undefined)?.errors;
  const type = Array.isArray(errors) && typeof errors[0]?.error === 'string' ? ` ${errors[0].error}` : '';
  const retry = status === 408 || status === 425 || status === 429 || status >= 500;
  return failed(`Notify ${status}${type}`, !retry);
}
