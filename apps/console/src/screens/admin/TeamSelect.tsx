import { Select } from 'nhsuk-react-components';
import type { AdminTeamsQuery } from '../../generated/graphql';

export type AdminTeam = AdminTeamsQuery['teams']['nodes'][number];

/** A team of the organisation a role is held in, or none. */
export function TeamSelect({
  id,
  teams,
  value,
  onChange,
  error,
}: {
  id: string;
  teams: AdminTeam[];
  value: string;
  onChange: (teamId: string) => void;
  error?: string;
}) {
  if (teams.length === 0) return null;
  return (
    <Select
      id={id}
      label="Team (optional)"
      hint="The team the role is held in, if any"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <Select.Option value="">No team</Select.Option>
      {teams.map((t) => (
        <Select.Option key={t.id} value={t.id}>
          {t.name}
        </Select.Option>
      ))}
    </Select>
  );
}
