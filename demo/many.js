// Sixty cards, each with its own (example) clinic, all from one shared src document.
const COUNT = 60;
const start = performance.now();
const cards = Array.from({ length: COUNT }, (_, i) => {
  const card = document.createElement('epidural-info-card');
  card.id = `clinic-${i + 1}`;
  card.src = 'content/epidural-injection.en.json';
  card.headingLevel = 2;
  card.providerName = `Example Clinic ${i + 1}`;
  card.theme = 'auto';
  return card;
});
document.getElementById('cards').append(...cards);
Promise.all(
  cards.map(
    (card) =>
      new Promise((resolve) =>
        card.addEventListener('epidural-info-content', resolve, { once: true }),
      ),
  ),
).then(async () => {
  await Promise.all(cards.map((card) => card.updateComplete));
  document.body.getBoundingClientRect();
  const ms = Math.round(performance.now() - start);
  document.getElementById('timing').textContent =
    `${COUNT} cards rendered and laid out in ${ms} ms.`;
});
