// Northwind content editor: live preview of the article being edited. Written for this project, Apache-2.0.
// The preview HTML comes from the server's article renderer, which sanitises it exactly as for the public page;
// everything else is inserted as text.
(function () {
  'use strict';
  if (document.body.dataset.page !== 'editor-article') { return; }
  var body = document.getElementById('field-body');
  var title = document.getElementById('field-title');
  var html = document.getElementById('preview-html');
  var chat = document.getElementById('preview-chat');
  var state = document.getElementById('preview-state');
  var url = document.body.dataset.previewUrl;
  var csrfToken = meta('csrf-token');
  var csrfHeader = meta('csrf-header');
  var timer = null;
  var sent = 0;

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function refresh() {
    var number = ++sent;
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    if (csrfHeader) { headers[csrfHeader] = csrfToken; }
    state.textContent = 'updating…';
    fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: new URLSearchParams({ body: body.value }) })
      .then(function (response) {
        if (!response.ok) { throw new Error('preview failed: ' + response.status); }
        return response.json();
      })
      .then(function (preview) {
        if (number !== sent) { return; } // an older answer arriving late must not overwrite a newer one
        html.innerHTML = preview.html;
        chat.textContent = preview.chatText;
        state.textContent = 'as customers see it';
        document.body.dataset.previewed = String(number);
      })
      .catch(function (error) {
        state.textContent = 'preview not available';
        console.warn(error.message);
      });
  }

  var firstError = document.querySelector('.field-errors');
  if (firstError) { firstError.scrollIntoView({ block: 'center' }); }

  body.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
  title.addEventListener('input', function () {
    document.getElementById('preview-title').textContent = title.value;
  });
}());
