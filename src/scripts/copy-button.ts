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
        await navigator.clipboard.writeText(target.textContent?.trim() ?? '');
        status.textContent = this.dataset['copied'] ?? '';
      } catch {
        status.textContent = this.dataset['failed'] ?? '';
      }
    });
  }
}

customElements.define('fb-copy', CopyButton);
