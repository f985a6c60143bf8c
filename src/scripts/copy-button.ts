// <fb-copy data-target="id">: reveals its button and copies the target's text; the messages come from the page.
class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.dataset['target'] ?? '');
    if (!button || !status || !target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        // The build leaves the copied text without soft hyphens (src/lib/hyphenation.ts); any that
        // get in all the same are taken out, so a pasted citation has no hidden characters.
        const text = target.textContent?.replaceAll('\u00AD', '').trim() ?? '';
        await navigator.clipboard.writeText(text);
        status.textContent = this.dataset['copied'] ?? '';
      } catch {
        status.textContent = this.dataset['failed'] ?? '';
      }
    });
  }
}

customElements.define('fb-copy', CopyButton);
