// Reading QR codes in the page, shared by the till and the wallet's "add a paper voucher": the camera
// (html5-qrcode: the browser's BarcodeDetector where it has one, ZXing's JavaScript port otherwise) and
// a photo of the code; a photo the browser cannot read is made smaller and read by the web front
// (POST /checkout/api/photos, ZXing trying harder). What is read goes to found(text).
window.CitycoopQr = {
  /**
   * @param options {camera: button, photo: file input, readerId: element for the video, found(text),
   *   status(text, isError), texts: {start, stop, scanning, cameraFailed, noCode, unavailable, checking}}
   */
  attach(options) {
    'use strict';
    const reader = new Html5Qrcode(options.readerId, {
      formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE], experimentalFeatures: { useBarCodeDetectorIfSupported: true }, verbose: false
    });
    const csrfHeader = document.querySelector('meta[name=csrf-header]').content;
    const csrfToken = document.querySelector('meta[name=csrf-token]').content;
    let cameraOn = false;

    async function stopCamera() {
      if (!cameraOn) return;
      cameraOn = false;
      options.camera.textContent = options.texts.start;
      try { await reader.stop(); } catch (e) { /* already stopped */ }
    }

    /** The photo as a JPEG of at most 1,600 pixels a side (a phone's photo is far larger than a QR code needs). */
    async function smaller(file) {
      const picture = await createImageBitmap(file);
      const scale = Math.min(1, 1600 / Math.max(picture.width, picture.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(picture.width * scale);
      canvas.height = Math.round(picture.height * scale);
      canvas.getContext('2d').drawImage(picture, 0, 0, canvas.width, canvas.height);
      return new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    }

    options.camera.addEventListener('click', async () => {
      if (cameraOn) { await stopCamera(); return; }
      try {
        await reader.start({ facingMode: 'environment' }, { fps: 10, qrbox: { width: 240, height: 240 } },
          text => { stopCamera(); options.found(text.trim()); }, () => {});
        cameraOn = true;
        options.camera.textContent = options.texts.stop;
        options.status(options.texts.scanning, false);
      } catch (e) {
        options.status(options.texts.cameraFailed, true);
      }
    });

    options.photo.addEventListener('change', async event => {
      const file = event.target.files[0];
      event.target.value = '';
      if (!file) return;
      await stopCamera();
      options.status(options.texts.checking, false);
      try {
        options.found((await reader.scanFile(file, false)).trim());
      } catch (notReadHere) {
        try {
          const response = await fetch('/checkout/api/photos', { method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'image/jpeg', Accept: 'application/json', [csrfHeader]: csrfToken }, body: await smaller(file) });
          if (response.ok) options.found((await response.json()).text.trim());
          else options.status(options.texts.noCode, true);
        } catch (e) {
          options.status(options.texts.unavailable, true);
        }
      }
    });

    return { stop: stopCamera, start: () => options.camera.click() };
  }
};
