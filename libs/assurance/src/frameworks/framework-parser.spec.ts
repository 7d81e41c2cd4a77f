import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFramework } from './framework-parser';

const valid = {
  key: 'eprr-core-standards',
  name: 'EPRR core standards',
  version: '2025-26',
  kind: 'EPRR_CORE_STANDARDS',
  sections: [
    {
      reference: 'D1',
      name: 'Governance',
      requirements: [{ reference: '1', title: 'Senior leadership', appliesTo: ['ACUTE_TRUST'] }],
    },
  ],
};

const errorsOf = (value: unknown) => {
  const result = parseFramework(JSON.stringify(value));
  return result.ok ? [] : result.errors;
};

describe('parseFramework', () => {
  it('accepts a valid file and normalises it', () => {
    const result = parseFramework(JSON.stringify(valid));
    expect(result).toMatchObject({
      ok: true,
      framework: {
        key: 'eprr-core-standards',
        kind: 'EPRR_CORE_STANDARDS',
        sections: [
          {
            reference: 'D1',
            name: 'Governance',
            sections: [],
            requirements: [{ reference: '1', title: 'Senior leadership', text: '', appliesTo: ['ACUTE_TRUST'] }],
          },
        ],
      },
    });
  });

  it('names the row of each bad requirement', () => {
    const bad = {
      ...valid,
      sections: [
        {
          reference: 'D1',
          name: 'Governance',
          requirements: [
            { reference: '1', title: 'ok' },
            { reference: '2', title: '', appliesTo: ['HOSPITAL'] },
            { reference: '1', title: 'again' },
          ],
        },
      ],
    };
    expect(errorsOf(bad)).toEqual([
      'sections[0].requirements[1].title: must not be empty',
      "sections[0].requirements[1].appliesTo[0]: 'HOSPITAL' is not an organisation kind",
      "sections[0].requirements[2].reference: '1' is used already at sections[0].requirements[0].reference",
    ]);
  });

  it('refuses what is not JSON, an unknown kind, missing fields and empty frameworks', () => {
    expect(errorsOf(undefined)).toEqual([expect.stringMatching(/^\$: not valid JSON/)]);
    expect(parseFramework('[1]')).toEqual({ ok: false, errors: ['$: must be an object'] });
    expect(errorsOf({ ...valid, kind: 'ISO' })).toEqual(['kind: must be one of EPRR_CORE_STANDARDS, CAF_DSPT, OTHER']);
    expect(errorsOf({ kind: 'OTHER', sections: [] })).toEqual([
      'key: is required',
      'name: is required',
      'version: is required',
      'sections: must not be empty',
    ]);
    expect(errorsOf({ ...valid, sections: [{ reference: 'A', name: 'Empty' }] })).toEqual([
      'sections: hold no requirement',
    ]);
    expect(errorsOf({ ...valid, sections: 'x' })).toEqual(['sections: must be a list']);
  });

  it('refuses sections nested more than three deep', () => {
    const deep = {
      reference: 'A',
      name: 'a',
      sections: [
        {
          reference: 'B',
          name: 'b',
          sections: [
            {
              reference: 'C',
              name: 'c',
              sections: [{ reference: 'E', name: 'e', requirements: [{ reference: 'x', title: 'x' }] }],
            },
          ],
        },
      ],
    };
    expect(errorsOf({ ...valid, sections: [deep] })).toEqual([
      'sections[0].sections[0].sections[0].sections: sections nest at most three deep',
    ]);
  });

  it('takes a top-level deep dive of questions, and refuses one anywhere else', () => {
    const question = { reference: 'DD1', title: 'Is there an offline copy of the plan?' };
    const dive = { reference: 'DD', name: 'Deep dive', deepDive: true, requirements: [question] };
    const parsed = parseFramework(JSON.stringify({ ...valid, sections: [...valid.sections, dive] }));
    expect(parsed.ok && parsed.framework.sections.map((s) => [s.reference, s.deepDive])).toEqual([
      ...valid.sections.map((s) => [s.reference, false]),
      ['DD', true],
    ]);
    expect(errorsOf({ ...valid, sections: [{ ...dive, deepDive: 'yes' }] })).toEqual([
      'sections[0].deepDive: must be true or false',
    ]);
    expect(errorsOf({ ...valid, sections: [{ reference: 'A', name: 'a', sections: [dive] }] })).toEqual([
      'sections[0].sections[0].deepDive: only a top-level section can be a deep dive',
    ]);
    expect(
      errorsOf({
        ...valid,
        sections: [
          { ...dive, sections: [{ reference: 'S', name: 's', requirements: [{ reference: 'y', title: 'y' }] }] },
        ],
      }),
    ).toEqual(['sections[0].deepDive: a deep dive holds questions, not sections']);
  });

  it.each(['caf-dspt-2025-26.json', 'eprr-core-standards-sample.json'])('the shipped file %s is valid', (file) => {
    const result = parseFramework(readFileSync(join(__dirname, '../../frameworks', file), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
