import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { builtInContent } from '../src/epidural-info-card.js';
import {
  cardPixels,
  loadHost,
  pixelDifference,
  removeHosts,
  renderedCard,
  useWideViewport,
  type HostOptions,
  type HostPage,
} from './embed-helpers.js';
import { clinicContent, spanishContent } from './fixtures/content.js';
import { asPrerendered, drawn, isShown, record } from './helpers.js';
import { renderCard as prerender } from '../src/server/render-card.js';

type Rendered = { html: string; styleHashes: string[] } | { error: string; name: string };
const renderOnServer = (options: { attributes?: object; content?: unknown }) =>
  executeServerCommand<Rendered, typeof options>('render-card', options);

/** The prerendered card in a host page, before any script has run on it. */
async function prerenderedPage(options: HostOptions): Promise<{ page: HostPage; card: Element }> {
  const page = await loadHost({ load: 'none', ...options });
  const card = page.doc.getElementById('card')!;
  await drawn();
  return { page, card };
}

/** The embed script, added to the page now, as if it had been slow to arrive. */
async function runScript(page: HostPage): Promise<EpiduralInfoCard> {
  const script = page.doc.createElement('script');
  script.src = '/dist/epidural-info-card.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  page.doc.head.append(script);
  await loaded;
  await page.win.customElements.whenDefined('epidural-info-card');
  const card = page.doc.getElementById('card') as EpiduralInfoCard;
  await card.updateComplete;
  await drawn();
  return card;
}

/* The article the script draws itself for the same attributes and content, in this page. */
async function drawnByScript(options: {
  attributes?: Record<string, unknown>;
  content?: unknown;
}): Promise<Element> {
  const card = document.createElement('epidural-info-card') as EpiduralInfoCard;
  for (const [name, value] of Object.entries(options.attributes ?? {}))
    card.setAttribute(name, String(value));
  if (options.content) card.content = options.content as EpiduralInfoCard['content'] & object;
  document.body.append(card);
  await card.updateComplete;
  const article = card.shadowRoot!.querySelector('article')!.cloneNode(true) as Element;
  card.remove();
  return article;
}

const shown = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].filter((node) => isShown(node));

describe('prerendered card: before any script', () => {
  afterEach(removeHosts);

  it('paints the finished card, styled, in its starting state', async () => {
    const { page, card } = await prerenderedPage({
      prerender: { attributes: { 'open-sections': 'benefits', 'heading-level': 3 } },
    });
    expect(page.win.customElements.get('epidural-info-card')).to.equal(undefined);
    const root = card.shadowRoot!;
    expect(root.querySelector('h3.title')!.textContent).to.equal(builtInContent.title);
    const article = root.querySelector('article')!;
    expect(getComputedStyle(article).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(article).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(shown(root, '#p-benefits li')).to.have.length(7);
    expect(shown(root, '#p-limitations p')).to.have.length(0);
    // No control yet: the section names are text drawn as the buttons, the open one turned up.
    expect(root.querySelector('button, [aria-expanded], [tabindex]')).to.equal(null);
    expect(
      [...root.querySelectorAll('.section-heading > .trigger')].map((t) =>
        t.classList.contains('open'),
      ),
    ).to.deep.equal([false, false, true, false]);
    const card2 = await runScript(page);
    expect(card2.shadowRoot!.querySelector('#b-benefits')!.getAttribute('aria-expanded')).to.equal(
      'true',
    );
  });

  it('draws theme="dark", and custom content, before the script', async () => {
    const { card } = await prerenderedPage({
      prerender: { attributes: { theme: 'dark' }, content: spanishContent },
    });
    const root = card.shadowRoot!;
    expect(getComputedStyle(root.querySelector('article')!).backgroundColor).to.equal(
      'rgb(22, 27, 34)',
    );
    expect(root.querySelector('.title')!.textContent).to.equal(spanishContent.title);
    expect(root.querySelector('.show-all')!.textContent).to.equal(spanishContent.strings!.showAll);
  });

  it('puts the text, and with structured-data the JSON-LD, in the HTML the server sends', async () => {
    const options = { attributes: { id: 'card', 'structured-data': true }, content: clinicContent };
    const html = await fetch(
      `/host.html?load=none&prerender=${encodeURIComponent(JSON.stringify(options))}`,
    ).then((r) => r.text());
    for (const section of clinicContent.sections) {
      expect(html).to.contain(section.heading);
      for (const text of [...(section.paragraphs ?? []), ...(section.items ?? [])])
        expect(html).to.contain(text);
    }
    expect(html).to.contain('<script type="application/ld+json">');
    expect(html).to.contain('"@type":"MedicalWebPage"');
  });
});

describe('prerendered card: the script takes it over', () => {
  before(useWideViewport);
  afterEach(removeHosts);

  for (const [name, prerender] of [
    ['the built-in text', {}],
    [
      'a clinic, a section open, a call to action',
      {
        attributes: {
          'open-sections': 'benefits',
          'cta-href': '/book',
          'provider-name': 'Essentially Medical',
        },
      },
    ],
    [
      'content of its own, dark, heading level 3',
      { attributes: { theme: 'dark', 'heading-level': 3 }, content: clinicContent },
    ],
  ] as const) {
    it(`with no visible change: ${name}`, async () => {
      const { page, card } = await prerenderedPage({ prerender });
      const before = card.getBoundingClientRect();
      const pixelsBefore = await cardPixels(page, card);
      const layoutShifts: number[] = [];
      const observing = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      if (observing) {
        new (page.win as unknown as typeof window).PerformanceObserver((list) =>
          list
            .getEntries()
            .forEach((e) => layoutShifts.push((e as unknown as { value: number }).value)),
        ).observe({ type: 'layout-shift' });
      }
      const root = card.shadowRoot!;
      const elementsBefore = [...root.querySelectorAll('*:not(.trigger, .trigger *)')];
      const upgraded = await runScript(page);
      expect(upgraded === card).to.equal(true);
      const after = card.getBoundingClientRect();
      expect([after.top, after.height]).to.deep.equal([before.top, before.height]);
      expect(pixelDifference(await cardPixels(page, card), pixelsBefore)).to.be.below(0.001);
      if (observing) expect(layoutShifts).to.deep.equal([]);
      // Taken over in place: every element but the controls is the one the server sent (none
      // drawn again), each control is now its button, and the card is what the script draws.
      const kept = elementsBefore.filter(
        (element) => element.isConnected && element.getRootNode() == root,
      );
      expect(kept.length).to.equal(elementsBefore.length);
      expect(root.querySelectorAll('.trigger').length).to.equal(0);
      expect(root.querySelectorAll('article, .title')).to.have.length(2);
      const taken = root.querySelector('article')!.cloneNode(true) as Element;
      taken.removeAttribute('data-v');
      const fresh = await drawnByScript(prerender);
      // isEqualNode: the same elements, attributes (in any order) and text.
      expect(taken.isEqualNode(fresh), `${taken.outerHTML}\n!=\n${fresh.outerHTML}`).to.equal(true);
    });
  }

  it('shows the content it was prerendered with, not the built-in text', async () => {
    const { page } = await prerenderedPage({ prerender: { content: spanishContent } });
    const card = await runScript(page);
    expect(card.content.lang).to.equal('es');
    expect(card.shadowRoot!.querySelector('.title')!.textContent).to.equal(spanishContent.title);
  });

  it('keeps one JSON-LD, made absolute against the page', async () => {
    const { page, card } = await prerenderedPage({
      prerender: { attributes: { 'structured-data': true }, content: clinicContent },
    });
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    await runScript(page);
    const scripts = card.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    const data = JSON.parse(scripts[0].textContent!);
    expect(data.publisher.url).to.equal('https://clinic.example/');
    expect(data.citation[0].url).to.equal('https://example.org/source');
  });
});

describe('prerendered cards: turns', () => {
  before(useWideViewport);
  afterEach(removeHosts);

  /*
   * The script added, and control back as soon as it has defined the element (on a page of
   * prerendered cards, in the task after it ran: src/embed.ts): before any card's turn.
   */
  async function scriptJustRan(page: HostPage): Promise<EpiduralInfoCard> {
    const script = page.doc.createElement('script');
    script.src = '/dist/epidural-info-card.js';
    await new Promise((resolve) => {
      script.addEventListener('load', resolve);
      page.doc.head.append(script);
    });
    expect(page.win.customElements.get('epidural-info-card'), 'defined as it ran').to.equal(
      undefined,
    );
    await page.win.customElements.whenDefined('epidural-info-card');
    return page.doc.getElementById('card') as EpiduralInfoCard;
  }

  it('waits for the browser to be idle, then takes the card over', async () => {
    const { page } = await prerenderedPage({ prerender: {} });
    const card = await scriptJustRan(page);
    expect(card.hasUpdated, 'taken over in the task the script ran in').to.equal(false);
    expect(card.shadowRoot!.querySelectorAll('.trigger').length).to.be.above(0);
    await card.updateComplete;
    expect(card.hasUpdated).to.equal(true);
    expect(card.shadowRoot!.querySelectorAll('.trigger').length).to.equal(0);
  });

  it('a click before its turn opens the section at once', async () => {
    const { page } = await prerenderedPage({ prerender: {} });
    const card = await scriptJustRan(page);
    const toggles = record(card, 'epidural-info-toggle').seen;
    expect(card.hasUpdated).to.equal(false);
    // The reader taps the second section's heading, still text.
    (card.shadowRoot!.querySelectorAll('.section .trigger')[1] as HTMLElement).click();
    await card.updateComplete;
    const button = card.shadowRoot!.getElementById('b-imaging-guidance')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(card.shadowRoot!.getElementById('p-imaging-guidance')!)).to.equal(true);
    expect(toggles).to.deep.equal([{ section: 'imaging-guidance', open: true }]);
  });

  it('a find-in-page match before its turn opens its section', async () => {
    const { page } = await prerenderedPage({ prerender: {} });
    const card = await scriptJustRan(page);
    expect(card.hasUpdated).to.equal(false);
    card.shadowRoot!.getElementById('p-benefits')!.dispatchEvent(new Event('beforematch'));
    await card.updateComplete;
    expect(card.openSections).to.deep.equal(['benefits']);
  });

  it("a host's script before its turn: methods and properties answer as after it", async () => {
    const { page } = await prerenderedPage({ prerender: { content: spanishContent } });
    const card = await scriptJustRan(page);
    expect(card.hasUpdated).to.equal(false);
    expect(card.content?.title).to.equal(spanishContent.title);
    await card.toggleSection(spanishContent.sections[0].id);
    expect(card.openSections).to.deep.equal([spanishContent.sections[0].id]);
    expect(card.problems).to.deep.equal([]);
  });

  it('many cards take turns in document order, each taken over in place', async () => {
    const { page } = await prerenderedPage({ prerender: {} });
    // Twenty more cards as a server sends them, parsed with their declarative shadow roots.
    const rendered = (await renderOnServer({})) as { html: string };
    const more = page.doc.createElement('div');
    more.setHTMLUnsafe(rendered.html.repeat(20));
    page.doc.getElementById('card')!.after(more);
    const cards = [...page.doc.querySelectorAll('epidural-info-card')] as EpiduralInfoCard[];
    expect(cards.length).to.equal(21);
    expect(cards.every((c) => c.shadowRoot?.querySelector('.trigger'))).to.equal(true);
    const order: number[] = [];
    const served = cards.map((c) => c.shadowRoot!.querySelector('article'));
    await scriptJustRan(page);
    expect(cards.filter((c) => c.hasUpdated).length).to.equal(0);
    await Promise.all(cards.map((c, i) => c.updateComplete.then(() => order.push(i))));
    expect(order).to.deep.equal(cards.map((_, i) => i));
    expect(cards.every((c, i) => c.shadowRoot!.querySelector('article') === served[i])).to.equal(
      true,
    );
  });
});

describe('prerendered card: JavaScript off', () => {
  afterEach(removeHosts);

  it('shows every section open, and no control that cannot work', async () => {
    const { page, card } = await prerenderedPage({
      noScript: true,
      prerender: { attributes: { 'open-sections': 'benefits' }, content: clinicContent },
    });
    expect(page.win.matchMedia('(scripting: none)').matches).to.be.true;
    const root = card.shadowRoot!;
    for (const section of clinicContent.sections) {
      const texts = [...root.querySelectorAll(`#p-${section.id} :is(p, li), .callout :is(p, li)`)];
      expect(texts.length, section.id).to.be.above(0);
      expect(
        texts.every((t) => isShown(t)),
        section.id,
      ).to.be.true;
    }
    expect(shown(root, '.show-all, .icon')).to.deep.equal([]);
    // Nothing claims a state or an action: no button, no aria-expanded, nothing focusable but links.
    // (As markup, not the element: chai's report of an element from a script-less frame never ends.)
    // A group (the clinic's block) is no control and claims no state, nor does a date's role=none.
    expect(
      root.querySelector(
        'button, [aria-expanded], [aria-controls], [tabindex], [role]:not([role=group], time[role=none])',
      )?.outerHTML ?? null,
    ).to.equal(null);
    // Each section's name is a heading (h3 under the title's h2), drawn as one.
    const headings = [...root.querySelectorAll('.section h3.section-heading')];
    expect(headings.map((h) => h.textContent)).to.deep.equal(
      clinicContent.sections.filter((s) => !s.alwaysVisible).map((s) => s.heading),
    );
    const trigger = root.querySelector<HTMLElement>('.section-heading > .trigger')!;
    expect(getComputedStyle(trigger).cursor).to.equal('auto');
  });

  it('with feedback: neither the question nor the row that points to it shows', async () => {
    const { card } = await prerenderedPage({
      noScript: true,
      prerender: { attributes: { feedback: true }, content: clinicContent },
    });
    const root = card.shadowRoot!;
    // Both are in the markup, for the script to take over...
    expect(root.querySelectorAll('[part=feedback], .about .feedback')).to.have.length(2);
    // ...and neither is drawn, as no answer could be given.
    expect(shown(root, '[part=feedback], .about .feedback')).to.deep.equal([]);
    expect(shown(root, '.about dt').length).to.be.above(0);
  });
});

describe('prerendered card: markup from another version, or altered', () => {
  before(useWideViewport);
  afterEach(removeHosts);

  it('replaces stale markup instead of showing it, or showing anything twice', async () => {
    const { page } = await prerenderedPage({ prerender: {}, alter: 'stale' });
    const card = await runScript(page);
    const root = card.shadowRoot!;
    expect(root.querySelector('.stale')).to.equal(null);
    expect(root.querySelectorAll('.title')).to.have.length(1);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  for (const alter of ['other-version', 'lost-element'] as const)
    it(`draws again, once and correctly, markup it would not write itself: ${alter}`, async () => {
      const attributes = { 'open-sections': 'benefits', 'heading-level': 3 };
      const { page, card } = await prerenderedPage({ prerender: { attributes }, alter });
      const served = card.shadowRoot!.querySelector('article')!;
      const drawnAgain = record(card, 'epidural-info-toggle').seen;
      const upgraded = await runScript(page);
      const article = upgraded.shadowRoot!.querySelector('article')!;
      expect(article === served, 'the served article was kept').to.equal(false);
      expect(upgraded.shadowRoot!.querySelectorAll('article, .trigger, style').length).to.equal(1);
      const fresh = await drawnByScript({ attributes });
      expect(article.isEqualNode(fresh), `${article.outerHTML}\n!=\n${fresh.outerHTML}`).to.equal(
        true,
      );
      expect(drawnAgain).to.deep.equal([]);
      expect(page.win.hostObserved.errors).to.deep.equal([]);
    });

  it('takes over a closed shadow root without throwing, and draws the card', async () => {
    const { page: open } = await prerenderedPage({ prerender: {} });
    const expected = await cardPixels(open, await runScript(open));
    removeHosts();
    const { page, card } = await prerenderedPage({ prerender: {}, alter: 'closed' });
    expect(card.shadowRoot).to.equal(null);
    await runScript(page);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
    expect(pixelDifference(await cardPixels(page, card), expected)).to.be.below(0.001);
  });

  it('renders over a template a CMS stripped of shadowrootmode', async () => {
    const { page, card } = await prerenderedPage({ prerender: {}, alter: 'no-shadowrootmode' });
    expect(card.shadowRoot).to.equal(null);
    const upgraded = await runScript(page);
    expect(upgraded.shadowRoot!.querySelectorAll('.title')).to.have.length(1);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('draws a NUL in an interface string as U+FFFD before its script and after, as every text', async () => {
    const content = {
      ...spanishContent,
      strings: { ...spanishContent.strings, showAll: 'a\u0000b', thanks: 't\u0000u' },
    };
    const { page, card } = await prerenderedPage({
      prerender: { content, attributes: { feedback: true } },
    });
    const label = () => card.shadowRoot!.querySelector('.show-all .label')!.textContent;
    expect(label()).to.equal('a\uFFFDb');
    const live = await runScript(page);
    expect(label()).to.equal('a\uFFFDb');
    live.shadowRoot!.querySelector<HTMLElement>('button[value="true"]')!.click();
    expect(live.shadowRoot!.querySelector('.thanks')!.textContent).to.equal('t\uFFFDu');
  });

  it("tryRenderCard()'s card for refused content: a notice before the script and after, never the built-in text", async () => {
    const facet = {
      lang: 'en-GB',
      title: 'Facet joint injections',
      sections: [{ id: 'what', heading: 'What is it?', paragraph: ['An injection.'] }],
    };
    const { page, card } = await prerenderedPage({
      prerender: { content: facet, tryRender: true },
    });
    const notice = 'This information could not be shown.';
    expect(card.shadowRoot!.querySelector('.card')!.textContent).to.equal(notice);
    const errors: string[] = [];
    page.doc.addEventListener('epidural-info-error', (e) =>
      errors.push((e as CustomEvent).detail.message),
    );
    const upgraded = await runScript(page);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.match(/^content\.sections\[0\]\.paragraph is not a known field/);
    expect(upgraded.shadowRoot!.querySelector('.card')!.textContent).to.equal(notice);
    expect(upgraded.shadowRoot!.textContent).not.to.include('Facet');
  });

  it('reports a mangled JSON child and keeps the text it was prerendered with, every part shown, never the built-in text', async () => {
    const { page } = await prerenderedPage({
      prerender: { content: spanishContent },
      alter: 'broken-json',
    });
    const errors: string[] = [];
    page.doc.addEventListener('epidural-info-error', (e) =>
      errors.push((e as CustomEvent).detail.reason),
    );
    const card = await runScript(page);
    expect(errors).to.deep.equal(['invalid-json']);
    const root = card.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal(spanishContent.title);
    expect(root.textContent).not.to.include(builtInContent.title);
    // Its controls are text, so every section's text shows.
    expect(shown(root, '.panel').length).to.equal(root.querySelectorAll('.panel').length);
    expect(root.querySelector('button')).to.equal(null);
  });
});

describe('prerendered card: its light-DOM copy, for where the shadow root is not attached', () => {
  afterEach(removeHosts);

  it('is not drawn where the shadow root is attached: nothing reads twice', async () => {
    const { card } = await prerenderedPage({
      prerender: { attributes: { 'open-sections': 'benefits' } },
    });
    expect(card.querySelector(':scope > h2')!.textContent).to.equal(builtInContent.title);
    expect([...card.children].filter((child) => isShown(child))).to.deep.equal([]);
  });

  it('shows the text as headings, paragraphs and lists where HTML is inserted by script, until the script takes the card over', async () => {
    const page = await loadHost({ load: 'none' });
    const main = page.doc.getElementById('main')!;
    main.innerHTML = prerender({ attributes: { id: 'card' }, content: spanishContent });
    const card = page.doc.getElementById('card')!;
    // The template is inert: the copy is what the reader gets, with nothing of the code shown.
    const heading = card.querySelector(':scope > h2')!;
    expect(isShown(heading)).to.equal(true);
    expect(heading.textContent).to.equal(spanishContent.title);
    expect(main.innerText).not.to.match(/[{}<>]|:host|application\/json/);
    expect(main.innerText).to.contain(spanishContent.sections[0].heading);
    const live = await runScript(page);
    expect(live.shadowRoot!.querySelector('.title')!.textContent).to.equal(spanishContent.title);
    expect([...live.children].filter((child) => isShown(child))).to.deep.equal([]);
  });
});

describe('prerendered card: HTML that arrives by script', () => {
  // innerHTML, insertAdjacentHTML, Vue's v-html, a framework's client-side navigation: the HTML
  // is parsed without declarative shadow DOM, and the <template shadowrootmode> stays inert.
  const markup = prerender({ attributes: { 'open-sections': 'limites' }, content: spanishContent });
  const inserts: [string, (host: HTMLElement) => void][] = [
    ['innerHTML', (host) => (host.innerHTML = markup)],
    ['insertAdjacentHTML', (host) => host.insertAdjacentHTML('beforeend', markup)],
    [
      'a Range fragment',
      (host) => host.append(document.createRange().createContextualFragment(markup)),
    ],
  ];
  for (const [how, insert] of inserts) {
    it(`upgrades cleanly when inserted with ${how}: its content, no inert template, nothing twice`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const errors = record<ErrorDetail>(host, 'epidural-info-error');
      try {
        insert(host);
        const card = host.querySelector('epidural-info-card') as EpiduralInfoCard;
        await card.updateComplete;
        await drawn();
        expect(card.querySelector('template')).to.equal(null);
        // Its light-DOM copy and JSON child stay, undrawn: nothing reads twice.
        expect(card.querySelector(':scope > script[type="application/json"]')).to.not.equal(null);
        expect([...card.children].filter((c) => isShown(c))).to.deep.equal([]);
        const root = card.shadowRoot!;
        expect(root.querySelectorAll('article')).to.have.length(1);
        expect(root.querySelector('.title')!.textContent).to.equal(spanishContent.title);
        expect(card.openSections).to.deep.equal(['limites']);
        expect(isShown(root.querySelector('#p-limites li')!)).to.equal(true);
        expect(errors.seen).to.deep.equal([]);
      } finally {
        errors.stop();
        host.remove();
      }
    });
  }
});

describe('prerendered card: security', () => {
  afterEach(removeHosts);

  it("is styled under style-src 'self' plus styleHashes, with no violation", async () => {
    const { page, card } = await prerenderedPage({ csp: 'strict', hashes: true, prerender: {} });
    const article = card.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(article).borderTopStyle).to.equal('solid');
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    await runScript(page);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('needs the hash: without it the policy blocks the inline stylesheet', async () => {
    const { page, card } = await prerenderedPage({ csp: 'strict', prerender: {} });
    const article = card.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(article).borderTopStyle).to.equal('none');
    expect(page.win.hostObserved.violations.some((v) => v.startsWith('style-src'))).to.be.true;
  });

  it('gives the hash of the exact stylesheet it writes', async () => {
    const result = (await renderOnServer({})) as { html: string; styleHashes: string[] };
    const css = new DOMParser()
      .parseFromString(result.html, 'text/html')
      .querySelector('template')!
      .content.querySelector('style')!.textContent!;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(result.styleHashes).to.deep.equal([`'sha256-${base64}'`]);
  });

  it('works under Trusted Types once the script takes over', async () => {
    const page = await loadHost({
      csp: 'trusted-types',
      hashes: true,
      prerender: { attributes: { 'structured-data': true } },
    });
    const card = await renderedCard(page);
    await card.expandAll();
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    expect(page.win.hostObserved.errors).to.deep.equal([]);
  });

  it('escapes every value exactly as the client does, attributes included', async () => {
    const evil = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const content = {
      ...builtInContent,
      title: evil,
      sections: [{ id: 'a', heading: evil, paragraphs: [evil], items: [evil] }],
      disclaimer: evil,
    };
    const { page, card } = await prerenderedPage({
      prerender: {
        attributes: { 'cta-label': evil, 'cta-href': `/book?${evil}`, 'data-note': evil },
        content,
      },
    });
    const root = card.shadowRoot!;
    expect(root.querySelector('img, script')).to.equal(null);
    expect(page.doc.querySelector('#main img')).to.equal(null);
    expect(root.querySelector('.title')!.textContent).to.equal(evil);
    expect(card.getAttribute('data-note')).to.equal(evil);
    expect(card.getAttribute('cta-label')).to.equal(evil);
    expect((page.win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    const before = root.innerHTML;
    const upgraded = await runScript(page);
    // The client renders the same markup from the same values, its controls now buttons.
    expect(asPrerendered(upgraded.shadowRoot!.innerHTML)).to.equal(
      before.replace(/<style>[\s\S]*?<\/style>/, ''),
    );
  });
});

describe('epidural-info-card/server: renderCard()', () => {
  it('throws bad content with the message the browser console shows', async () => {
    const bad = { ...builtInContent, sections: [{ id: '1x', heading: 'A' }] };
    const result = await renderOnServer({ content: bad });
    const logged: string[] = [];
    const original = console.error;
    console.error = (message: string) => logged.push(message);
    try {
      const el = document.createElement('epidural-info-card');
      el.content = bad as never;
    } finally {
      console.error = original;
    }
    expect(result).to.deep.equal({ error: logged[0], name: 'CardRenderError' });
    expect(logged[0]).to.match(/^<epidural-info-card>: content\.sections\[0\]\.id must be/);
  });

  it('throws for an unsafe link, an unknown attribute and a bad value', async () => {
    const cases: [object, RegExp][] = [
      [
        { attributes: { 'cta-href': 'javascript:alert(1)' } },
        /cta\.href was refused: links must be/,
      ],
      [{ attributes: { 'open-section': 'benefits' } }, /unknown attribute "open-section"/],
      [{ attributes: { 'heading-level': 9 } }, /heading-level must be 1–6, not "9"/],
      [{ attributes: { theme: 'purple' } }, /theme must be light, dark or auto, not "purple"/],
      [{ attributes: { 'open-sections': 'risks' } }, /open-sections: no section "risks"/],
    ];
    for (const [options, message] of cases) {
      const result = await renderOnServer(options);
      expect('error' in result && result.error, JSON.stringify(options)).to.match(message);
    }
  });

  it("knows every one of the element's attributes", async () => {
    await import('../src/epidural-info-card.js');
    const { CARD_ATTRIBUTES } = await import('../src/server/render-card.js');
    const element = customElements.get('epidural-info-card') as unknown as {
      observedAttributes: string[];
    };
    expect(Object.keys(CARD_ATTRIBUTES).sort()).to.deep.equal(
      [...element.observedAttributes].sort(),
    );
  });
});

describe('npx epidural-info-card render', () => {
  const cli = (args: string[], stdin?: string) =>
    executeServerCommand<{ status: number; stdout: string; stderr: string }, object>('run-cli', {
      args,
      stdin,
    });

  it('prints what renderCard() returns for the same options', async () => {
    const run = await cli([
      'render',
      '--open-sections',
      'benefits',
      '--cta-href',
      '/book',
      '--exclusive',
    ]);
    const expected = (await renderOnServer({
      attributes: { 'open-sections': 'benefits', 'cta-href': '/book', exclusive: true },
    })) as { html: string };
    expect(run).to.deep.equal({ status: 0, stdout: `${expected.html}\n`, stderr: '' });
  });

  it('reads content from standard input with --content -', async () => {
    const run = await cli(['render', '--content', '-'], JSON.stringify(spanishContent));
    expect(run.status).to.equal(0);
    expect(run.stdout).to.contain(spanishContent.title);
    expect(run.stdout).to.contain('<script type="application/json">');
  });

  it('fails with a message a problem and status 1: bad content, unknown option, missing file', async () => {
    const bad = await cli(['render', '--content', '-'], JSON.stringify({ lang: 'en' }));
    expect(bad).to.deep.equal({
      status: 1,
      stdout: '',
      stderr:
        'standard input: content.title is required.\nstandard input: content.sections is required.\n',
    });
    const unknown = await cli(['render', '--colour', 'red']);
    expect([unknown.status, unknown.stdout]).to.deep.equal([1, '']);
    expect(unknown.stderr).to.match(/^epidural-info-card: unknown option "--colour"/);
    const missing = await cli(['render', '--content', 'no-such-file.json']);
    expect([missing.status, missing.stdout]).to.deep.equal([1, '']);
    expect(missing.stderr).to.match(/^epidural-info-card: .*no-such-file\.json/);
    expect(missing.stderr.trim().split('\n')).to.have.length(1);
  });

  it('explains itself with --help', async () => {
    const run = await cli(['--help']);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.match(/^Usage: epidural-info-card render/);
    expect(run.stdout).to.contain('--open-sections VALUE');
    expect(run.stdout).to.contain("style-src 'sha256-");
  });
});

describe('prerendered cards that link to one stylesheet (renderCard stylesheet)', () => {
  before(useWideViewport);
  afterEach(removeHosts);

  it('paints no frame unstyled while the stylesheet is slow, under a strict CSP, and looks the same', async () => {
    const attributes = { 'open-sections': 'benefits', 'heading-level': 3 };
    const inline = await prerenderedPage({ prerender: { attributes } });
    const expected = await cardPixels(inline.page, inline.card);
    removeHosts();
    const { page, card } = await prerenderedPage({
      prerender: { attributes, stylesheet: '/slow/epidural-info-card.css' },
      headsheet: '/slow/epidural-info-card.css',
      csp: 'strict',
      frames: true,
    });
    const root = card.shadowRoot!;
    expect(root.querySelectorAll('style')).to.have.length(0);
    expect(root.querySelector('link')!.getAttribute('href')).to.equal(
      '/slow/epidural-info-card.css',
    );
    // The page's link holds the first frame until the stylesheet is there: no card is ever drawn
    // without it (with the cards' links alone, engines draw them unstyled meanwhile).
    const frames = page.win.hostObserved.frames!;
    expect(frames.some(([cards]) => cards > 0)).to.be.true;
    expect(frames.filter(([, unstyled]) => unstyled > 0)).to.deep.equal([]);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
    expect(pixelDifference(await cardPixels(page, card), expected)).to.be.below(0.001);
    // The script takes it over as it does a card with the stylesheet inline.
    const upgraded = await runScript(page);
    expect(
      upgraded.shadowRoot!.querySelector('#b-benefits')!.getAttribute('aria-expanded'),
    ).to.equal('true');
    expect(pixelDifference(await cardPixels(page, card), expected)).to.be.below(0.001);
    expect(page.win.hostObserved.violations).to.deep.equal([]);
  });

  it('refuses an address that is no stylesheet, and tryRenderCard() writes it inline', async () => {
    const { renderCard: render, tryRenderCard } = await import('../src/server/render-card.js');
    expect(() => render({ stylesheet: 'javascript:alert(1)' })).to.throw(
      /stylesheet must be an https:, http: or relative address, not "javascript:alert\(1\)"\.$/,
    );
    const { html: written, problems } = tryRenderCard({ stylesheet: 'javascript:alert(1)' });
    expect(problems.map((p) => p.reason)).to.deep.equal(['invalid-stylesheet']);
    expect(written).to.contain('<style>').and.not.contain('<link');
    for (const ok of ['/card.css', 'card.css', 'https://cdn.example/c.css', '//cdn.example/c.css'])
      expect(render({ stylesheet: ok })).to.contain(`<link rel="stylesheet" href="${ok}">`);
  });
});
