// The site's own behaviour. Loaded as a module, so it runs after the page is parsed.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Copy buttons: staff paste earlier answers and standard wording into new responses.
for (const button of document.querySelectorAll('button.foikb-copy')) {
  const target = document.getElementById(button.dataset.copyTarget);
  if (!target || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(target.innerText.trim());
      button.textContent = 'Copied';
    } catch (e) {
      button.textContent = 'Could not copy: select the text instead';
    }
    setTimeout(() => { button.textContent = label; }, 2000);
  });
}
