// 获取验证码 without leaving the page: the form works without this (the button then posts the whole form and the
// page comes back with everything typed); with it, the code is asked for in the background and the button counts down.
(function () {
  'use strict';
  var button = document.getElementById('send-code');
  var status = document.getElementById('code-status');
  var phone = document.getElementById('phone');
  if (!button || !status || !phone || !window.fetch) {
    return;
  }
  var label = button.textContent;
  var form = button.form;

  function countDown(seconds) {
    if (seconds <= 0) {
      button.disabled = false;
      button.textContent = label;
      return;
    }
    button.disabled = true;
    button.textContent = button.getAttribute('data-again').replace('{0}', String(seconds));
    window.setTimeout(function () { countDown(seconds - 1); }, 1000);
  }

  button.addEventListener('click', function (event) {
    event.preventDefault();
    var body = new URLSearchParams();
    body.set('phone', phone.value);
    var token = form.querySelector('input[name="csrf-token"]');
    if (token) {
      body.set('csrf-token', token.value);
    }
    button.disabled = true;
    fetch('/report/code', { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        status.textContent = answer.message;
        status.className = answer.sent ? 'code-status sent' : 'code-status error-text';
        countDown(answer.wait || 0);
        if (answer.sent) {
          document.getElementById('code').focus();
        }
      })
      .catch(function () {
        // no answer: let the form do it the plain way
        button.disabled = false;
        form.requestSubmit ? form.requestSubmit(button) : form.submit();
      });
  });

  var wait = parseInt(button.getAttribute('data-wait') || '0', 10);
  if (wait > 0) {
    countDown(wait);
  }
}());
