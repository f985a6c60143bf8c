// Pressing "/" anywhere outside a form field moves focus to the search field.
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
