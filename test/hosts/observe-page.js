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
