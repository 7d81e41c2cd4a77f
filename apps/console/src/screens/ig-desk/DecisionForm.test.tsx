import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DecisionForm } from './DecisionForm';

const GRADING = {
  reportableMinLikelihood: 3,
  reportableMinSeverity: 2,
  likelihoodLabels: ['not occurred', 'not likely', 'likely', 'highly likely', 'occurred'],
  severityLabels: ['no adverse effect', 'minor', 'adverse', 'serious', 'catastrophic'],
};

function show(supersede?: { id: string; type: 'ICO_ART33' }) {
  render(
    <MockedProvider mocks={[]}>
      <DecisionForm
        threadId="t1"
        types={['ICO_ART33', 'DSPT_REPORT']}
        supersede={supersede}
        grading={GRADING}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />
    </MockedProvider>,
  );
}

describe('DecisionForm', () => {
  it('shows what the DSPT grading suggests beside it, and asks why when the decision goes against it', async () => {
    show();
    expect(screen.getByTestId('dspt-suggestion')).toBeEmptyDOMElement();
    await userEvent.selectOptions(screen.getByLabelText('DSPT likelihood of harm'), '2');
    await userEvent.selectOptions(screen.getByLabelText('DSPT severity of harm'), '4');
    expect(screen.getByTestId('dspt-suggestion')).toHaveTextContent(
      'The DSPT grading (likelihood 2, severity 4) suggests not reportable.',
    );
    expect(screen.queryByLabelText('Why the decision differs from what the grading suggests')).toBeNull();
    await userEvent.click(screen.getByLabelText('Reportable'));
    expect(screen.getByLabelText('Why the decision differs from what the grading suggests')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('DSPT likelihood of harm'), '3');
    expect(screen.getByTestId('dspt-suggestion')).toHaveTextContent('suggests reportable.');
    expect(screen.queryByLabelText('Why the decision differs from what the grading suggests')).toBeNull();
  });

  it('names the problems in an error summary and sends nothing', async () => {
    show({ id: 'd1', type: 'ICO_ART33' });
    expect(screen.queryByLabelText('What the decision is about')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Supersede the decision' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter why the earlier decision no longer stands' })).toHaveAttribute(
      'href',
      '#decision-supersedeReason',
    );
    expect(screen.getByRole('link', { name: 'Select the decision' })).toHaveAttribute('href', '#decision-outcome');
  });
});
