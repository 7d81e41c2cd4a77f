import { Button, WarningCallout } from 'nhsuk-react-components';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A change that needs a second look (a role, an account, a key): what it does, in words,
 * then "Yes, …" or Cancel. The heading takes focus when it appears, so a screen reader
 * hears the question.
 */
export function Confirm({
  title,
  confirm,
  onConfirm,
  onCancel,
  busy = false,
  warning = false,
  children,
}: {
  title: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  warning?: boolean;
  children: ReactNode;
}) {
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <WarningCallout data-testid="confirm">
      <div tabIndex={-1} ref={heading}>
        <WarningCallout.Heading visuallyHiddenText="Check">{title}</WarningCallout.Heading>
      </div>
      {children}
      <div className="nhsuk-button-group">
        <Button type="button" warning={warning} disabled={busy} onClick={onConfirm}>
          {busy ? 'Saving…' : confirm}
        </Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </WarningCallout>
  );
}
