// The rotating member QR (MemberCardPage): renews the code before it runs out while online; offline it
// counts down what is left of the code shown, hides it once it has run out, and renews it when back online.
(function () {
  'use strict';
  const body = document.getElementById('member-card');
  const qr = document.getElementById('qr');
  const status = document.getElementById('status');
  const csrfHeader = document.querySelector('meta[name=csrf-header]').content;
  const csrfToken = document.querySelector('meta[name=csrf-token]').content;
  const renewBefore = Number(body.dataset.renewBefore) * 1000;
  let code = null;      // { qr, image, expiresAt }
  let renewal = null;   // timer of the next renewal
  let failed = false;   // the last renewal failed while the browser thought it was online

  function say(kind, seconds) {
    status.className = kind;
    status.textContent = body.dataset[kind].replace('{0}', String(seconds));
  }

  function secondsLeft() {
    return code ? Math.floor((Date.parse(code.expiresAt) - Date.now()) / 1000) : 0;
  }

  function show() {
    const left = secondsLeft();
    if (left <= 0) {
      qr.hidden = true;
      qr.removeAttribute('src');
      delete qr.dataset.qr;
      if (!navigator.onLine) { say('expired', 0); }
      return;
    }
    if (qr.dataset.qr !== code.qr) {
      qr.src = code.image;
      qr.dataset.qr = code.qr;
    }
    qr.hidden = false;
    if (!navigator.onLine) { say('offline', left); } else if (failed) { say('failed', left); } else { say('online', left); }
  }

  async function renew() {
    clearTimeout(renewal);
    if (!navigator.onLine) { show(); return; }
    try {
      const response = await fetch('/wallet/member-card/token', {
        method: 'POST', credentials: 'same-origin', redirect: 'manual',
        headers: { [csrfHeader]: csrfToken, 'Accept': 'application/json' }
      });
      if (response.type === 'opaqueredirect' || response.status === 401) { say('signedOut', 0); return; }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        if (response.status === 403) { status.className = 'failed'; status.textContent = problem.detail || ''; return; }
        throw new Error(problem.detail || String(response.status));
      }
      code = await response.json();
      failed = false;
      show();
      renewal = setTimeout(renew, Math.max(1000, Date.parse(code.expiresAt) - Date.now() - renewBefore));
    } catch (e) {
      failed = navigator.onLine;
      show();
      renewal = setTimeout(renew, 5000);
    }
  }

  window.addEventListener('online', renew);
  window.addEventListener('offline', show);
  setInterval(show, 1000);
  renew();
})();
