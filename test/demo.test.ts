import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { sendKeys } from './input.js';
import type { EpiduralInfoCard } from '../src/epidural-info-card.js';
import { axeViolationsInHost, type HostPage } from './embed-helpers.js';
import { clinicContent } from './fixtures/content.js';

/* The demo site, as a clinic's web admin and a review-site developer meet it. */
async function openDemo(path: string, width = 1100): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:1400px;border:0`;
  frame.src = `/demo/${path}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostPage['win'];
  await win.customElements.whenDefined('epidural-info-card');
  const cards = [
    ...frame.contentDocument!.querySelectorAll<EpiduralInfoCard>('epidural-info-card'),
  ];
  // Cards with a src have their content once the request is done.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await Promise.all(cards.map((card) => card.updateComplete));
  return { frame, win, doc: frame.contentDocument! };
}

const PAGES = [
  'index.html',
  'clinic.html',
  'review-site.html',
  'many.html',
  'languages.html',
  'your-text.html',
  'builder.html',
];

describe('demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const path of PAGES) {
    it(`${path} renders its cards, requests nothing off this origin, and passes axe`, async () => {
      const page = await openDemo(path);
      const cards = [...page.doc.querySelectorAll<EpiduralInfoCard>('epidural-info-card')];
      expect(cards.length).to.be.above(0);
      for (const card of cards) {
        expect(card.shadowRoot!.querySelector('.title')!.textContent!.trim()).not.to.equal('');
      }
      const offsite = page.win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => new URL(url).origin !== location.origin);
      expect(offsite).to.deep.equal([]);
      expect(await axeViolationsInHost(page, page.doc.body)).to.deep.equal([]);
    });
  }

  it('the clinic page shows the provider block and the call to action', async () => {
    const page = await openDemo('clinic.html');
    const root = page.doc.querySelector('epidural-info-card')!.shadowRoot!;
    const text = root.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Essentially Medical');
    expect(text).to.contain('Mr Mo Akmal');
    expect(text).to.contain('Rated 4 out of 5 on Trustpilot');
    expect(root.querySelector('[part="cta"]')!.textContent).to.equal('Book a consultation');
  });

  for (const path of ['clinic.html', 'review-site.html']) {
    it(`${path} sends every card prerendered, and the script takes them over`, async () => {
      const html = await fetch(`/demo/${path}`).then((r) => r.text());
      // The opening tag alone on its line (a Markdown HTML block, render-card.ts), then the template.
      const tags = html.match(/<epidural-info-card[^>]*>(\n<template shadowrootmode="open">)?/g)!;
      expect(tags.length).to.be.above(0);
      expect(
        tags.filter((tag) => !tag.endsWith('\n<template shadowrootmode="open">')),
      ).to.deep.equal([]);
      const page = await openDemo(path);
      for (const card of page.doc.querySelectorAll<EpiduralInfoCard>('epidural-info-card')) {
        await card.updateComplete;
        // Taken over in place: the server's article (its stamp) and stylesheet, with buttons.
        const root = card.shadowRoot!;
        expect(root.querySelectorAll('style, .title, article[data-v]').length).to.equal(3);
        expect(root.querySelectorAll('.trigger').length).to.equal(0);
        expect(root.querySelectorAll('button').length).to.be.above(0);
      }
    });

    for (const width of [1350, 390]) {
      it(`${path} shifts its layout by at most 0.05 while it loads, ${width} px wide`, async function () {
        if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
          console.warn(`skipped "${this.test!.title}": this engine has no Layout Instability API`);
          this.skip();
        }
        const page = await openDemo(path, width);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const shift = await new Promise<number>((resolve) => {
          new (page.win as unknown as typeof window).PerformanceObserver((list) =>
            resolve(
              list
                .getEntries()
                .map((e) => e as unknown as { value: number; hadRecentInput: boolean })
                .reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0),
            ),
          ).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 300);
        });
        console.log(`layout shift: ${path} at ${width} px: ${shift.toFixed(4)}`);
        expect(shift).to.be.at.most(0.05);
      });
    }
  }

  it('the many-cards page renders sixty cards from one request', async () => {
    const page = await openDemo('many.html');
    const cards = page.doc.querySelectorAll('epidural-info-card');
    expect(cards.length).to.equal(60);
    const requests = page.win.performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('epidural-injection.en.json'));
    expect(requests).to.have.length(1);
  });
});

describe('embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /* Clicks Copy; what the clipboard receives, recorded from the page's own clipboard call. */
  async function copySnippet(page: HostPage): Promise<string> {
    let copied = '';
    Object.defineProperty(page.win.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (copied = text) },
      configurable: true,
    });
    (page.doc.getElementById('copy') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return copied;
  }

  async function type(page: HostPage, id: string, text: string) {
    const input = page.doc.getElementById(id) as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: text });
  }

  /* Pastes a text into a field at once, as a clinic pastes its content (typing it would take minutes). */
  async function paste(page: HostPage, id: string, text: string) {
    const box = page.doc.getElementById(id) as HTMLTextAreaElement;
    box.focus();
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  type Cli = { status: number; stdout: string; stderr: string };
  const cliCheck = (content?: object) =>
    executeServerCommand<Cli, object>(
      'run-cli',
      content ? { args: ['check', '-'], stdin: JSON.stringify(content) } : { args: ['check'] },
    );
  const printedReport = (page: HostPage) =>
    page.doc.querySelector('#check-report pre')!.textContent;

  /* A clinic's own text with what the standards ask for: reviewer, dates, publisher, risks. */
  const reviewedContent = {
    ...clinicContent,
    sections: [
      ...clinicContent.sections,
      { id: 'risks', heading: 'Risks and side effects', paragraphs: ['Test text about risks.'] },
    ],
    nextReview: '2099-11-02',
    reviewedBy: { name: 'Dr Test Person', role: 'Consultant in pain medicine' },
    publisher: { name: 'Essentially Medical', url: 'https://clinic.example/' },
    disclosure: 'Essentially Medical provides this procedure.',
  };

  it("shows the writers' check of the built-in text, the command line's very report", async () => {
    const page = await openDemo('builder.html');
    const cli = await cliCheck();
    expect(cli.status).to.equal(0);
    expect(printedReport(page)).to.equal(cli.stdout);
    const json = JSON.parse(
      (await executeServerCommand<Cli, object>('run-cli', { args: ['check', '--json'] })).stdout,
    );
    const report = page.doc.getElementById('check-report')!;
    // The reading ages, per section, in the table.
    const rows = [...report.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).to.deep.equal(
      json.sections.map((s: Record<string, unknown>) =>
        [s.heading, s.smogAge, s.fleschKincaidAge, s.sentences, s.words].map(String),
      ),
    );
    expect(report.querySelector('.summary')!.textContent).to.contain(
      `reading age ${json.card.smogAge} by SMOG`,
    );
    // Every finding, required ones apart.
    const required = json.findings.filter((f: { required: boolean }) => f.required);
    expect(report.querySelectorAll('.required li')).to.have.length(required.length);
    expect(report.querySelectorAll('.advice li')).to.have.length(
      json.findings.length - required.length,
    );
    expect(report.querySelector('.required')!.textContent).to.contain('No reviewedBy');
    // The PEMAT and CDC items, as the command line scores them.
    expect(report.querySelector('h3:last-of-type')!.textContent).to.equal(
      `PEMAT and CDC items a machine can check: ${json.score.met} of ${json.score.of} met`,
    );
    expect([...report.querySelectorAll('.criteria li')].map((li) => li.textContent)).to.deep.equal(
      json.criteria.map(
        (c: { met: boolean; asks: string; items: string; why?: string }) =>
          `${c.met ? 'Met' : 'Not met'}: ${c.asks} (${c.items})${c.why ? ` ${c.why}` : ''}`,
      ),
    );
    expect(await axeViolationsInHost(page, page.doc.body)).to.deep.equal([]);
  });

  it('writes snippets a Markdown page keeps as they are (markdown-it with its typographer on)', async () => {
    const { default: MarkdownIt } = await import('markdown-it');
    const markdown = new MarkdownIt({ html: true, typographer: true });
    const page = await openDemo('builder.html');
    await type(page, 'cta-href', '/book');
    const snippets: string[] = [];
    for (const [kind, content] of [
      ['prerendered', ''],
      ['plain', ''],
      ['plain', JSON.stringify({ ...clinicContent, title: `It's "ours" -- really...` })],
      ['plain', `## It's "ours" -- really...\n\nA text.\n\n### What is it?\n\nIt's -- this.\n`],
    ]) {
      if (content) await paste(page, 'content', content);
      (page.doc.querySelector(`input[name="kind"][value="${kind}"]`) as HTMLInputElement).click();
      await new Promise((resolve) => setTimeout(resolve, 150));
      snippets.push((page.doc.getElementById('snippet') as HTMLTextAreaElement).value);
    }
    expect(new Set(snippets).size).to.equal(4);
    for (const snippet of snippets) {
      const rendered: string = markdown.render(
        `It's -- "typographed".\n\n${snippet}\nAfter -- it.\n`,
      );
      // Every line of the snippet comes out as it went in: no <p>, no curly quotes, no dashes.
      const card = /<epidural-info-card[^]*<\/epidural-info-card>/.exec(snippet)![0];
      expect(rendered).to.contain(card);
      expect(rendered).to.contain(snippet.split('\n')[0]);
      expect(rendered).to.contain('It’s – “typographed”');
    }
  });

  it("for a site builder's frame, writes the script and the links in full, and asks for the site's address until it has one", async () => {
    const page = await openDemo('builder.html');
    await type(page, 'cta-href', '/book');
    (page.doc.getElementById('in-frame') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const field = page.doc.getElementById('site-address') as HTMLInputElement;
    expect(field.closest<HTMLElement>('.field')!.hidden).to.equal(false);
    expect(page.doc.getElementById('site-address-problem')!.textContent).to.contain('https://');
    expect(field.getAttribute('aria-invalid')).to.equal('');
    await type(page, 'site-address', 'https://www.clinic.example');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const snippet = await copySnippet(page);
    expect(snippet).to.contain('<script src="https://www.clinic.example/js/epidural-info-card.js"');
    expect(snippet).to.contain('cta-href="https://www.clinic.example/book"');
    expect(snippet).not.to.match(/(src|href)="\//);
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
  });

  it("takes a clinic's own text: the preview, the sections to open, the snippet and the check follow it", async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    await paste(page, 'content', JSON.stringify(reviewedContent, null, 2));
    await card.updateComplete;
    expect(page.doc.getElementById('content-problem')!.textContent).to.equal('');
    expect(card.shadowRoot!.textContent).to.contain('Dr Test Person, Consultant in pain medicine');
    // One box per section that opens and closes: the callout has none, the new section has one.
    const boxes = [...page.doc.querySelectorAll<HTMLInputElement>('#open-sections input')];
    expect(boxes.map((b) => b.value)).to.deep.equal(
      reviewedContent.sections.filter((s) => !('alwaysVisible' in s)).map((s) => s.id),
    );
    boxes.find((b) => b.value == 'risks')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await card.updateComplete;
    expect(card.openSections).to.deep.equal(['risks']);
    // The check is the command line's on the same text: the standards' items it has are gone.
    const cli = await cliCheck(reviewedContent);
    expect(printedReport(page)).to.equal(cli.stdout);
    expect(printedReport(page)).not.to.match(/No reviewedBy|No nextReview|No section on risks/);
    // The snippet carries the text: prerendered, as renderCard() writes it...
    const snippet = () => (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const server = await executeServerCommand<{ html: string }, object>('render-card', {
      attributes: { 'open-sections': 'risks' },
      content: reviewedContent,
    });
    expect(snippet()).to.contain(server.html);
    // ...and script only, inside the tag, where the card reads it.
    (page.doc.querySelector('input[name="kind"][value="plain"]') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(snippet())![1];
    expect(JSON.parse(json)).to.deep.equal(reviewedContent);
    // Emptied, the field gives the built-in text back.
    await paste(page, 'content', '');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).not.to.contain('Dr Test Person');
    expect(snippet()).not.to.contain('application/json');
  });

  it("says what is wrong with the text in the card's words, and copies nothing until it is mended", async () => {
    const page = await openDemo('builder.html');
    const problem = () => page.doc.getElementById('content-problem')!.textContent;
    const snippet = () => (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    await paste(page, 'content', '{"lang": "en", "title": ');
    expect(problem()).to.match(/^Your text: content is not JSON: /);
    expect(page.doc.getElementById('content')!.hasAttribute('aria-invalid')).to.equal(true);
    expect(snippet()).to.equal('');
    expect(page.doc.getElementById('check-report')!.textContent).to.match(
      /once your text is mended/,
    );
    await paste(page, 'content', JSON.stringify({ ...reviewedContent, titel: 'x' }));
    expect(problem()).to.match(/content\.titel is not a known field/);
    // Every mistake at once, so that a writer mends them together.
    const { title: _, ...untitled } = reviewedContent;
    await paste(
      page,
      'content',
      JSON.stringify({ ...untitled, paragraph: ['x'], lastReviewed: '2026-13-01' }),
    );
    expect(problem()).to.match(
      /content\.paragraph is not a known field.* content\.title is required\. content\.lastReviewed is no day of the calendar: "2026-13-01"\.$/,
    );
    // A link the card would drop is a problem too, not a silent loss.
    await paste(
      page,
      'content',
      JSON.stringify({ ...reviewedContent, cta: { label: 'Book', href: 'javascript:alert(1)' } }),
    );
    expect(problem()).to.contain('content.cta.href was dropped: links must be');
    expect(snippet()).to.equal('');
    await paste(page, 'content', JSON.stringify(reviewedContent));
    expect(problem()).to.equal('');
    expect(snippet()).to.contain('Dr Test Person');
  });

  it('checks the call to action typed in the fields, and adds the feedback question', async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    await type(page, 'cta-label', 'Appointments can be booked online');
    await type(page, 'cta-href', '/book');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.doc.querySelector('#check-report .advice')!.textContent).to.contain(
      'The call to action is in the passive voice: "Appointments can be booked online".',
    );
    (page.doc.getElementById('feedback') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=feedback]')).to.exist;
    const server = await executeServerCommand<{ html: string }, object>('render-card', {
      attributes: {
        'cta-label': 'Appointments can be booked online',
        'cta-href': '/book',
        feedback: true,
      },
    });
    expect((page.doc.getElementById('snippet') as HTMLTextAreaElement).value).to.contain(
      server.html,
    );
  });

  it('writes listen into the snippet, and the preview offers Listen where the browser can', async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    (page.doc.getElementById('listen') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await card.updateComplete;
    expect(card.hasAttribute('listen')).to.be.true;
    const server = await executeServerCommand<{ html: string }, object>('render-card', {
      attributes: { listen: true },
    });
    expect((page.doc.getElementById('snippet') as HTMLTextAreaElement).value).to.contain(
      server.html,
    );
  });

  it('updates the live card as options are picked, and warns about a low-contrast accent', async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    await type(page, 'provider-name', 'Essentially Medical');
    await type(page, 'cta-href', 'tel:+440000000000');
    (page.doc.querySelector('input[value="benefits"]') as HTMLInputElement).click();
    await card.updateComplete;
    expect(card.openSections).to.deep.equal(['benefits']);
    expect(card.shadowRoot!.querySelector('[part="cta"]')!.getAttribute('href')).to.equal(
      'tel:+440000000000',
    );
    expect(card.shadowRoot!.textContent).to.contain('Essentially Medical');

    await type(page, 'accent-text', '#ffd166');
    const status = page.doc.getElementById('contrast')!;
    expect(status.textContent).to.match(/too low/);
    const suggestion = status.querySelector('button')!;
    const hex = /#[0-9a-f]{6}/.exec(suggestion.textContent!)![0];
    suggestion.click();
    await card.updateComplete;
    expect((page.doc.getElementById('accent-text') as HTMLInputElement).value).to.equal(hex);
    expect(status.textContent).to.match(/passes WCAG AA/);
    // Once the page has drawn the new colour (WebKit once reported the old one to axe).
    await new Promise((resolve) => page.win.requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(await axeViolationsInHost(page, page.doc.body)).to.deep.equal([]);
  });

  it('offers the prerendered snippet with its style-src hash, or the script-only one with the height it needs', async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    await type(page, 'provider-name', 'Essentially Medical');
    await type(page, 'cta-href', '/book');
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const snippet = () => (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const server = await executeServerCommand<{ html: string; styleHashes: string[] }, object>(
      'render-card',
      { attributes: { 'cta-href': '/book', 'provider-name': 'Essentially Medical' } },
    );
    expect(snippet()).to.contain(server.html);
    expect(page.doc.getElementById('csp-hint')!.textContent).to.contain(server.styleHashes[0]);

    (page.doc.querySelector('input[name="kind"][value="plain"]') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reserved = Number(/min-height: (\d+)em/.exec(snippet())![1]);
    const height = card.getBoundingClientRect().height / 16;
    expect(reserved).to.equal(Math.ceil(height));
    expect(snippet()).not.to.contain('shadowrootmode');
    // The reserved height is an inline <style>: its hash is given, and the prerendered card's is not.
    const hint = page.doc.getElementById('csp-hint')!.textContent!;
    expect(hint).to.match(/style-src 'self' 'sha256-[^']+'/);
    expect(hint).not.to.contain(server.styleHashes[0]);
  });

  it('copies a snippet that, pasted into a blank page in another folder, renders the same card', async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    await type(page, 'provider-name', 'Essentially Medical');
    await type(page, 'cta-label', 'Book a consultation');
    await type(page, 'cta-href', '/book');
    (page.doc.querySelector('input[value="limitations"]') as HTMLInputElement).click();
    (page.doc.getElementById('heading-level') as HTMLSelectElement).value = '3';
    page.doc.getElementById('heading-level')!.dispatchEvent(new Event('change', { bubbles: true }));
    await type(page, 'script-url', '/dist/epidural-info-card.js');
    const copied = await copySnippet(page);
    expect(page.doc.getElementById('copy-status')!.textContent).to.match(/^Copied/);
    expect(copied).to.contain('integrity="sha384-');

    await executeServerCommand('write-page', {
      path: 'test/.tmp/pasted/index.html',
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${copied}</body></html>`,
    });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:1200px;border:0';
    frame.src = '/test/.tmp/pasted/';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('epidural-info-card');
    const pasted = frame.contentDocument!.querySelector('epidural-info-card') as EpiduralInfoCard;
    await pasted.updateComplete;
    await card.updateComplete;
    expect(pasted.openSections).to.deep.equal(card.openSections);
    expect(pasted.shadowRoot!.querySelector('.title')!.tagName).to.equal('H3');
    const text = (el: EpiduralInfoCard) =>
      el.shadowRoot!.querySelector('article')!.textContent!.replace(/\s+/g, ' ');
    expect(text(pasted)).to.equal(text(card));
  });

  it('takes the text as Markdown: the preview, and a script-only snippet that carries it as HTML, readable without the script', async () => {
    const page = await openDemo('builder.html');
    const card = page.doc.getElementById('preview') as EpiduralInfoCard;
    await type(page, 'script-url', '/dist/epidural-info-card.js');
    await paste(
      page,
      'content',
      '## Facet joint injections\n\nAn injection into a joint.\n\n### What is it?\n\nMedicine in a facet joint.\n\n### Benefits\n\n- Less pain.\n\n---\n\n**Last reviewed:** 2026-11-02\n',
    );
    await card.updateComplete;
    expect(page.doc.getElementById('content-problem')!.textContent).to.equal('');
    expect(card.shadowRoot!.querySelector('.title')!.textContent).to.equal(
      'Facet joint injections',
    );
    (page.doc.querySelector('input[value="benefits"]') as HTMLInputElement).click();
    (page.doc.querySelector('input[name="kind"][value="plain"]') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const copied = (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    expect(copied).to.contain('<h3 id="benefits">Benefits</h3>');
    expect(copied).not.to.contain('application/json');
    // No blank line inside the tag: pasted into Markdown, it stays one HTML block.
    expect(copied).not.to.match(/<epidural-info-card[^]*\n\s*\n[^]*<\/epidural-info-card>/);
    for (const script of [true, false]) {
      const path = `test/.tmp/pasted-html-${script}/index.html`;
      await executeServerCommand('write-page', {
        path,
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${
          script ? copied : copied.replace(/<script[^]*?<\/script>/, '')
        }</body></html>`,
      });
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:1000px;height:1200px;border:0';
      frame.src = `/${path.replace('index.html', '')}`;
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      if (script) {
        await frame.contentWindow!.customElements.whenDefined('epidural-info-card');
        const pasted = doc.querySelector('epidural-info-card') as EpiduralInfoCard;
        await pasted.updateComplete;
        expect(pasted.content).to.deep.equal(card.content);
        expect(pasted.openSections).to.deep.equal(['benefits']);
      } else {
        // Without the script: the clinic's text as the page's own headings and list.
        expect([...doc.querySelectorAll('h2, h3')].map((h) => h.textContent)).to.deep.equal([
          'Facet joint injections',
          'What is it?',
          'Benefits',
        ]);
        expect(doc.body.innerText).to.contain('Less pain.');
      }
      frame.remove();
    }
  });

  it("checks each field where it is typed, in the card's words, and copies nothing broken", async () => {
    const page = await openDemo('builder.html');
    const problem = (id: string) => page.doc.getElementById(`${id}-problem`)?.textContent ?? '';
    const status = () => page.doc.getElementById('copy-status')!.textContent;
    const snippet = () => (page.doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const copy = async () => {
      (page.doc.getElementById('copy') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    for (const colour of ['plum', '#FFF', 'rgb(1, 2, 3)', '#7a1f5']) {
      await type(page, 'accent-text', colour);
      expect(problem('accent-text'), colour).to.match(
        /^Give the colour as # and six hexadecimal digits/,
      );
      expect(page.doc.getElementById('contrast')!.textContent).not.to.match(/passes/);
      expect(snippet()).to.equal('');
      await copy();
      expect(status()).to.match(/^Not copied/);
    }
    await type(page, 'accent-text', '#7a1f5c');
    expect(problem('accent-text')).to.equal('');
    await type(page, 'cta-href', 'javascript:alert(1)');
    expect(problem('cta-href')).to.equal(
      'Call to action link: links must be https:, http:, mailto:, tel: or relative, not "javascript:alert(1)".',
    );
    expect(page.doc.getElementById('cta-href')!.hasAttribute('aria-invalid')).to.equal(true);
    (page.doc.querySelector('input[name="kind"][value="plain"]') as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await copy();
    expect(status()).to.match(/^Not copied/);
    await type(page, 'cta-href', 'www.clinic.example/book');
    expect(problem('cta-href')).to.match(/without https:\/\/ this is a page of your own site/);
    expect(page.doc.getElementById('cta-href')!.hasAttribute('aria-invalid')).to.equal(false);
    await type(page, 'provider-href', '/about.html');
    expect(problem('provider-href')).to.equal('');
    await type(page, 'fallback-href', 'https://');
    expect(problem('fallback-href')).to.match(/^Link shown until the script runs: links must be/);
    await type(page, 'fallback-href', '/epidurals.html');
    expect(problem('fallback-href')).to.equal('');
    expect(snippet()).to.contain('<a href="/epidurals.html">');
    expect(await axeViolationsInHost(page, page.doc.body)).to.deep.equal([]);
  });

  for (const kind of ['prerendered', 'plain']) {
    it(`a ${kind} snippet in the chosen colour works under the README's CSP with the hashes it names`, async () => {
      const page = await openDemo('builder.html');
      if (kind == 'plain')
        (page.doc.querySelector(`input[name="kind"][value="plain"]`) as HTMLInputElement).click();
      await type(page, 'accent-text', '#7a1f5c');
      await type(page, 'cta-href', '/book');
      await type(page, 'script-url', '/dist/epidural-info-card.js');
      await new Promise((resolve) => setTimeout(resolve, 150));
      const copied = await copySnippet(page);
      const sources = / style-src 'self' ((?:'sha256-[^']+' ?)+)/.exec(
        page.doc.getElementById('csp-hint')!.textContent!,
      )![1];
      const csp = `default-src 'self'; script-src 'self'; style-src 'self' ${sources.trim()}`;
      const path = `test/.tmp/csp-${kind}-${Math.random().toString(36).slice(2)}/index.html`;
      await executeServerCommand('write-page', {
        path,
        csp,
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title><script src="/test/hosts/observe-page.js"></script></head><body>${copied}</body></html>`,
      });
      const url = `/${path.replace('index.html', '')}`;
      expect((await fetch(url)).headers.get('content-security-policy')).to.equal(csp);
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:1000px;height:1200px;border:0';
      frame.src = url;
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & { hostObserved: { violations: string[] } };
      await win.customElements.whenDefined('epidural-info-card');
      const pasted = frame.contentDocument!.querySelector('epidural-info-card') as EpiduralInfoCard;
      await pasted.updateComplete;
      const cta = pasted.shadowRoot!.querySelector('[part=cta]')!;
      expect(win.getComputedStyle(cta).backgroundColor).to.equal('rgb(122, 31, 92)');
      expect(win.hostObserved.violations).to.deep.equal([]);

      // The same page without the hashes: the policy is really sent, and blocks the styles.
      const bare = path.replace('/index.html', '-bare/index.html');
      await executeServerCommand('write-page', {
        path: bare,
        csp: "default-src 'self'; script-src 'self'; style-src 'self'",
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title><script src="/test/hosts/observe-page.js"></script></head><body>${copied}</body></html>`,
      });
      const reloaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      frame.src = `/${bare.replace('index.html', '')}`;
      await reloaded;
      const blocked = frame.contentWindow as Window & { hostObserved: { violations: string[] } };
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(blocked.hostObserved.violations.length).to.be.greaterThan(0);
    });
  }
});
