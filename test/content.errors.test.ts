import { expect, html, oneEvent } from '@open-wc/testing';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { builtInContent } from '../src/epidural-info-card.js';
import { spanishContent } from './fixtures/content.js';
import { $, NOTICE, renderCard, sectionButton } from './helpers.js';

const title = (el: EpiduralInfoCard) => $(el, '.title').textContent;
const unique = () => `n=${Math.random().toString(36).slice(2)}`;

/*
 * Each way content can be wrong: one console error naming the problem (and the field's path), one
 * epidural-info-error event, the last good content still shown (with `shownTitle`) or, where the
 * host gave none before, no procedure's text but a notice, and the page working.
 */
async function expectFailure(
  start: (el: EpiduralInfoCard) => void,
  reason: string,
  message: RegExp,
  shownTitle?: string,
) {
  const page = await renderCard(
    html`<div>
      <epidural-info-card id="bad"></epidural-info-card>
      <epidural-info-card id="neighbour"></epidural-info-card>
    </div>` as never,
  );
  const el = page.querySelector<EpiduralInfoCard>('#bad')!;
  const neighbour = page.querySelector<EpiduralInfoCard>('#neighbour')!;
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  let detail: ErrorDetail;
  try {
    setTimeout(() => start(el));
    ({ detail } = await oneEvent(document, 'epidural-info-error'));
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.error = original;
  }
  expect(detail.reason).to.equal(reason);
  expect(detail.message).to.match(message);
  // The console names the card (by its id); the problem stays readable on it afterwards.
  expect(logged).to.deep.equal([`<epidural-info-card id="bad">: ${detail.message}`]);
  expect(el.problems).to.deep.equal([detail]);
  expect(neighbour.problems).to.deep.equal([]);
  await el.updateComplete;
  if (shownTitle) {
    expect(title(el)).to.equal(shownTitle);
    sectionButton(el, el.openSections[0] ?? el.content!.sections[0].id).click();
  } else {
    expect(el.shadowRoot!.textContent).to.equal(NOTICE);
    expect(el.content).to.equal(undefined);
    expect(el.openSections).to.deep.equal([]);
    await expect(el).to.be.accessible();
  }
  // The card and the page go on working.
  sectionButton(neighbour, 'benefits').click();
  await neighbour.updateComplete;
  expect(neighbour.openSections).to.deep.equal(['benefits']);
}

describe('<epidural-info-card> bad content', () => {
  it('on a page of seven cards, one bad: six render, and the message names the seventh', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    const box = document.createElement('div');
    let cards: EpiduralInfoCard[];
    let total: number;
    try {
      // As a page's parser meets them: six good cards, then one with a theme it does not have.
      box.innerHTML = `${'<epidural-info-card></epidural-info-card>'.repeat(6)}<epidural-info-card theme="purple"></epidural-info-card>`;
      document.body.append(box);
      total = document.querySelectorAll('epidural-info-card').length;
      cards = [...box.querySelectorAll<EpiduralInfoCard>('epidural-info-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
    } finally {
      console.error = original;
      box.remove();
    }
    expect(logged).to.deep.equal([
      `<epidural-info-card> (card ${total} of ${total}): theme must be light, dark or auto, not "purple"; using light.`,
    ]);
    expect(cards.map((c) => c.shadowRoot!.querySelector('article') != null)).to.deep.equal(
      Array(7).fill(true),
    );
    expect(cards.map((c) => c.problems.length)).to.deep.equal([0, 0, 0, 0, 0, 0, 1]);
    expect(cards[6].problems[0].reason).to.equal('invalid-theme');
  });

  // The src as an attribute, or as a property a script set (which is not reflected).
  const setSrc: [string, (el: EpiduralInfoCard, src: string) => void][] = [
    ['attribute', (el, src) => el.setAttribute('src', src)],
    ['property', (el, src) => (el.src = src)],
  ];
  for (const [how, set] of setSrc) {
    it(`a card with a src (set as its ${how}) and no id is named by its src`, async () => {
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      try {
        const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
        set(el, 'data:application/json,{}');
        document.body.append(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        el.remove();
      } finally {
        console.error = original;
      }
      expect(logged[0]).to.match(/^<epidural-info-card src="data:application\/json,\{\}">: src /);
    });
  }

  it('invalid JSON in the script child', async () => {
    await expectFailure(
      (el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{"lang": "en", "title": ';
        el.append(script);
        el.remove();
        document.body.append(el);
      },
      'invalid-json',
      /^content is not JSON: SyntaxError/,
    );
  });

  it('a wrong shape set as the property', async () => {
    await expectFailure(
      (el) => (el.content = ['not', 'an', 'object'] as never),
      'invalid-content',
      /^content must be an object, not an array|^content must be an object, not \["not"/,
    );
  });

  it('a missing required field', async () => {
    const { title: _, ...untitled } = builtInContent;
    await expectFailure(
      (el) => (el.content = untitled as never),
      'invalid-content',
      /^content\.title is required\.$/,
    );
  });

  it('an unknown field', async () => {
    await expectFailure(
      (el) => (el.content = { ...builtInContent, risks: ['invented'] } as never),
      'invalid-content',
      /^content\.risks is not a known field/,
    );
  });

  it('keeps the last good content, not the built-in one', async () => {
    await expectFailure(
      (el) => {
        el.content = spanishContent;
        el.content = { ...spanishContent, title: 42 } as never;
      },
      'invalid-content',
      /^content\.title must be a non-empty string, not 42\.$/,
      spanishContent.title,
    );
  });

  it('a src that answers 404', async () => {
    await expectFailure(
      (el) => (el.src = `/test/fixtures/missing.json?${unique()}`),
      'fetch-failed',
      /^src http:\/\/[^ ]+\/test\/fixtures\/missing\.json\?n=\w+: HTTP 404\.$/,
    );
  });

  it('a src that cannot be reached', async () => {
    await expectFailure(
      (el) => (el.src = `http://127.0.0.1:9/content.json?${unique()}`),
      'fetch-failed',
      /^src http:\/\/127\.0\.0\.1:9\/content\.json\?n=\w+: TypeError/,
    );
  });

  it('a src whose document is too large', async () => {
    await expectFailure(
      (el) => (el.src = `/test-api/huge.json?${unique()}`),
      'too-large',
      // Read only as far as the limit: the rest is never downloaded.
      /^src [^ ]+\/test-api\/huge\.json\?n=\w+: more than 100000 characters, the limit\.$/,
    );
  });

  it('a src that is not JSON', async () => {
    await expectFailure(
      (el) => (el.src = `/test-api/not-json.txt?${unique()}`),
      'invalid-json',
      /^content is not JSON/,
    );
  });

  it('a src that is served as something else than JSON', async () => {
    await expectFailure(
      (el) => (el.src = `/README.md?${unique()}`),
      'invalid-json',
      /^src [^ ]+\/README\.md\?n=\w+: served as text\/markdown, not JSON\.$/,
    );
  });

  it('a src that does not answer within 10 s', async function () {
    this.timeout(20_000);
    await expectFailure(
      (el) => (el.src = `/test-api/slow.json?${unique()}`),
      'timeout',
      /^src [^ ]+\/test-api\/slow\.json\?n=\w+: no answer within 10 s\.$/,
    );
  });

  it('an unsafe link in an attribute', async () => {
    await expectFailure(
      (el) => el.setAttribute('cta-href', 'javascript:alert(document.cookie)'),
      'unsafe-url',
      /^cta-… \/ provider-… attributes: content\.cta\.href was dropped: links must be https:/,
      // The host gave no content: the built-in text, less the link.
      builtInContent.title,
    );
  });
});

/*
 * A clinic writing about another procedure, with one mistake: whatever route its content takes,
 * the reader never gets the built-in epidural text in its place.
 */
describe('<epidural-info-card> content about another procedure, with a mistake', () => {
  const facet = {
    lang: 'en-GB',
    title: 'Facet joint injections',
    sections: [{ id: 'what', heading: 'What is it?', paragraph: ['An injection into a joint.'] }],
  };
  const FIELD = /^content\.sections\[0\]\.paragraph is not a known field/;

  /* The card after its error: the problem, what its shadow root shows, and what the page shows. */
  async function afterError(el: EpiduralInfoCard, mount: () => void) {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const error = oneEvent(el, 'epidural-info-error');
      mount();
      const { detail } = await error;
      await el.updateComplete;
      return { detail, logged, root: el.shadowRoot!.textContent, page: el.innerText };
    } finally {
      console.error = original;
      el.remove();
    }
  }

  it('as a JSON child, with a fallback link inside the tag: the link is what shows', async () => {
    const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
    el.innerHTML = `<a href="/facet">Read about facet joint injections</a><script type="application/json">${JSON.stringify(facet)}</script>`;
    const seen = await afterError(el, () => document.body.append(el));
    expect(seen.detail.message).to.match(FIELD);
    expect(seen.root).to.equal('');
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(seen.page).to.equal('Read about facet joint injections');
    expect(seen.logged.join(' ')).not.to.include(builtInContent.title);
  });

  it('as a src, with nothing inside the tag: a notice, and the error naming the field', async () => {
    const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
    const seen = await afterError(el, () => {
      el.src = `/test/fixtures/facet-mistake.json?${unique()}`;
      document.body.append(el);
    });
    expect(seen.detail.message).to.match(FIELD);
    expect(seen.root).to.equal(NOTICE);
  });

  it('as the property: a notice', async () => {
    const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
    document.body.append(el);
    await el.updateComplete;
    const seen = await afterError(el, () => (el.content = facet as never));
    expect(seen.detail.message).to.match(FIELD);
    expect(seen.root).to.equal(NOTICE);
  });

  it('shows no procedure while its src loads, then the document', async () => {
    const el = document.createElement('epidural-info-card') as EpiduralInfoCard;
    el.src = `/test/fixtures/review-site.json?${unique()}`;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.include(builtInContent.title);
    expect(el.content).to.equal(undefined);
    await oneEvent(el, 'epidural-info-content');
    await el.updateComplete;
    expect(title(el)).to.equal('Epidural injections (test document)');
    el.remove();
  });
});
