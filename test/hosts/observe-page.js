// Loaded first by every host page: records what the page looked like before the embed script, and
// every Content-Security-Policy violation, for the tests to read.
window.hostObserved = {
  globalsBefore: Object.getOwnPropertyNames(window),
  violations: [],
  errors: [],
};
document.addEventListener('securitypolicyviolation', (event) => {
  window.hostObserved.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.addEventListener('error', (event) => {
  window.hostObserved.errors.push(String(event.message));
});
// Whether the element was defined as soon as the embed script had run (its load event follows
// its run in the same task).
document.addEventListener(
  'load',
  (event) => {
    if (event.target.src?.endsWith('/epidural-info-card.js'))
      window.hostObserved.definedAsItRan ??= !!customElements.get('epidural-info-card');
  },
  true,
);

// With ?frames: each frame drawn while the page loads, as [cards drawn, of them unstyled (no card
// border)], until the page has loaded and a few frames more.
if (new URLSearchParams(location.search).has('frames')) {
  window.hostObserved.frames = [];
  const frame = () =>
    requestAnimationFrame(() => {
      const articles = [...document.querySelectorAll('epidural-info-card')]
        .map((card) => card.shadowRoot?.querySelector('article'))
        .filter(Boolean);
      window.hostObserved.frames.push([
        articles.length,
        articles.filter((a) => getComputedStyle(a).borderTopStyle != 'solid').length,
      ]);
      if (document.readyState != 'complete' || window.hostObserved.frames.length < 5) frame();
    });
  frame();
}
