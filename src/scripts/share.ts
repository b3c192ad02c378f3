/**
 * Copy and share on finding and document pages (src/components/ShareLinks.astro). Shows the buttons the
 * page holds hidden, where the browser can do what they say: copy the citation or the link to the
 * clipboard, or share the link (navigator.share), and says in a live region what was done. At most 1 kB
 * gzipped (tests/site/policy.test.ts).
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const $ = <T extends HTMLElement>(selector: string) => box.querySelector<T>(selector)!;
  const status = $('[role=status]');
  const say = (message: string) => {
    // Emptied first, so a second click on the same button is announced again.
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 100);
  };
  const link = $<HTMLAnchorElement>('[data-link]').href;
  if (navigator.clipboard) {
    for (const button of box.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', () =>
        navigator.clipboard
          .writeText(button.dataset.copy === 'link' ? link : $('[data-citation]').textContent!.trim())
          .then(() => say(button.dataset.done!), () => say('Could not copy: select the text and copy it.')),
      );
    }
    $('[data-actions]').hidden = false;
  }
  if (navigator.share) {
    const share = $<HTMLButtonElement>('[data-native]');
    share.hidden = false;
    $('[data-actions]').hidden = false;
    share.addEventListener('click', () => navigator.share({ title: box.dataset.title, url: link }).catch(() => {}));
  }
}
