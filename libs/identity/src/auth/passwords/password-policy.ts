import { COMMON_PASSWORDS } from './common-passwords';

/**
 * The password policy, after NCSC guidance: a minimum length, a deny-list of common and
 * guessable passwords, and no composition rules (no "one digit, one symbol") and no
 * expiry. The numbers live here and nowhere else.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** Fewer distinct characters than this is a pattern ("abababababab"), not a password. */
export const MIN_DISTINCT_CHARACTERS = 4;
/** Words of the context (email, name, product) shorter than this are not checked. */
const MIN_CONTEXT_WORD = 4;
const PRODUCT_WORDS = ['muster'];

export interface PasswordContext {
  email?: string | null;
  displayName?: string | null;
}

// Undoes the letter substitutions people think make a word safe.
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};
const PADDING = /^[\d\W_]+|[\d\W_]+$/g;

/** Why `password` is refused (a sentence for the caller), or null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (isCommon(lower)) return 'is too common: choose a password that is not on lists of common passwords';
  if (new Set([...lower]).size < MIN_DISTINCT_CHARACTERS) return 'is too repetitive';
  const word = contextWords(context).find((w) => lower.includes(w));
  if (word) return 'must not contain your email address, your name or the name of this service';
  return null;
}

/** Common as typed, with its padding of digits and symbols removed, or with substitutions undone. */
function isCommon(lower: string): boolean {
  const stripped = lower.replace(PADDING, '');
  const candidates = [lower, stripped, deLeet(lower), deLeet(stripped), lower.replace(/\s+/g, '')];
  return candidates.some((c) => COMMON_PASSWORDS.has(c));
}

function deLeet(value: string): string {
  return [...value].map((ch) => LEET[ch] ?? ch).join('');
}

function contextWords({ email, displayName }: PasswordContext): string[] {
  const words = [...PRODUCT_WORDS];
  const local = email?.toLowerCase().split('@')[0];
  if (local) words.push(local, ...local.split(/[^a-z0-9]+/));
  if (displayName) words.push(...displayName.toLowerCase().split(/\s+/));
  return [...new Set(words)].filter((w) => w.length >= MIN_CONTEXT_WORD);
}
