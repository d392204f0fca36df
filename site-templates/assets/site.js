// The site's own behaviour. Loaded as a module, so it runs after the page is parsed. GOV.UK
// Frontend's script is not loaded: the site uses none of the components that need it.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

// The skip link moves focus, not only the view, so that the next Tab starts in the main content.
for (const link of document.querySelectorAll('a.govuk-skip-link[href^="#"]')) {
  link.addEventListener('click', () => {
    const target = document.getElementById(link.hash.slice(1));
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.classList.add('govuk-skip-link-focused-element');
    target.addEventListener('blur', () => {
      target.removeAttribute('tabindex');
      target.classList.remove('govuk-skip-link-focused-element');
    }, { once: true });
    target.focus();
  });
}

// Copy buttons: staff paste earlier answers and standard wording into new responses. A change of
// the button's own text is not reliably read out, so the outcome is also said in a live region.
const copyButtons = document.querySelectorAll('button.foikb-copy');
if (copyButtons.length > 0 && navigator.clipboard) {
  const status = document.createElement('p');
  status.className = 'govuk-visually-hidden';
  status.setAttribute('role', 'status');
  status.id = 'copy-status';
  document.body.append(status);
  for (const button of copyButtons) {
    const target = document.getElementById(button.dataset.copyTarget);
    if (!target) continue;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.innerText.trim());
        button.textContent = 'Copied';
        status.textContent = label.replace(/^Copy/, 'Copied') + ' to the clipboard';
      } catch (e) {
        button.textContent = 'Could not copy: select the text instead';
        status.textContent = 'Could not copy: select the text instead';
      }
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  }
}
