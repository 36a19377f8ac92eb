// Claiming a paper voucher: its QR code read with the camera or from a photo (qr-reader.js), the code
// put into the form and the form sent; typing the code works without any of this.
(() => {
  'use strict';
  const $ = id => document.getElementById(id);
  const texts = $('claim-texts').dataset;
  CitycoopQr.attach({
    camera: $('camera'), photo: $('photo'), readerId: 'reader',
    found: text => { $('code').value = text; $('claim').requestSubmit(); },
    status: text => { $('scan-status').textContent = text; },
    texts: { start: texts.cameraStart, stop: texts.cameraStop, scanning: texts.scanning, cameraFailed: texts.cameraFailed, noCode: texts.noCode,
      unavailable: texts.noCode, checking: '' }
  });
})();
