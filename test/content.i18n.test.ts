import { expect, html } from '@open-wc/testing';
import { arabicContent, spanishContent } from './fixtures/content.js';
import { $, $$, renderCard, showAllButton } from './helpers.js';

describe('<epidural-info-card> languages', () => {
  it("writes a rating's numbers as the content's language does", async () => {
    const el = await renderCard();
    const rated = (lang: string) => ({
      ...spanishContent,
      lang,
      provider: { name: 'C', rating: { value: 4.5, best: 5, source: 'T' } },
    });
    const shown = async (lang: string) => {
      el.content = rated(lang);
      await el.updateComplete;
      return $(el, '.rating').textContent;
    };
    expect(await shown('es')).to.equal('Valoración: 4,5 de 5 en T');
    expect(await shown('en-GB')).to.equal('Valoración: 4.5 de 5 en T');
    expect(await shown('de')).to.equal('Valoración: 4,5 de 5 en T');
  });

  it('renders Spanish content with every interface string overridden, and lang set', async () => {
    const el = await renderCard();
    el.content = spanishContent;
    await el.updateComplete;
    const article = $(el, 'article');
    expect(article.getAttribute('lang')).to.equal('es');
    expect(showAllButton(el).textContent!.trim()).to.equal('Mostrar todas las secciones');
    await el.expandAll();
    expect(showAllButton(el).textContent!.trim()).to.equal('Ocultar todas las secciones');
    const text = article.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Valoración: 4 de 5 en Trustpilot');
    expect(text).to.contain('Fuentes');
    expect(text).to.contain('Aviso: Texto de prueba: consulte a su médico.');
    expect($(el, '.about dl').textContent).to.equal('Última revisión15 de enero de 2026');
    // No English interface text is left.
    for (const english of [
      'Show all',
      'Hide all',
      'Rated',
      'Sources',
      'Last reviewed',
      'Please note',
    ]) {
      expect(text).not.to.contain(english);
    }
    await expect(el).to.be.accessible();
  });

  it('mirrors right-to-left content (Arabic) given with dir="rtl"', async () => {
    const el = await renderCard(html`<epidural-info-card dir="rtl"></epidural-info-card>`);
    el.content = arabicContent;
    await el.updateComplete;
    const article = $(el, 'article');
    expect(getComputedStyle(article).direction).to.equal('rtl');
    expect(article.getAttribute('lang')).to.equal('ar');
    const label = $(el, '#b-one .label').getBoundingClientRect();
    const icon = $(el, '#b-one .icon').getBoundingClientRect();
    expect(icon.right).to.be.at.most(label.left);
    expect(showAllButton(el).textContent!.trim()).to.equal('إظهار كل الأقسام');
    await expect(el).to.be.accessible();
  });

  it('keeps English strings where a translation leaves them out', async () => {
    const el = await renderCard();
    el.content = { ...arabicContent, lang: 'ar' };
    await el.expandAll();
    expect(showAllButton(el).textContent!.trim()).to.equal('إخفاء كل الأقسام');
    expect($$(el, '.section-heading')).to.have.length(2);
  });
});
