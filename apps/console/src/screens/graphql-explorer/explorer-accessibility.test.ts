import { describe, expect, it } from 'vitest';
import { mendGraphiQL } from './explorer-accessibility';

const editor = () =>
  '<div class="graphiql-editor"><div class="CodeMirror"><div><textarea></textarea></div><div class="CodeMirror-scroll" tabindex="-1"></div></div></div>';

describe("mending GraphiQL's accessibility", () => {
  it('names every editor and makes its scroll region focusable', () => {
    document.body.innerHTML = `
      <div class="graphiql-query-editor">${editor()}</div>
      <section class="graphiql-editor-tool">${editor()}${editor()}</section>
      <section class="result-window">${editor()}</section>
      <textarea aria-label="Kept"></textarea>`;
    mendGraphiQL(document.body);
    const labels = [...document.querySelectorAll('textarea')].map((t) => t.getAttribute('aria-label'));
    expect(labels).toEqual(['Operation', 'Variables', 'Headers', 'Response', 'Kept']);
    const regions = [...document.querySelectorAll('.CodeMirror-scroll')];
    expect(regions.map((r) => r.getAttribute('tabindex'))).toEqual(['0', '0', '0', '0']);
    expect(regions[0].getAttribute('aria-label')).toBe('Operation (scroll)');
  });
});
