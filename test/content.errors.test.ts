import { expect, html, oneEvent } from '@open-wc/testing';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { builtInContent } from '../src/epidural-info-card.js';
import { spanishContent } from './fixtures/content.js';
import { $, renderCard, sectionButton } from './helpers.js';

const title = (el: EpiduralInfoCard) => $(el, '.title').textContent;
const unique = () => `n=${Math.random().toString(36).slice(2)}`;

/*
 * Each way content can be wrong: one console error naming the problem (and the field's path), one
 * epidural-info-error event, the built-in or last good content still shown, and the page working.
 */
async function expectFailure(
  start: (el: EpiduralInfoCard) => void,
  reason: string,
  message: RegExp,
  shownTitle = builtInContent.title,
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
  expect(title(el)).to.equal(shownTitle);
  // The card and the page go on working.
  sectionButton(el, el.openSections[0] ?? el.content.sections[0].id).click();
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

  it('a card with a src and no id is named by its src', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = document.createElement('epidural-info-card');
      el.setAttribute('src', 'data:application/json,{}');
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      el.remove();
    } finally {
      console.error = original;
    }
    expect(logged[0]).to.match(/^<epidural-info-card src="data:application\/json,\{\}">: src /);
  });

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
    );
  });
});
