import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AsViewer, ORGANISATION } from './admin-test-viewer';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { AdminCreateApiKeyMutation } from './operations';

const SECRET = 'mst_0123456789ab_secret-shown-once';

function show() {
  let created = 0;
  render(
    <MockedProvider
      mocks={[
        {
          request: {
            query: AdminCreateApiKeyMutation,
            variables: { input: { organisationId: ORGANISATION.id, name: 'SOC SIEM', role: 'RESPONDER' } },
          },
          result: {
            data: {
              createApiKey: {
                __typename: 'CreatedApiKey',
                secret: SECRET,
                apiKey: { __typename: 'ApiKey', id: 'k1', name: 'SOC SIEM', role: 'RESPONDER' },
              },
            },
          },
        },
      ]}
    >
      <AsViewer roles={['ORG_ADMIN']}>
        <CreateApiKeyForm onCreated={() => (created += 1)} onProblems={() => undefined} />
      </AsViewer>
    </MockedProvider>,
  );
  return () => created;
}

describe('CreateApiKeyForm', () => {
  it('offers only the roles a machine may hold, and asks for both answers in the error summary', async () => {
    show();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual([
      'INCIDENT_COMMANDER',
      'EPRR_LEAD',
      'RESPONDER',
      'VIEWER',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    expect(screen.getByRole('link', { name: 'Enter what the key is for, like ‘SOC SIEM’' })).toHaveAttribute(
      'href',
      '#key-name',
    );
    expect(screen.getByRole('link', { name: 'Select what the key may do' })).toHaveAttribute('href', '#key-role');
  });

  it('shows the secret once: after "I have copied the key" it is gone for good', async () => {
    const created = show();
    await userEvent.type(screen.getByLabelText('What the key is for'), 'SOC SIEM');
    await userEvent.click(screen.getByLabelText('Responder'));
    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    expect(await screen.findByTestId('api-key-secret')).toHaveTextContent(SECRET);
    expect(screen.getByText(/This is the only time the key is shown/)).toBeInTheDocument();
    expect(created()).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'I have copied the key' }));
    expect(screen.queryByTestId('api-key-secret')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByLabelText('What the key is for')).toHaveValue('');
  });
});
