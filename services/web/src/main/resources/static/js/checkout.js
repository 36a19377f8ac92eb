// The till: reads a voucher's QR code with the camera or from a photo (qr-reader.js), or takes the code typed; asks redemption-service
// (through the web front, with the person's own token) what is left and whether it is accepted here;
// takes an amount with an Idempotency-Key kept until an answer came, so a second press or a retry
// after no answer never takes twice; keeps the basket's vouchers, the member card, the day's takings.
(() => {
  'use strict';
  const texts = JSON.parse(document.getElementById('texts').textContent);
  const locale = texts.locale;
  const $ = id => document.getElementById(id);
  const csrfHeader = document.querySelector('meta[name=csrf-header]').content;
  const csrfToken = document.querySelector('meta[name=csrf-token]').content;
  const store = $('store');

  let current = null; // the voucher on screen: {code, scan}
  let pending = null; // a redemption sent without an answer yet: {key, body}
  let basket = { lines: [], memberToken: null, purchaseKey: null };

  // ---------------------------------------------------------------- helpers
  function format(text, ...values) {
    return values.reduce((result, value, i) => result.split('{' + i + '}').join(value), text);
  }

  function storeId() { return store.value; }
  function storeCurrency() { return store.selectedOptions.length ? store.selectedOptions[0].dataset.currency : 'EUR'; }

  function money(amount, currency) {
    const digits = currency === 'HUF' ? 0 : 2;
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
      .format(Number(amount));
  }

  /** "7,50", "7.50", "1.234,50", "1 234" → "7.50", "1234.50", "1234"; null when it is no amount in that currency. */
  function parseAmount(text, currency) {
    let value = String(text || '').replace(/[\s\u00a0\u202f€]|Ft|EUR|HUF/g, '');
    const comma = value.lastIndexOf(','), dot = value.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      value = comma > dot ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '');
    } else {
      value = value.replace(',', '.');
    }
    const pattern = currency === 'HUF' ? /^\d{1,9}$/ : /^\d{1,7}(\.\d{1,2})?$/;
    if (!pattern.test(value) || Number(value) <= 0) return null;
    return value;
  }

  /** A random UUID, also where crypto.randomUUID is missing (a page not served over HTTPS). */
  function uuid() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /** A call through the web front; throws only when no answer came (offline, service down behind a proxy). */
  async function call(method, url, body, headers) {
    const init = { method, credentials: 'same-origin', headers: Object.assign({ Accept: 'application/json' }, headers || {}) };
    if (method !== 'GET') init.headers[csrfHeader] = csrfToken;
    if (body instanceof Blob) {
      init.headers['Content-Type'] = body.type;
      init.body = body;
    } else if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    if (response.redirected || response.type === 'opaqueredirect') throw new Error('signed out');
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    return { status: response.status, ok: response.ok, json: json || {} };
  }

  function problemText(answer) {
    return answer.json.detail || answer.json.title || texts.unavailable;
  }

  function scanStatus(text, error) {
    $('scan-status').textContent = text || '';
    $('scan-status').classList.toggle('error', !!error);
  }

  // ---------------------------------------------------------------- basket
  function paidWithVouchers() {
    return basket.lines.filter(line => !line.reversed).reduce((sum, line) => sum + Number(line.credited), 0);
  }

  function basketTotal() {
    return parseAmount($('basket-total').value, storeCurrency());
  }

  function showToPay() {
    const total = basketTotal();
    $('to-pay').textContent = total === null ? '' : format(texts['still-to-pay'], money(Math.max(0, Number(total) - paidWithVouchers()), storeCurrency()));
  }

  function showBasket() {
    const list = $('basket-lines');
    list.replaceChildren();
    basket.lines.forEach(line => {
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = money(line.amount, line.currency) + ' · ' + texts.voucher + ' …' + line.code.slice(-4)
        + (line.reversed ? ' · ' + texts.reversed : '');
      item.append(text);
      if (!line.reversed) item.append(reverseButton(line.redemptionId, () => { line.reversed = true; showBasket(); }));
      list.append(item);
    });
    $('basket-empty').hidden = basket.lines.length > 0;
    showToPay();
  }

  /** "Give back": a first press asks to press again, the second gives back what is left of the redemption. */
  function reverseButton(redemptionId, done) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link reverse';
    button.textContent = texts.reverse;
    button.addEventListener('click', async () => {
      if (!button.dataset.armed) {
        button.dataset.armed = 'true';
        button.textContent = texts['reverse-confirm'];
        return;
      }
      button.disabled = true;
      const key = button.dataset.key || (button.dataset.key = uuid());
      try {
        const answer = await call('POST', '/checkout/api/redemptions/' + redemptionId + '/reversals', {}, { 'Idempotency-Key': key });
        if (answer.ok) {
          outcome(true, texts.reversed, format(texts.left, money(answer.json.balanceAfter, answer.json.currency)));
          done();
          loadTakings();
        } else {
          outcome(false, texts['reverse-failed'], problemText(answer));
          button.disabled = false;
        }
      } catch (e) {
        outcome(false, texts['reverse-failed'], texts.unavailable);
        button.disabled = false;
      }
    });
    return button;
  }

  // ---------------------------------------------------------------- outcome screen
  function outcome(approved, title, detail, retry) {
    const box = $('outcome');
    box.hidden = false;
    box.className = 'outcome ' + (approved ? 'approved' : 'declined');
    $('outcome-title').textContent = (approved ? '✓ ' : '✗ ') + title;
    $('outcome-detail').textContent = detail || '';
    $('retry').hidden = !retry;
    box.focus();
  }

  function clearVoucher() {
    current = null;
    $('voucher').hidden = true;
    $('code').value = '';
    $('amount').value = '';
    $('amount-error').textContent = '';
  }

  // ---------------------------------------------------------------- scanning
  const scanner = CitycoopQr.attach({
    camera: $('camera'), photo: $('photo'), readerId: 'reader', found: text => decoded(text), status: scanStatus,
    texts: { start: texts['camera-start'], stop: texts['camera-stop'], scanning: texts.scanning, cameraFailed: texts['camera-failed'],
      noCode: texts['no-code-in-photo'], unavailable: texts.unavailable, checking: texts.checking }
  });

  $('type-code').addEventListener('submit', event => {
    event.preventDefault();
    const code = $('code').value.trim();
    if (code) decoded(code);
  });

  function decoded(text) {
    if (/^citycoop:member:/i.test(text.trim())) {
      basket.memberToken = text.trim();
      $('member-status').textContent = texts['member-read'];
      $('member-status').classList.remove('error');
      scanStatus('');
      return;
    }
    checkVoucher(text.trim());
  }

  /** Asks what is left on a code and shows it; {@code quietly}: after a decline, the outcome stays on screen. */
  async function checkVoucher(code, quietly) {
    if (!storeId()) { scanStatus(texts['store-needed'], true); return; }
    if (!quietly) {
      $('outcome').hidden = true;
      scanStatus(texts.checking);
    }
    try {
      const answer = await call('POST', '/checkout/api/scans', { code, storeId: storeId() });
      if (answer.ok) {
        if (!quietly) scanStatus('');
        showVoucher(code, answer.json);
      } else scanStatus(problemText(answer), true);
    } catch (e) {
      scanStatus(texts.unavailable, true);
    }
  }

  function showVoucher(code, scan) {
    current = { code: code || scan.code, scan };
    const box = $('voucher');
    box.hidden = false;
    const verdict = $('voucher-verdict');
    if (!scan.known) {
      $('voucher-balance').textContent = '–';
      $('voucher-expiry').textContent = '';
      verdict.textContent = texts.unknown;
      verdict.className = 'verdict declined';
      $('redeem').hidden = true;
      return;
    }
    $('voucher-balance').textContent = money(scan.balance, scan.currency);
    // the last day it can be spent, in the cities' calendar (redemption-service says which day; the browser's zone may differ)
    $('voucher-expiry').textContent = scan.validUntil ? format(texts.expires, new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
      .format(new Date(scan.validUntil + 'T00:00:00Z'))) : '';
    verdict.textContent = scan.spendable ? texts.accepted : (scan.message || texts['not-accepted']);
    verdict.className = 'verdict ' + (scan.spendable ? 'approved' : 'declined');
    $('redeem').hidden = !scan.spendable;
    if (scan.spendable) {
      const total = basketTotal();
      const left = total === null ? null : Number(total) - paidWithVouchers();
      if (scan.currency === storeCurrency()) {
        const suggestion = left === null || left <= 0 ? Number(scan.balance) : Math.min(Number(scan.balance), left);
        const digits = scan.currency === 'HUF' ? 0 : 2;
        $('amount').value = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
          .format(suggestion);
      }
      $('amount').focus();
    }
  }

  // ---------------------------------------------------------------- redeeming
  $('redeem').addEventListener('submit', event => {
    event.preventDefault();
    if (!current || !current.scan.known) return;
    const currency = storeCurrency();
    const amount = parseAmount($('amount').value, currency);
    if (amount === null) {
      $('amount-error').textContent = format(texts['amount-invalid'], currency === 'HUF' ? '1 000' : '7,50');
      $('amount').setAttribute('aria-invalid', 'true');
      return;
    }
    if (current.scan.currency === currency && Number(amount) > Number(current.scan.balance)) {
      $('amount-error').textContent = format(texts['amount-more-than-left'], money(current.scan.balance, currency));
      $('amount').setAttribute('aria-invalid', 'true');
      return;
    }
    $('amount-error').textContent = '';
    $('amount').removeAttribute('aria-invalid');
    const body = { code: current.code, amount: Number(amount), currency, storeId: storeId() };
    const total = basketTotal();
    if (total !== null) body.basketTotal = Number(total);
    // one key per press: kept while no answer came, so "Try again" cannot take twice
    pending = pending && JSON.stringify(pending.body) === JSON.stringify(body) ? pending : { key: uuid(), body };
    send(pending);
  });

  $('retry').addEventListener('click', () => { if (pending) send(pending); });

  async function send(request) {
    $('redeem-button').disabled = true;
    scanStatus(texts.redeeming);
    let answer;
    try {
      answer = await call('POST', '/checkout/api/redemptions', request.body, { 'Idempotency-Key': request.key });
    } catch (e) {
      $('redeem-button').disabled = false;
      scanStatus('');
      outcome(false, texts.unavailable, texts.retry, true);
      return;
    }
    $('redeem-button').disabled = false;
    scanStatus('');
    if (answer.ok) {
      pending = null;
      const approved = answer.json;
      if (!basket.lines.some(line => line.redemptionId === approved.redemptionId)) {
        basket.lines.push({ redemptionId: approved.redemptionId, code: request.body.code, amount: approved.amount, currency: approved.currency,
          credited: request.body.currency === approved.currency ? approved.amount : request.body.amount, reversed: false });
      }
      outcome(true, texts.approved, format(texts['approved-detail'], money(approved.amount, approved.currency),
        money(approved.balanceAfter, approved.currency)));
      clearVoucher();
      showBasket();
      loadTakings();
    } else if (answer.status === 422 && answer.json.reason) {
      pending = null;
      outcome(false, texts.declined + ': ' + (answer.json.title || answer.json.reason), answer.json.detail);
      // what is left now (another till may have taken from it meanwhile)
      checkVoucher(request.body.code, true);
    } else if (answer.status === 409 || answer.status === 429 || answer.status >= 500) {
      outcome(false, problemText(answer), texts.retry, true);
    } else {
      pending = null;
      outcome(false, texts.declined, problemText(answer));
    }
  }

  $('next').addEventListener('click', () => {
    $('outcome').hidden = true;
    clearVoucher();
    $('code').focus();
  });

  // ---------------------------------------------------------------- member card and the end of the sale
  $('member').addEventListener('click', () => {
    $('member-status').textContent = texts['member-none'];
    scanner.start();
  });

  $('finish').addEventListener('click', async () => {
    const total = basketTotal();
    const status = $('member-status');
    if (total === null) {
      status.textContent = texts['finish-needs-total'];
      status.classList.add('error');
      $('basket-total').focus();
      return;
    }
    basket.purchaseKey = basket.purchaseKey || uuid();
    const body = { basketTotal: Number(total), currency: storeCurrency(), redemptionIds: basket.lines.filter(l => !l.reversed).map(l => l.redemptionId) };
    if (basket.memberToken) body.memberToken = basket.memberToken;
    try {
      const answer = await call('POST', '/checkout/api/purchases?storeId=' + encodeURIComponent(storeId()), body, { 'Idempotency-Key': basket.purchaseKey });
      if (answer.ok) {
        status.classList.remove('error');
        status.textContent = texts.finished + (basket.memberToken ? ' ' + answer.json.memberMessage : '');
        basket = { lines: [], memberToken: null, purchaseKey: null };
        $('basket-total').value = '';
        showBasket();
      } else {
        status.classList.add('error');
        status.textContent = problemText(answer);
      }
    } catch (e) {
      status.classList.add('error');
      status.textContent = texts.unavailable;
    }
  });

  // ---------------------------------------------------------------- today's takings
  async function loadTakings() {
    if (!storeId()) return;
    let answer;
    try {
      answer = await call('GET', '/checkout/api/takings?storeId=' + encodeURIComponent(storeId()));
    } catch (e) {
      $('takings-summary').textContent = texts.unavailable;
      return;
    }
    if (!answer.ok) { $('takings-summary').textContent = problemText(answer); return; }
    const day = answer.json;
    $('takings-summary').textContent = day.redemptions === 0 ? texts['takings-empty']
      : format(texts['takings-summary'], day.redemptions, money(day.redeemed, day.currency), money(day.reversed, day.currency), money(day.net, day.currency))
        + (day.redemptions > day.lines.length ? ' ' + format(texts['takings-latest'], day.lines.length) : '');
    const body = $('takings-table').tBodies[0];
    body.replaceChildren();
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    day.lines.forEach(line => {
      const row = body.insertRow();
      row.insertCell().textContent = time.format(new Date(line.at));
      [money(line.amount, line.currency), money(line.reversed, line.currency), money(line.credited, line.creditCurrency)].forEach(text => {
        const cell = row.insertCell();
        cell.className = 'number';
        cell.textContent = text;
      });
      const action = row.insertCell();
      if (line.standing === 'GIVEN_BACK') action.textContent = texts.reversed; // given back in full: nothing of it is credited
      else action.append(reverseButton(line.redemptionId, () => {
        basket.lines.filter(l => l.redemptionId === line.redemptionId).forEach(l => { l.reversed = true; });
        showBasket();
      }));
    });
    $('takings-table').hidden = day.lines.length === 0;
  }

  $('takings-refresh').addEventListener('click', loadTakings);
  $('basket-total').addEventListener('input', showToPay);

  // ---------------------------------------------------------------- store
  const remembered = localStorage.getItem('citycoop.checkout.store');
  if (remembered && Array.from(store.options).some(option => option.value === remembered)) store.value = remembered;
  store.addEventListener('change', () => {
    localStorage.setItem('citycoop.checkout.store', storeId());
    clearVoucher();
    showBasket();
    loadTakings();
  });
  showBasket();
  loadTakings();
})();
