/**
 * GraphiQL's markup falls short of WCAG 2.2 AA in two places axe finds: CodeMirror's
 * hidden textareas (what a screen reader announces on entering an editor) have no label,
 * and its scroll regions take no keyboard focus. This names each editor and lets each
 * scroll region be focused; run again whenever GraphiQL renders (editors mount lazily).
 */
export function mendGraphiQL(root: ParentNode): void {
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('textarea:not([aria-label])')) {
    const label = editorName(textarea);
    if (label) textarea.setAttribute('aria-label', label);
  }
  // CodeMirror gives them tabindex -1.
  for (const region of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll:not([tabindex="0"])')) {
    const label = editorName(region);
    region.setAttribute('tabindex', '0');
    if (label) region.setAttribute('aria-label', `${label} (scroll)`);
  }
}

function editorName(element: Element): string | null {
  if (element.closest('.graphiql-query-editor')) return 'Operation';
  if (element.closest('.result-window')) return 'Response';
  const tool = element.closest('.graphiql-editor-tool');
  if (!tool) return null;
  const editors = [...tool.querySelectorAll('.graphiql-editor')];
  const index = editors.findIndex((editor) => editor.contains(element));
  return index === 0 ? 'Variables' : index === 1 ? 'Headers' : 'Editor';
}
