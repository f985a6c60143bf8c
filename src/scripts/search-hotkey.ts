// On the search page, pressing "/" outside a form field moves focus back to the search field.
// Content pages carry no script, so the shortcut lives here only.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if ((event.target as Element | null)?.closest('input, textarea, select, [contenteditable]'))
    return;
  const field =
    document.querySelector<HTMLInputElement>('fb-search input[name="q"]') ??
    document.querySelector<HTMLInputElement>('#sitesearch-q');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
