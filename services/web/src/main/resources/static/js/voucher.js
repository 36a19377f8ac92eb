// The voucher's QR code at the till: full screen on a white page, and the screen kept on while it is
// shown (Screen Wake Lock, where the browser has it). Esc or a tap leaves.
(() => {
  'use strict';
  const card = document.getElementById('qr-card');
  const button = document.getElementById('full-screen');
  let lock = null;

  async function keepAwake() {
    try {
      if ('wakeLock' in navigator) lock = await navigator.wakeLock.request('screen');
    } catch (e) {
      lock = null; // not allowed here (battery saver, no permission): the code still shows
    }
  }

  button.addEventListener('click', async () => {
    card.classList.add('till');
    document.body.classList.add('at-till');
    if (card.requestFullscreen) {
      try { await card.requestFullscreen(); } catch (e) { /* shown large in the page instead */ }
    }
    keepAwake();
  });

  function leave() {
    card.classList.remove('till');
    document.body.classList.remove('at-till');
    if (lock) { lock.release(); lock = null; }
  }

  card.addEventListener('click', () => {
    if (document.fullscreenElement) document.exitFullscreen(); else leave();
  });
  document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) leave(); });
  document.addEventListener('keydown', event => { if (event.key === 'Escape') leave(); });
})();
