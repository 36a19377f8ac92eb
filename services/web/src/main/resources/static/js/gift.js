// The given voucher's page: "Print" prints it (the page's print styles leave only the QR code and its code).
document.getElementById('print').addEventListener('click', () => window.print());
