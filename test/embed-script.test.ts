import { expect } from '@open-wc/testing';

/*
 * The artefact clinics embed: the built dist/epidural-info-card.js in a plain page, nothing else.
 * `npm test` builds it first.
 */
async function loadPlainPage(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:1200px;border:0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('dist/epidural-info-card.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the card in a plain page from a classic script tag', async () => {
    const doc = await loadPlainPage(
      '<script src="/dist/epidural-info-card.js"></script><epidural-info-card></epidural-info-card>',
    );
    const card = doc.querySelector('epidural-info-card')!;
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Epidural injections');
    expect(root.querySelectorAll('button[aria-controls]')).to.have.length(4);
    expect(root.querySelector('#p-benefits')!.querySelectorAll('li')).to.have.length(7);
  });
});
