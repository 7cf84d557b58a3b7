// The page's own JavaScript adds the card some time after the embed script has run.
setTimeout(() => {
  const card = document.createElement('epidural-info-card');
  card.id = 'card';
  document.getElementById('main').append(card);
}, 50);
