import { Radios, Textarea } from 'nhsuk-react-components';
import { problemFor, type FormProblem } from '../../components/FormErrorSummary';
import { METHANE_FIELDS, type MethaneValues } from './methane-form';

/** The METHANE questions (ids `<prefix>-<field>`), used by the METHANE form and by declaring a major incident. */
export function MethaneFields({
  prefix,
  values,
  onChange,
  problems,
}: {
  prefix: string;
  values: MethaneValues;
  onChange: (values: MethaneValues) => void;
  problems: FormProblem[];
}) {
  return (
    <>
      <Radios
        id={`${prefix}-majorIncidentDeclared`}
        name={`${prefix}-majorIncidentDeclared`}
        legend="M – Major incident declared?"
        error={problemFor(problems, `${prefix}-majorIncidentDeclared`)}
        inline
      >
        <Radios.Item
          value="yes"
          checked={values.majorIncidentDeclared === 'yes'}
          onChange={() => onChange({ ...values, majorIncidentDeclared: 'yes' })}
        >
          Yes
        </Radios.Item>
        <Radios.Item
          value="no"
          checked={values.majorIncidentDeclared === 'no'}
          onChange={() => onChange({ ...values, majorIncidentDeclared: 'no' })}
        >
          No
        </Radios.Item>
      </Radios>
      {METHANE_FIELDS.map((f) => (
        <Textarea
          key={f.name}
          id={`${prefix}-${f.name}`}
          label={f.label}
          hint={f.hint}
          rows={2}
          value={values[f.name]}
          onChange={(e) => onChange({ ...values, [f.name]: e.target.value })}
          error={problemFor(problems, `${prefix}-${f.name}`)}
        />
      ))}
    </>
  );
}
