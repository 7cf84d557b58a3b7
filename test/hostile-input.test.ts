import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CardContent, EpiduralInfoCard, ErrorDetail } from '../src/epidural-info-card.js';
import { builtInContent, MAX_CONTENT_LENGTH, validateContent } from '../src/epidural-info-card.js';
import {
  renderCard as prerender,
  tryRenderCard as tryPrerender,
} from '../src/server/render-card.js';
import { $, NOTICE, record, renderCard, sectionButton, withoutName } from './helpers.js';

/*
 * Each finding of the fuzz run in issue #14, one describe each: what broke, now fixed in the card,
 * the server renderer or the CLI. The seeded fuzz of every route is test/fuzz.routes.test.ts; the
 * 10 000-document run is test/node/fuzz.test.mjs.
 */

const title = (el: EpiduralInfoCard) => $(el, '.title').textContent;
const unique = () => Math.random().toString(36).slice(2);
const small = (extra: object = {}) => ({
  lang: 'en',
  title: 'Hostile',
  sections: [{ id: 'a', heading: 'A', paragraphs: ['Text'] }],
  ...extra,
});

/* Runs `act` with console.error silenced, and returns what reached the page's error handlers. */
async function quietly(act: () => Promise<void>) {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    uncaught.push(`unhandled rejection: ${e.reason}`);
    e.preventDefault();
  };
  const original = console.error;
  const logged: string[] = [];
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.error = original;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return { uncaught, logged };
}

/* A card in the page, with its error events recorded from before it is connected. */
async function cardWith(configure: (el: EpiduralInfoCard) => void) {
  const el = document.createElement('epidural-info-card');
  const errors = record<ErrorDetail>(el, 'epidural-info-error');
  configure(el);
  document.body.append(el);
  await el.updateComplete;
  return { el, errors };
}

/* The first problem the card reported (recorded since before it was connected), or undefined. */
async function firstError(errors: { seen: ErrorDetail[] }, ms = 12_000) {
  for (const deadline = Date.now() + ms; !errors.seen.length && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return errors.seen[0];
}

/* A prerendered card parsed into the page as a server's HTML would be (declarative shadow DOM). */
async function mountPrerendered(markup: string) {
  const host = document.createElement('div');
  const errors = record<ErrorDetail>(host, 'epidural-info-error');
  document.body.append(host);
  host.setHTMLUnsafe(markup);
  const el = host.firstElementChild as EpiduralInfoCard;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  return { el, errors, host };
}

afterEach(() => {
  document.querySelectorAll('body > epidural-info-card, body > div').forEach((el) => el.remove());
});

describe('hostile input', () => {
  describe('1. JSON-LD in the page', () => {
    it('escapes "<": a serialised copy of the page parses to no injected element', async () => {
      const evil = '</script><img src=x onerror="window.__pwned=1"><!--';
      const markup = prerender({
        attributes: { 'structured-data': true },
        content: small({ title: evil }),
      });
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(markup)![1];
      expect(json).not.to.include('<');
      // What a prerendering service, a CMS preview or "save page" does: parse it.
      const copy = new DOMParser().parseFromString(markup, 'text/html');
      expect(copy.querySelectorAll('img')).to.have.length(0);
      expect(
        JSON.parse(copy.querySelector('script[type="application/ld+json"]')!.textContent!).name,
      ).to.equal(evil);
    });
  });

  describe('2. what renderCard() accepts, the live card shows unchanged', () => {
    const edges: [string, object][] = [
      ['an intro of 99 820 characters', small({ intro: 'x'.repeat(99_820) })],
      ['a document of 100 064 characters as JSON', small({ intro: 'x'.repeat(99_990) })],
      ['16 000 "<", 96 000 characters in a page', small({ intro: '<'.repeat(16_000) })],
      ['17 000 "<", 102 000 characters in a page', small({ intro: '<'.repeat(17_000) })],
      [
        'a rating of Infinity',
        small({ provider: { name: 'C', rating: { value: Infinity, best: 5, source: 'S' } } }),
      ],
      [
        'a rating of 1e308',
        small({ provider: { name: 'C', rating: { value: 4, best: 1e308, source: 'S' } } }),
      ],
    ];
    for (const [name, content] of edges) {
      it(`${name}: refused by both, or shown by the card as rendered`, async () => {
        let markup: string;
        try {
          markup = prerender({ content });
        } catch (error) {
          // Refused on the server: the browser refuses it too, with the same words.
          const { problems } = validateContent(content);
          expect(problems, 'the browser accepts what the server refused').to.have.length(1);
          expect((error as Error).message).to.equal(`<epidural-info-card>: ${problems[0].message}`);
          return;
        }
        const { el, errors } = await mountPrerendered(markup);
        expect(errors.seen).to.deep.equal([]);
        expect(el.content).to.deep.equal(
          JSON.parse(JSON.stringify(validateContent(content).content)),
        );
        expect(title(el)).to.equal('Hostile');
      });
    }

    it('refuses a document over the limit as JSON, and a rating JSON cannot carry', () => {
      expect(() => prerender({ content: small({ intro: 'x'.repeat(99_990) }) })).to.throw(
        /content has 100\d\d\d characters as JSON; the limit is 100000\./,
      );
      expect(() =>
        prerender({
          content: small({
            provider: { name: 'C', rating: { value: Infinity, best: 5, source: 'S' } },
          }),
        }),
      ).to.throw(/content\.provider\.rating\.value must be a number ≥ 0, not Infinity/);
    });
  });

  describe('3. a src that is no URL', () => {
    for (const src of ['http://[', 'https://', 'data:application/json,{}', 'javascript:alert(1)']) {
      it(`reports src="${src}" and shows no procedure's text`, async () => {
        let detail: ErrorDetail | undefined;
        let el!: EpiduralInfoCard;
        const { uncaught } = await quietly(async () => {
          const card = await cardWith((c) => c.setAttribute('src', src));
          el = card.el;
          detail = await firstError(card.errors, 2000);
        });
        expect(uncaught).to.deep.equal([]);
        expect(detail?.reason).to.equal('invalid-src');
        expect(detail?.message).to.match(
          /^src ".*" (is not a URL|must be an https: or http: URL)\.$/,
        );
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).to.equal(NOTICE);
      });
    }

    it('loads a relative src on a page whose document.baseURI is shadowed by <img name>', async () => {
      const img = document.createElement('img');
      img.name = 'baseURI';
      document.body.append(img);
      try {
        expect(document.baseURI).to.equal(img);
        let el!: EpiduralInfoCard;
        const { uncaught } = await quietly(async () => {
          ({ el } = await cardWith(
            (card) => (card.src = `/test/fixtures/review-site.json?${unique()}`),
          ));
          await new Promise((resolve) => el.addEventListener('epidural-info-content', resolve));
        });
        expect(uncaught).to.deep.equal([]);
        expect(title(el)).not.to.equal(builtInContent.title);
      } finally {
        img.remove();
      }
    });
  });

  describe('4. structured-data with a link that is no URL', () => {
    it('provider-href="https://" is reported and dropped, and the JSON-LD is written', () => {
      const { html: markup, problems } = tryPrerender({
        attributes: {
          'structured-data': true,
          'provider-name': 'Clinic',
          'provider-href': 'https://',
        },
      });
      expect(problems.map((p) => p.reason)).to.deep.equal(['unsafe-url']);
      expect(problems[0].message).to.match(/provider\.url was dropped/);
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(markup)![1];
      expect(JSON.parse(json).publisher).to.deep.equal({
        '@type': 'MedicalClinic',
        name: 'Clinic',
      });
      expect(markup).to.include('Clinic');
    });
  });

  describe('5. a src far over the limit', () => {
    for (const as of ['length', 'chunked', 'gzip']) {
      it(`stops reading a 50 MB document (${as}) at the limit`, async () => {
        const n = unique();
        let detail: ErrorDetail | undefined;
        await quietly(async () => {
          const { errors } = await cardWith(
            (card) => (card.src = `/test-api/flood.json?as=${as}&n=${n}`),
          );
          detail = await firstError(errors);
        });
        expect(detail?.reason).to.equal('too-large');
        expect(detail?.message).to.match(/: more than 100000 characters, the limit\.$/);
        if (as != 'gzip') {
          // The card had its answer long before the server could send the 50 MB.
          await new Promise((resolve) => setTimeout(resolve, 300));
          const sent = await fetch(`/test-api/sent?n=${n}`).then((r) => r.json());
          expect(sent).to.be.below(16 * 1024 * 1024);
        }
      });
    }

    it('refuses a document served as a web page', async () => {
      let detail: ErrorDetail | undefined;
      await quietly(async () => {
        const { errors } = await cardWith((card) => (card.src = `/test-api/page.json?${unique()}`));
        detail = await firstError(errors);
      });
      expect(detail?.reason).to.equal('invalid-json');
      expect(detail?.message).to.match(/: served as text\/html, not JSON\.$/);
    });
  });

  describe('6. rating slots', () => {
    it('fill only from the rating itself, never from what every object inherits', async () => {
      const el = await renderCard();
      el.content = small({
        strings: { rating: '{constructor} {__proto__} {toString}: {value} of {best}' },
        provider: { name: 'C', rating: { value: 4, best: 5, source: 'S' } },
      }) as CardContent;
      await el.updateComplete;
      expect($(el, '.rating').textContent).to.equal('{constructor} {__proto__} {toString}: 4 of 5');
    });
  });

  describe('7. a section whose id is "all"', () => {
    it('opens alone from its button; open-sections="all" still opens every section', async () => {
      const el = await renderCard();
      el.content = small({
        sections: [
          { id: 'all', heading: 'All about it' },
          { id: 'b', heading: 'B' },
          { id: 'c', heading: 'C' },
        ],
      }) as CardContent;
      await el.updateComplete;
      sectionButton(el, 'all').click();
      await el.updateComplete;
      expect(el.openSections).to.deep.equal(['all']);
      expect(sectionButton(el, 'b').getAttribute('aria-expanded')).to.equal('false');
      el.setAttribute('open-sections', 'all');
      await el.updateComplete;
      expect(el.openSections).to.deep.equal(['all', 'b', 'c']);
    });
  });

  describe('8. every rejection names the field', () => {
    const deep = (depth: number) => {
      let value: unknown = [];
      for (let i = 0; i < depth; i++) value = [value];
      return value;
    };
    const cases: [string, unknown, RegExp][] = [
      [
        'nesting 20 000 deep',
        small({ sections: deep(20_000) }),
        /^content\.sections\[0\] must be an object, not an array of 1\.$/,
      ],
      ['a BigInt', small({ intro: 10n }), /^content\.intro must be a non-empty string, not 10n\.$/],
      [
        'a function',
        small({ title: () => 1 }),
        /^content\.title must be a non-empty string, not a function\.$/,
      ],
      [
        'a megabyte string where a list goes',
        small({ sources: 'x'.repeat(1_000_000) }),
        /^content\.sources must be an array, not "x{40}"…\.$/,
      ],
    ];
    for (const [name, doc, message] of cases) {
      it(name, async () => {
        const { problems } = validateContent(doc);
        expect(problems).to.have.length(1);
        expect(problems[0].message).to.match(message);
        const el = await renderCard();
        const { logged } = await quietly(async () => {
          el.content = doc as CardContent;
          await el.updateComplete;
        });
        expect(logged.map(withoutName)).to.deep.equal([problems[0].message]);
        expect(el.shadowRoot!.textContent).to.equal(NOTICE);
      });
    }

    it('a message about 100 000 open-sections ids stays short', async () => {
      const ids = Array.from({ length: 100_000 }, (_, i) => `risk-${i}`).join(' ');
      let detail: ErrorDetail | undefined;
      await quietly(async () => {
        const { errors } = await cardWith((card) => card.setAttribute('open-sections', ids));
        detail = await firstError(errors, 2000);
      });
      expect(detail?.reason).to.equal('unknown-section');
      expect(detail!.message.length).to.be.below(400);
      expect(detail!.message).to.match(/"risk-9" and 99990 more \(sections: "what-is-it"/);
    });
  });

  describe('9. renderCard() and prototype names', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      it(`refuses the attribute "${name}"`, () => {
        const attributes = JSON.parse(`{"${name}": "x"}`);
        expect(() => prerender({ attributes })).to.throw(
          new RegExp(`^<epidural-info-card>: unknown attribute "${name}"`),
        );
      });
    }

    it('refuses an attribute value that is an object', () => {
      expect(() => prerender({ attributes: { 'cta-label': {} as never } })).to.throw(
        /attribute "cta-label" must be text, a number or true, not an object/,
      );
    });
  });

  describe('9, 10. the CLI', () => {
    const cli = (args: string[], stdin?: string) =>
      executeServerCommand<{ status: number; stdout: string; stderr: string }, object>('run-cli', {
        args,
        stdin,
      });

    it('refuses prototype names as options', async () => {
      for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
        const run = await cli(['render', `--${name}`, 'x']);
        expect(run.status, name).to.equal(1);
        expect(run.stderr).to.equal(`epidural-info-card: unknown option "--${name}"; try --help\n`);
      }
    });

    it('takes "--help" and "-h" as values where a value goes', async () => {
      const run = await cli([
        'render',
        '--cta-label',
        '--help',
        '--cta-href',
        '/book',
        '--id',
        '-h',
      ]);
      expect(run.status).to.equal(0);
      // "--" is written "&#45;-" (escape(): wptexturize would make it a dash); it reads "--help".
      expect(run.stdout).to.match(
        /^<epidural-info-card cta-href="\/book" cta-label="&#45;-help" id="-h">/,
      );
      const parsed = new DOMParser().parseFromString(run.stdout, 'text/html');
      expect(parsed.querySelector('epidural-info-card')!.getAttribute('cta-label')).to.equal(
        '--help',
      );
      expect((await cli(['render', '--exclusive', '-h'])).stdout).to.match(/^Usage: /);
    });

    it('reads content with a byte-order mark, as src does', async () => {
      const run = await cli(['render', '--content', '-'], `\uFEFF${JSON.stringify(small())}`);
      expect(run.stderr).to.equal('');
      expect(run.stdout).to.include('<span id="title">Hostile</span>');
    });

    it('refuses a file over the limit before reading its fields', async () => {
      const run = await cli(
        ['render', '--content', '-'],
        JSON.stringify(small({ intro: 'x'.repeat(MAX_CONTENT_LENGTH) })),
      );
      expect(run.status).to.equal(1);
      expect(run.stderr).to.match(
        /^standard input: content has 100\d+ characters; the limit is 100000\.\n$/,
      );
    });
  });

  describe('11. the same limits on every route', () => {
    it('the property refuses 10 000 sections, as the JSON child and src do, and the page goes on', async () => {
      const doc = small({
        sections: Array.from({ length: 10_000 }, (_, i) => ({
          id: `s${i}`,
          heading: `Section ${i}`,
        })),
      });
      const el = await renderCard();
      const started = performance.now();
      const { logged } = await quietly(async () => {
        el.content = doc as CardContent;
        await el.updateComplete;
      });
      const took = performance.now() - started;
      console.log(`10 000 sections through the property: refused in ${took.toFixed(0)} ms`);
      expect(logged).to.have.length(1);
      expect(logged[0]).to.match(
        /^<epidural-info-card> \(card \d+ of \d+\): content has \d+ characters as JSON; the limit is 100000\.$/,
      );
      expect(el.shadowRoot!.textContent).to.equal(NOTICE);
    });

    it('a link scheme is read up to the first colon: https:javascript:x is dropped', () => {
      const { problems, content } = validateContent(
        small({ cta: { label: 'Go', href: 'https:javascript:x' } }),
      );
      expect(problems.map((p) => p.reason)).to.deep.equal(['unsafe-url']);
      expect(content?.cta).to.equal(undefined);
    });
  });
});
