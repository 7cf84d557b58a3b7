import type { CardContent } from './types.js';

/**
 * The clinic's own wording (docs/content/epidural-injection-source.txt, the clinic's page for
 * patients). Only whitespace, list breaks and typos are mended; the source's meaning and British
 * spelling are kept. The "Imaging guidance" heading and the disclaimer are the card's own words;
 * they make no medical claim. Not in the embed script, whose built-in text is the plain-English
 * edition (built-in-content.ts): a host shows this one as its content (epidural-info-card/server's
 * `originalContent`, or `src` pointing at release/epidural-injection.original.json).
 */
export const originalContent: CardContent = {
  lang: 'en-GB',
  title: 'Epidural injections',
  intro:
    'A spinal injection affords temporary or even prolonged relief for pain or inflammation in the spinal column or extremities. Our specialists can use imaging guidance to put the needle in the right area for being more precise. The injection can also help to confirm the precise site that is generating the pain.',
  sections: [
    {
      id: 'what-is-it',
      heading: 'What is an epidural injection?',
      paragraphs: [
        'This term refers to an injection of medication into the space around the spinal cord, also known as the epidural space, to offer relief of pain and inflammation. The epidural space is the most external part of the vertebral canal, which is located outside the dural membrane. The dural membrane is the covering layer of spinal cord.',
        'Steroids, anaesthetics and anti-inflammatory medications are usually administered by epidural injection. The injection can reduce pain and swelling in and around the spinal nerve roots, and around injured nerves that may eventually heal.',
      ],
    },
    {
      id: 'imaging-guidance',
      heading: 'Imaging guidance',
      paragraphs: [
        'Imaging guidance, using fluoroscopy or computed tomography (CT scan), can be used to help the doctor place the needle in the right place to target the specific area that is causing the pain so that the injection produces the maximum benefit for the patient.',
      ],
    },
    {
      id: 'benefits',
      heading: 'Benefits of the procedure',
      items: [
        'Temporary or prolonged pain alleviation.',
        'Temporary or prolonged decrement of inflammation in the region of the spine that causes pain.',
        'Enhanced ability to perform daily life activities without the previous restrictions caused by pain.',
        'It can help to confirm the exact site that generated pain. This is, in general, a problem in those patients who have more than one possible cause of pain.',
        'It could reduce the need for invasive procedures.',
        'Allows the body mechanisms time to heal the underlying condition.',
        'Allows the ability to undertake physical therapy to enhance healing of the underlying problem.',
      ],
    },
    {
      id: 'limitations',
      heading: 'Limitations',
      paragraphs: [
        'An epidural injection is usually highly effective in more recent conditions and has a lower success rate when the problem is longstanding. In a few cases, an epidural injection may offer little or no alleviation of pain. Each patient is different; however, there are times when the injection can be repeated after a few weeks or months to receive the utmost benefit from the medication. If epidural injections do not help to relieve pain, we will probably recommend another therapy.',
      ],
    },
  ],
  disclaimer: 'This is general information. It does not replace advice from your own doctor.',
};
