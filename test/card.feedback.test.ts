import { expect, html } from '@open-wc/testing';
import { sendKeys } from './input.js';
import type { EpiduralInfoCard, FeedbackDetail } from '../src/epidural-info-card.js';
import { renderCard as prerender } from '../src/server/render-card.js';
import { $, $$, renderCard, sectionButton } from './helpers.js';

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
