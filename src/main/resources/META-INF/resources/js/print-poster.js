// The print button on a window's poster page; without script the page says to use the browser's Print.
(function () {
  'use strict';
  var button = document.querySelector('[data-print]');
  if (!button || !window.print) { return; }
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
}());
