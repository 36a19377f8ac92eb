// Every page: registers the service worker (the wallet offline), says when a page is shown without a
// network (the balances are those of when it was last seen), and forgets the kept wallet on sign-out.
(() => {
  'use strict';
  if ('serviceWorker' in navigator) {
    // updateViaCache 'none': the browser asks for /sw.js (sent no-cache) on every check, so a new build is found at once
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => { /* the pages work without it */ });
  }
  const note = document.getElementById('offline-note');
  function showNetwork() {
    if (note) note.hidden = navigator.onLine;
  }
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  showNetwork();
  document.querySelectorAll('form[action="/logout"]').forEach(form => form.addEventListener('submit', () => {
    if ('caches' in window) caches.delete('citycoop-wallet-v1');
  }));
})();
