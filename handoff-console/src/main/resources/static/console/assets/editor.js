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

// The persona editor's live preview: the widget header and the greeting with the name being typed, and the fields'
// problems, from the server (the same rules a save applies). Everything is inserted as text.
(function () {
  'use strict';
  if (document.body.dataset.page !== 'editor-persona') { return; }
  var form = document.getElementById('persona-form');
  var state = document.getElementById('preview-state');
  var url = document.body.dataset.previewUrl;
  var csrfToken = document.querySelector('meta[name="csrf-token"]');
  var csrfHeader = document.querySelector('meta[name="csrf-header"]');
  var timer = null;
  var sent = 0;

  function refresh() {
    var number = ++sent;
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    if (csrfHeader && csrfToken) { headers[csrfHeader.getAttribute('content')] = csrfToken.getAttribute('content'); }
    var fields = new URLSearchParams(new FormData(form));
    fields.delete('_csrf');
    state.textContent = 'updating…';
    fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', body: fields })
      .then(function (response) {
        if (!response.ok) { throw new Error('preview failed: ' + response.status); }
        return response.json();
      })
      .then(function (preview) {
        if (number !== sent) { return; } // an older answer arriving late must not overwrite a newer one
        document.getElementById('preview-name').textContent = preview.name;
        var avatar = document.getElementById('preview-avatar');
        if (preview.avatarUrl) { avatar.src = preview.avatarUrl; avatar.classList.remove('missing'); }
        else { avatar.removeAttribute('src'); avatar.classList.add('missing'); }
        var greetings = document.getElementById('preview-greetings');
        greetings.textContent = '';
        preview.greetings.forEach(function (text) {
          var bubble = document.createElement('p');
          bubble.className = 'chat-bubble';
          bubble.textContent = text;
          greetings.appendChild(bubble);
        });
        var problems = document.getElementById('preview-problems');
        problems.textContent = '';
        preview.problems.forEach(function (problem) {
          var item = document.createElement('li');
          item.dataset.field = problem.field;
          item.textContent = problem.field + ': ' + problem.message;
          problems.appendChild(item);
        });
        document.getElementById('preview-ok').hidden = preview.problems.length > 0;
        state.textContent = 'as customers see it';
        document.body.dataset.previewed = String(number);
      })
      .catch(function (error) {
        state.textContent = 'preview not available';
        console.warn(error.message);
      });
  }

  var firstError = document.querySelector('#persona-form .field-errors');
  if (firstError) { firstError.scrollIntoView({ block: 'center' }); }
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
}());
