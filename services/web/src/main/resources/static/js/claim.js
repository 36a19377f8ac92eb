// Claiming a paper voucher: its QR code read with the camera or from a photo (html5-qrcode, as at the
// till), the code put into the form and the form sent; typing the code works without any of this.
(() => {
  'use strict';
  const $ = id => document.getElementById(id);
  const texts = $('claim-texts').dataset;
  const reader = new Html5Qrcode('reader', {
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE], experimentalFeatures: { useBarCodeDetectorIfSupported: true }, verbose: false
  });
  let cameraOn = false;

  function found(text) {
    $('code').value = text.trim();
    $('claim').requestSubmit();
  }

  async function stopCamera() {
    if (!cameraOn) return;
    cameraOn = false;
    $('camera').textContent = texts.cameraStart;
    try { await reader.stop(); } catch (e) { /* already stopped */ }
  }

  $('camera').addEventListener('click', async () => {
    if (cameraOn) { await stopCamera(); return; }
    try {
      await reader.start({ facingMode: 'environment' }, { fps: 10, qrbox: { width: 240, height: 240 } }, text => { stopCamera(); found(text); }, () => {});
      cameraOn = true;
      $('camera').textContent = texts.cameraStop;
      $('scan-status').textContent = texts.scanning;
    } catch (e) {
      $('scan-status').textContent = texts.cameraFailed;
    }
  });

  $('photo').addEventListener('change', async event => {
    const file = event.target.files[0];
    event.target.value = '';
    if (!file) return;
    await stopCamera();
    try {
      found(await reader.scanFile(file, false));
    } catch (notReadHere) {
      // the web front reads the photo (ZXing, trying harder)
      const response = await fetch('/checkout/api/photos', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': file.type === 'image/png' ? 'image/png' : 'image/jpeg', [texts.csrfHeader]: texts.csrfToken }, body: file })
        .catch(() => null);
      if (response && response.ok) found((await response.json()).text);
      else $('scan-status').textContent = texts.noCode;
    }
  });
})();
