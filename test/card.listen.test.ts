import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from './input.js';
import { builtInContent, type EpiduralInfoCard } from '../src/epidural-info-card.js';
import { $, $$, emulateOrSkip, isShown, renderCard } from './helpers.js';

/*
 * The browser's speech synthesis, stubbed in every engine: what the card asks it to say, in which
 * language and with which voice, and each pause, resume and cancel, in order. Nothing is spoken.
 */
type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name'>;

class FakeUtterance {
  voice: Voice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynthesis extends EventTarget {
  voices: Voice[] = [];
  queue: FakeUtterance[] = [];
  calls: string[] = [];
  getVoices() {
    return this.voices;
  }
  speak(piece: FakeUtterance) {
    this.queue.push(piece);
    this.calls.push('speak');
  }
  // As engines do, what was queued ends in an error ("interrupted").
  cancel() {
    const cut = this.queue;
    this.queue = [];
    this.calls.push('cancel');
    for (const piece of cut) piece.onerror?.();
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
}

const local = (lang: string): Voice => ({ lang, localService: true, name: `Local ${lang}` });
const remote = (lang: string): Voice => ({ lang, localService: false, name: `Remote ${lang}` });

let synth: FakeSynthesis;
const real = {
  synthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
  utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
};

/** Installs the stub (or no speech synthesis at all, with `null`). */
function install(voices: Voice[] | null): void {
  synth = new FakeSynthesis();
  synth.voices = voices ?? [];
  Object.defineProperty(window, 'speechSynthesis', {
    value: voices ? synth : undefined,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: FakeUtterance,
    configurable: true,
    writable: true,
  });
}

const listenButton = (el: EpiduralInfoCard) => $(el, '[value=say]');
const stopButton = (el: EpiduralInfoCard) => $(el, '[value=stop]');
// The Listen and Stop buttons, or none.
const listenBoxes = (el: EpiduralInfoCard) => el.shadowRoot!.querySelectorAll('[part=listen]');

/** The texts a reader sees with `open` sections open: what Listen must read, in order, a line each. */
const visibleText = (open: string[]) =>
  [
    builtInContent.title,
    builtInContent.intro!,
    ...builtInContent.sections
      .filter((s) => s.alwaysVisible || open.includes(s.id))
      .flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? [])]),
  ].join('\n');

describe('<epidural-info-card listen>', () => {
  afterEach(() => {
    for (const [name, descriptor] of [
      ['speechSynthesis', real.synthesis],
      ['SpeechSynthesisUtterance', real.utterance],
    ] as const) {
      delete (window as unknown as Record<string, unknown>)[name];
      if (descriptor) Object.defineProperty(window, name, descriptor);
    }
  });

  it('is not there unless asked for', async () => {
    install([local('en-GB')]);
    const el = await renderCard();
    expect(listenBoxes(el)).to.have.length(0);
  });

  it('is not there where the browser has no speech synthesis, or no voice on the device for the language', async () => {
    install(null);
    const none = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    expect(listenBoxes(none)).to.have.length(0);
    // A French voice only, and an English one that would send the text to a server.
    install([local('fr-FR'), remote('en-GB')]);
    const other = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    expect(listenBoxes(other)).to.have.length(0);
    expect(synth.calls).to.deep.equal([]);
  });

  it('appears when the voices arrive later, as Chromium lists them', async () => {
    install([]);
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    expect(listenBoxes(el)).to.have.length(0);
    synth.voices = [local('en-US')];
    synth.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    expect(listenBoxes(el)).to.have.length(2);
  });

  it('reads the title, the introduction and the open sections, in order, in the content language, with the local voice', async () => {
    install([remote('en-GB'), local('en-GB')]);
    const el = await renderCard(
      html`<epidural-info-card listen open-sections="benefits what-is-it"></epidural-info-card>`,
    );
    const box = listenButton(el).closest('.feedback')!;
    // After the introduction, before the sections.
    expect(box.previousElementSibling!.className).to.equal('intro');
    expect($$(el, '[part=listen]').map((b) => [b.textContent, b.localName])).to.deep.equal([
      ['Listen', 'button'],
      ['Stop', 'button'],
    ]);
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('false');
    listenButton(el).click();
    await el.updateComplete;
    expect(synth.queue.map((p) => [p.text, p.voice?.lang, p.voice?.name])).to.deep.equal([
      [visibleText(['what-is-it', 'benefits']), 'en-GB', 'Local en-GB'],
    ]);
    // Anything it was saying before goes first.
    expect(synth.calls).to.deep.equal(['cancel', 'speak']);
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('pauses, goes on and stops from the keyboard, and says so to a screen reader', async () => {
    install([local('en-GB')]);
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    listenButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(synth.calls.at(-1)).to.equal('pause');
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(synth.calls.at(-1)).to.equal('resume');
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(stopButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(stopButton(el));
    expect(synth.calls).to.deep.equal(['cancel', 'speak', 'pause', 'resume', 'cancel']);
    // Listen again reads from the start.
    listenButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(synth.calls.slice(-2)).to.deep.equal(['cancel', 'speak']);
    expect(synth.queue[0].text).to.equal(visibleText([]));
  });

  it('is ready again when the last piece ends, and a stopped reading cannot end a new one', async () => {
    install([local('en-GB')]);
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    listenButton(el).click();
    await el.updateComplete;
    const first = [...synth.queue];
    stopButton(el).click();
    listenButton(el).click();
    await el.updateComplete;
    // The first reading's last piece ends late (an engine may say so after cancel()).
    first[0].onend!();
    await el.updateComplete;
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('true');
    synth.queue[0].onend!();
    await el.updateComplete;
    expect(listenButton(el).getAttribute('aria-pressed')).to.equal('false');
    // Ended, it does not cancel anything of anyone else's.
    expect(synth.calls.at(-1)).to.equal('speak');
  });

  it("shows itself not pressed when another card's reading cuts it short", async () => {
    install([local('en-GB')]);
    const a = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    const b = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    listenButton(a).click();
    listenButton(b).click();
    await a.updateComplete;
    expect(listenButton(a).getAttribute('aria-pressed')).to.equal('false');
    expect(listenButton(b).getAttribute('aria-pressed')).to.equal('true');
    // So its next press reads from the start, rather than pausing the other card.
    listenButton(a).click();
    expect(synth.calls.slice(-2)).to.deep.equal(['cancel', 'speak']);
    expect(synth.calls).to.not.include('pause');
  });

  it('stops when the attribute goes, or the card leaves the page', async () => {
    install([local('en-GB')]);
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    listenButton(el).click();
    el.removeAttribute('listen');
    await el.updateComplete;
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(listenBoxes(el)).to.have.length(0);
    el.setAttribute('listen', '');
    await el.updateComplete;
    listenButton(el).click();
    el.remove();
    expect(synth.calls.at(-1)).to.equal('cancel');
  });

  it("speaks and labels in the content's language", async () => {
    install([local('en-GB'), local('es-ES')]);
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    el.content = {
      ...builtInContent,
      lang: 'es',
      title: 'Inyecciones epidurales',
      strings: { listen: 'Escuchar', stop: 'Parar' },
    };
    await el.updateComplete;
    expect($$(el, '[part=listen]').map((b) => b.textContent)).to.deep.equal(['Escuchar', 'Parar']);
    listenButton(el).click();
    expect(
      synth.queue.map((p) => [p.text.split('\n')[0], p.voice?.lang, p.voice?.name]),
    ).to.deep.equal([['Inyecciones epidurales', 'es-ES', 'Local es-ES']]);
  });

  it('leaves the buttons off paper', async function () {
    install([local('en-GB')]);
    const el = await renderCard(html`<epidural-info-card listen></epidural-info-card>`);
    await emulateOrSkip(this, { media: 'print' });
    try {
      expect(isShown($(el, '[part=listen]'))).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(isShown($(el, '[part=listen]'))).to.be.true;
  });
});
