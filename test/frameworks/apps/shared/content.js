// The clinic's content every framework app shows (test/frameworks/support.mjs copies this file into
// each app as content.js), with the quotes, dashes and ellipses a clinic writes.
export const content = {
  lang: 'en-GB',
  title: "Epidural injections at St Mary's",
  intro: "You'll meet the team first -- and there's time for questions...",
  sections: [
    { id: 'what-is-it', heading: 'What is it?', paragraphs: ['An injection near the spine.'] },
    { id: 'benefits', heading: 'Benefits', items: ['Less pain for some people.'] },
  ],
  provider: { name: "St Mary's Clinic", url: '/about' },
};
