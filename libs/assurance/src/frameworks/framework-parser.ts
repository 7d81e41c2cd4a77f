import { FrameworkKind } from './framework-kind';

/**
 * The JSON file a framework is imported from, validated before anything is written. A
 * framework is data, never code: its sections nest (CAF objective → principle), and the
 * requirements (EPRR standards, CAF contributing outcomes) hang off any section.
 */
export interface ParsedRequirement {
  reference: string;
  title: string;
  text: string;
  /** Organisation kinds it applies to; empty means every kind. */
  appliesTo: string[];
}

export interface ParsedSection {
  reference: string;
  name: string;
  /** A year's deep dive: rated like the rest, reported apart, never counted in the band (top level only). */
  deepDive: boolean;
  sections: ParsedSection[];
  requirements: ParsedRequirement[];
}

export interface ParsedFramework {
  key: string;
  name: string;
  version: string;
  kind: FrameworkKind;
  /** Where the content comes from (e.g. "NCSC CAF 3.2"); outcome ids are scoped to it. */
  source: string;
  description: string;
  sections: ParsedSection[];
}

export type ParseResult = { ok: true; framework: ParsedFramework } | { ok: false; errors: string[] };

export const ORGANISATION_KIND_NAMES = [
  'ICB',
  'ACUTE_TRUST',
  'COMMUNITY_TRUST',
  'MENTAL_HEALTH_TRUST',
  'AMBULANCE_TRUST',
  'LOCAL_AUTHORITY',
  'PRIMARY_CARE',
  'SOC',
  'OTHER',
] as const;

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const KEY = /^[a-z0-9][a-z0-9-]{1,62}$/;
const MAX_ERRORS = 50;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates and normalises a framework file; every error names its path (`sections[2].requirements[0].reference`). */
export function parseFramework(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`$: not valid JSON (${(error as Error).message})`] };
  }
  const errors: string[] = [];
  const fail = (path: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push(`${path}: ${message}`);
  };
  if (!isObject(data)) return { ok: false, errors: ['$: must be an object'] };

  const str = (o: Json, field: string, path: string, max: number, required = true): string => {
    const v = o[field];
    if (v === undefined || v === null) {
      if (required) fail(`${path}${field}`, 'is required');
      return '';
    }
    if (typeof v !== 'string') {
      fail(`${path}${field}`, 'must be a string');
      return '';
    }
    const trimmed = v.trim();
    if (required && !trimmed) fail(`${path}${field}`, 'must not be empty');
    if (trimmed.length > max) fail(`${path}${field}`, `must be at most ${max} characters`);
    return trimmed;
  };

  const key = str(data, 'key', '', 63);
  if (key && !KEY.test(key)) fail('key', 'must be lower-case letters, digits and hyphens');
  const name = str(data, 'name', '', 200);
  const version = str(data, 'version', '', 40);
  const kindText = str(data, 'kind', '', 40);
  const kind = Object.values(FrameworkKind).find((k: string) => k === kindText);
  if (kindText && !kind) fail('kind', `must be one of ${Object.values(FrameworkKind).join(', ')}`);
  const source = str(data, 'source', '', 200, false);
  const description = str(data, 'description', '', 2000, false);

  const references = new Map<string, string>();
  const unique = (reference: string, path: string) => {
    if (!reference) return;
    const seen = references.get(reference);
    if (seen) fail(path, `'${reference}' is used already at ${seen}`);
    else references.set(reference, path);
  };

  let requirementCount = 0;
  const requirement = (raw: unknown, path: string): ParsedRequirement => {
    requirementCount++;
    if (!isObject(raw)) {
      fail(path, 'must be an object');
      return { reference: '', title: '', text: '', appliesTo: [] };
    }
    const p = `${path}.`;
    const reference = str(raw, 'reference', p, 32);
    if (reference && !REFERENCE.test(reference)) fail(`${p}reference`, 'must be letters, digits, dots, hyphens');
    unique(reference, `${p}reference`);
    const title = str(raw, 'title', p, 300);
    const body = str(raw, 'text', p, 4000, false);
    const appliesTo: string[] = [];
    const kinds = raw['appliesTo'];
    if (kinds !== undefined) {
      if (!Array.isArray(kinds)) fail(`${p}appliesTo`, 'must be a list of organisation kinds');
      else
        kinds.forEach((k, i) => {
          if (typeof k !== 'string' || !(ORGANISATION_KIND_NAMES as readonly string[]).includes(k))
            fail(`${p}appliesTo[${i}]`, `'${String(k)}' is not an organisation kind`);
          else if (!appliesTo.includes(k)) appliesTo.push(k);
        });
    }
    return { reference, title, text: body, appliesTo };
  };

  const section = (raw: unknown, path: string, depth: number): ParsedSection => {
    if (!isObject(raw)) {
      fail(path, 'must be an object');
      return { reference: '', name: '', deepDive: false, sections: [], requirements: [] };
    }
    const p = `${path}.`;
    const reference = str(raw, 'reference', p, 32);
    if (reference && !REFERENCE.test(reference)) fail(`${p}reference`, 'must be letters, digits, dots, hyphens');
    unique(reference, `${p}reference`);
    const sectionName = str(raw, 'name', p, 300);
    const children = list(raw, 'sections', p);
    if (children.length && depth >= 2) fail(`${p}sections`, 'sections nest at most three deep');
    const deepDive = raw['deepDive'] ?? false;
    if (typeof deepDive !== 'boolean') fail(`${p}deepDive`, 'must be true or false');
    else if (deepDive && depth > 0) fail(`${p}deepDive`, 'only a top-level section can be a deep dive');
    else if (deepDive && children.length) fail(`${p}deepDive`, 'a deep dive holds questions, not sections');
    const requirements = list(raw, 'requirements', p).map((r, i) => requirement(r, `${p}requirements[${i}]`));
    return {
      reference,
      name: sectionName,
      deepDive: deepDive === true,
      sections: children.map((s, i) => section(s, `${p}sections[${i}]`, depth + 1)),
      requirements,
    };
  };

  const list = (o: Json, field: string, path: string): unknown[] => {
    const v = o[field];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      fail(`${path}${field}`, 'must be a list');
      return [];
    }
    return v;
  };

  const rawSections = list(data, 'sections', '');
  if (!rawSections.length && !errors.some((e) => e.startsWith('sections'))) fail('sections', 'must not be empty');
  const sections = rawSections.map((s, i) => section(s, `sections[${i}]`, 0));
  if (rawSections.length && requirementCount === 0) fail('sections', 'hold no requirement');
  if (requirementCount > 2000) fail('sections', 'hold more than 2000 requirements');

  if (errors.length || !kind) return { ok: false, errors };
  return { ok: true, framework: { key, name, version, kind, source, description, sections } };
}
