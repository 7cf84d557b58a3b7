import type { CardContent } from './types.js';

/**
 * The card's default content: the plain-English edition of the clinic's page for patients
 * (docs/content/epidural-injection-source.txt). Short sentences and common words, following the
 * NHS standard for creating health content; the same facts, no new ones. Every sentence is mapped
 * to the source sentence it says again in docs/content/plain-english.md, which a test keeps
 * complete. The clinic's own wording is original-content.ts. British spelling.
 */
export const builtInContent: CardContent = {
  lang: 'en-GB',
  title: 'Epidural injections',
  intro:
    'This injection in your back can ease pain or swelling in your spine, arms or legs, for a short time or a long time. Our expert doctors can use scans to put the needle in the right place. It can also help to show where your pain comes from.',
  sections: [
    {
      id: 'what-is-it',
      heading: 'What is an epidural injection?',
      paragraphs: [
        'It puts medicine into the space around your spinal cord. This is called the epidural space. It eases pain and swelling.',
        'The epidural space is the outer part of the spinal canal, the tunnel in your spine that holds the spinal cord. It lies outside the layer that covers the spinal cord, called the dural membrane.',
        'Most often it is a steroid or some other drug that brings down swelling, or an anaesthetic (a drug that numbs pain). It can ease pain and swelling in and around the nerve roots (where nerves leave the spinal cord). It can also ease pain around hurt nerves that may heal in time.',
      ],
    },
    {
      id: 'imaging-guidance',
      heading: 'Scans to guide the needle',
      paragraphs: [
        'The doctor can use a scan to guide the needle. The scan can be fluoroscopy (X-rays that show moving pictures) or a CT scan (computed tomography, many X-rays put together). It helps the doctor put the needle near the place that causes your pain. Then it can help you as much as it can.',
      ],
    },
    {
      id: 'benefits',
      heading: 'How it can help',
      items: [
        'Less pain, for a short time or a long time.',
        'Less swelling in the part of your spine that causes pain, for a short time or a long time.',
        'You may be able to do more of your daily tasks, without pain holding you back.',
        'It can help to show where your pain comes from. That is often hard to find when pain could have more than one cause.',
        'You may need fewer invasive treatments (ones that go inside your body).',
        'It gives your body time to heal the problem behind the pain.',
        'It can let you do physiotherapy (guided stretches and movement), which helps that problem heal.',
      ],
    },
    {
      id: 'limitations',
      heading: 'When it may not help',
      paragraphs: [
        'It most often works well for a problem that started not long ago. It works less often for a problem you have had for a long time. For a few people, it eases the pain only a little, or not at all.',
        'People are not all the same. Sometimes you can have it again after a few weeks or months, so that it does the most good. If it does not help, we will most likely suggest some other treatment.',
      ],
    },
  ],
  disclaimer: 'This is general information. It does not replace advice from your own doctor.',
  // Where these words come from, and that no clinician has reviewed them for the host's site:
  // until a host gives its own content, with its own reviewer and dates.
  adaptedFrom: {
    title: "A clinic's page for patients (Essentially Medical), in plain English",
    date: '2026-12-07',
  },
};
