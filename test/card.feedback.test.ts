import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from './input.js';
import {
  builtInContent,
  type EpiduralInfoCard,
  type FeedbackDetail,
} from '../src/epidural-info-card.js';
import { renderCard as prerender } from '../src/server/render-card.js';
import { clinicContent } from './fixtures/content.js';
import { $, $$, emulateOrSkip, isShown, renderCard, sectionButton } from './helpers.js';

describe('<epidural-info-card feedback>', () => {
  it('is not there unless asked for', async () => {
    const el = await renderCard();
    expect(el.shadowRoot!.querySelector('[part=feedback]')).to.equal(null);
  });

  it('asks at the end, answers from the keyboard, fires the answer and the sections opened, and thanks politely', async () => {
    const el = await renderCard(html`<epidural-info-card feedback></epidural-info-card>`);
    const box = $(el, '[part=feedback]');
    expect(box.parentElement!.lastElementChild).to.equal(box);
    const group = box.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('feedback');
    expect($(el, '#feedback').textContent).to.equal('Was this information useful?');
    const answers = $$(el, '[part=feedback-answer]');
    expect(answers.map((b) => [b.localName, b.textContent])).to.deep.equal([
      ['button', 'Yes'],
      ['button', 'No'],
    ]);
    sectionButton(el, 'benefits').click();
    sectionButton(el, 'what-is-it').click();
    await el.updateComplete;
    const heard: FeedbackDetail[] = [];
    el.addEventListener('epidural-info-feedback', (e) =>
      heard.push((e as CustomEvent<FeedbackDetail>).detail),
    );
    answers[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(heard).to.deep.equal([{ useful: true, sections: ['benefits', 'what-is-it'] }]);
    const thanks = $(el, '.thanks');
    expect(thanks.getAttribute('role')).to.equal('status');
    expect(thanks.textContent).to.equal('Thank you for your feedback.');
    answers[1].focus();
    await sendKeys({ press: ' ' });
    expect(heard.map((d) => d.useful)).to.deep.equal([true, false]);
    await expect(el).to.be.accessible();
  });

  it('says in "About this information" how to give feedback, only when it is asked for', async () => {
    const about = (el: EpiduralInfoCard) =>
      $$(el, '.about dt').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    const off = await renderCard(
      html`<epidural-info-card .content=${clinicContent}></epidural-info-card>`,
    );
    expect(about(off).map(([label]) => label))
      .to.include('Last reviewed')
      .and.not.include('Feedback');
    const el = await renderCard(
      html`<epidural-info-card feedback .content=${clinicContent}></epidural-info-card>`,
    );
    expect(about(el)).to.deep.include(['Feedback', 'Answer the question at the end of this card.']);
    // In the About part's list, and after its other rows.
    const row = $(el, '.about dl > .feedback');
    expect(row.parentElement!.lastElementChild).to.equal(row);
    el.content = {
      ...clinicContent,
      lang: 'es',
      strings: { giveFeedback: 'Opiniones', feedbackHow: 'Responda a la pregunta del final.' },
    };
    await el.updateComplete;
    expect(about(el)).to.deep.include(['Opiniones', 'Responda a la pregunta del final.']);
    await expect(el).to.be.accessible();
  });

  it('leaves the question and its row off paper, where no one can answer', async function () {
    const el = await renderCard(
      html`<epidural-info-card feedback .content=${clinicContent}></epidural-info-card>`,
    );
    await emulateOrSkip(this, { media: 'print' });
    try {
      expect(isShown($(el, '[part=feedback]'))).to.be.false;
      expect(isShown($(el, '.about .feedback'))).to.be.false;
      expect(isShown($(el, '.about dt'))).to.be.true;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(isShown($(el, '.about .feedback'))).to.be.true;
  });

  it("takes the question, answers and thanks in the content's language", async () => {
    const el = await renderCard(html`<epidural-info-card feedback></epidural-info-card>`);
    el.content = {
      ...el.content,
      lang: 'es',
      strings: { feedback: '¿Le ha sido útil?', yes: 'Sí', no: 'No', thanks: 'Gracias.' },
    };
    await el.updateComplete;
    expect($(el, '#feedback').textContent).to.equal('¿Le ha sido útil?');
    $$(el, '[part=feedback-answer]')[0].click();
    expect($(el, '.thanks').textContent).to.equal('Gracias.');
  });

  it('adds no "About this information" of its own to content that has none', async () => {
    const el = await renderCard(html`<epidural-info-card feedback></epidural-info-card>`);
    // Content that names no publisher, reviewer, date, source or adaptation.
    const { adaptedFrom, ...bare } = builtInContent;
    void adaptedFrom;
    el.content = bare;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.about')).to.have.length(0);
    expect($(el, '[part=feedback]')).to.exist;
  });

  it('prerendered: the answers are text until the script runs, so nothing is an inert button', async () => {
    const box = document.createElement('div');
    box.setHTMLUnsafe(prerender({ attributes: { feedback: true } }));
    const root = box.firstElementChild!.shadowRoot!;
    expect(root.querySelector('[part=feedback] button')).to.equal(null);
    expect(
      [...root.querySelectorAll('[part=feedback-answer]')].map((a) => a.textContent),
    ).to.deep.equal(['Yes', 'No']);
    document.body.append(box);
    const el = box.firstElementChild as EpiduralInfoCard;
    await el.updateComplete;
    expect($$(el, '[part=feedback-answer]').map((a) => a.localName)).to.deep.equal([
      'button',
      'button',
    ]);
    box.remove();
  });
});
