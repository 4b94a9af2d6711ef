// Northwind agent console: live queue and live chat over STOMP. Written for this project, Apache-2.0.
// Everything customers or agents wrote is inserted with textContent, never as HTML.
(function () {
  'use strict';
  var page = document.body.dataset.page;
  var csrfToken = meta('csrf-token');
  var csrfHeader = meta('csrf-header');

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function post(url, params) {
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfHeader) { headers[csrfHeader] = csrfToken; }
    return fetch(url, { method: 'POST', headers: headers, body: new URLSearchParams(params), credentials: 'same-origin' });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function connect(subscriptions) {
    var status = document.getElementById('connection');
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    // The session's CSRF token goes in the CONNECT frame: the server refuses a console connection without it.
    var connectHeaders = {};
    if (csrfHeader) { connectHeaders[csrfHeader] = csrfToken; }
    var client = new window.StompJs.Client({ brokerURL: scheme + location.host + '/ws', reconnectDelay: 3000,
      connectHeaders: connectHeaders });
    client.onConnect = function () {
      if (status) { status.textContent = 'live'; }
      document.body.dataset.live = 'true';
      Object.keys(subscriptions).forEach(function (destination) {
        client.subscribe(destination, function (frame) { subscriptions[destination](JSON.parse(frame.body)); });
      });
    };
    client.onWebSocketClose = function () {
      if (status) { status.textContent = 'reconnecting…'; }
      document.body.dataset.live = 'false';
    };
    client.activate();
    return client;
  }

  // ---- queue page ----------------------------------------------------------------------------------------------
  var alertsEnabled = false;
  var audio = null;

  function beep() {
    if (!alertsEnabled || !audio) { return; }
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.4);
  }

  function notify(handoff) {
    if (!alertsEnabled || !('Notification' in window) || Notification.permission !== 'granted') { return; }
    new Notification('Customer waiting', { body: (handoff.vip ? 'VIP · ' : '') + handoff.reasons.join(', ') });
  }

  function waited(requestedAt) {
    var seconds = Math.max(0, Math.floor((Date.now() - Date.parse(requestedAt)) / 1000));
    var m = Math.floor(seconds / 60);
    return m > 0 ? m + ' min ' + (seconds % 60) + ' s' : seconds + ' s';
  }

  function claimForm(id) {
    var form = el('form');
    form.method = 'post';
    form.action = '/console/handoffs/' + encodeURIComponent(id) + '/claim';
    var token = el('input');
    token.type = 'hidden';
    token.name = '_csrf';
    token.value = csrfToken || '';
    form.appendChild(token);
    var button = el('button', 'claim', 'Claim');
    button.type = 'submit';
    form.appendChild(button);
    return form;
  }

  function renderQueue(waiting, added) {
    var body = document.getElementById('waiting');
    var known = {};
    Array.prototype.forEach.call(body.querySelectorAll('tr'), function (row) { known[row.dataset.id] = true; });
    body.textContent = '';
    waiting.forEach(function (h) {
      var row = el('tr');
      row.dataset.id = h.id;
      row.dataset.requested = h.requestedAt;
      if (!known[h.id]) { row.className = 'fresh'; }
      row.appendChild(el('td', null, h.position));
      row.appendChild(el('td', 'waited', waited(h.requestedAt)));
      var priority = el('td');
      if (h.vip) { priority.appendChild(el('span', 'tag vip', 'VIP')); }
      if (h.distressed) { priority.appendChild(el('span', 'tag distress', 'distressed')); }
      row.appendChild(priority);
      row.appendChild(el('td', null, h.reasons.join(', ')));
      row.appendChild(el('td', null, h.summary));
      var action = el('td');
      action.appendChild(claimForm(h.id));
      row.appendChild(action);
      body.appendChild(row);
      if (added === h.id) { beep(); notify(h); }
    });
    document.getElementById('waiting-count').textContent = String(waiting.length);
    document.getElementById('empty-queue').classList.toggle('hidden', waiting.length > 0);
  }

  function tickWaited() {
    Array.prototype.forEach.call(document.querySelectorAll('#waiting tr'), function (row) {
      var cell = row.querySelector('.waited');
      if (cell && row.dataset.requested) { cell.textContent = waited(row.dataset.requested); }
    });
  }

  if (page === 'queue') {
    document.getElementById('enable-alerts').addEventListener('click', function () {
      alertsEnabled = true;
      var AudioContext = window.AudioContext || window.webkitAudioContext;
      if (AudioContext && !audio) { audio = new AudioContext(); }
      if ('Notification' in window && Notification.permission === 'default') { Notification.requestPermission(); }
      this.textContent = 'Sound and notifications on';
      this.disabled = true;
    });
    tickWaited();
    setInterval(tickWaited, 1000);
    connect({
      '/topic/console.queue': function (event) {
        if (event.type === 'queue') { renderQueue(event.waiting, event.added); }
      },
      '/user/queue/console.chat': function (event) {
        if (event.type !== 'assigned') { return; }
        var item = el('li', 'fresh');
        var link = el('a', null, 'Transferred to you by ' + event.from);
        link.href = '/console/handoffs/' + encodeURIComponent(event.handoffId);
        item.appendChild(link);
        document.getElementById('mine').appendChild(item);
        document.getElementById('no-chats').classList.add('hidden');
        beep();
      }
    });
    // Catch up with anything that changed before the live connection was up.
    fetch('/console/queue.json', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (waiting) { if (waiting) { renderQueue(waiting, null); } });
  }

  // ---- conversation page ---------------------------------------------------------------------------------------
  if (page === 'handoff') {
    var handoffId = document.body.dataset.handoff;
    var transcript = document.getElementById('transcript');
    var typingNote = document.getElementById('customer-typing');
    var reply = document.getElementById('reply');
    var typingSent = false;
    var typingTimer = null;

    var appendLine = function (line) {
      if (transcript.querySelector('li[data-seq="' + line.seq + '"]')) { return; }
      var item = el('li', 'line ' + String(line.sender).toLowerCase());
      item.dataset.seq = line.seq;
      item.appendChild(el('span', 'who', line.author || String(line.sender).toLowerCase()));
      item.appendChild(el('span', 'text', line.text));
      if (line.article && /^\/kb\/[A-Za-z0-9_-]+$/.test(line.article.url)) {
        var link = el('a', 'article', 'Article: ' + line.article.title);
        link.href = line.article.url;
        link.target = '_blank';
        link.rel = 'noopener';
        item.appendChild(link);
      }
      transcript.appendChild(item);
      transcript.scrollTop = transcript.scrollHeight;
      if (line.sender === 'CUSTOMER') { typingNote.classList.add('hidden'); }
    };

    var setTyping = function (active) {
      if (typingSent === active) { return; }
      typingSent = active;
      post('/console/handoffs/' + handoffId + '/typing', { active: String(active) });
    };

    // Canned responses: inserted into the reply box, where the agent may adapt them before sending.
    var canned = document.getElementById('canned');
    document.getElementById('insert-canned').addEventListener('click', function () {
      var option = canned.options[canned.selectedIndex];
      if (!option) { return; }
      var text = option.dataset.text;
      reply.value = reply.value.trim() ? reply.value.replace(/\s*$/, ' ') + text : text;
      reply.focus();
      reply.dispatchEvent(new Event('input'));
    });

    // Suggested articles: one click sends the article (short answer and link card) as the agent's message.
    var suggestions = document.getElementById('suggestions');
    var sendArticle = function (articleId) {
      post('/console/handoffs/' + handoffId + '/articles', { articleId: articleId })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (line) { if (line) { appendLine(line); } });
    };
    suggestions.addEventListener('click', function (e) {
      var button = e.target.closest('button.send-article');
      if (button) { button.disabled = true; sendArticle(button.dataset.article); }
    });
    var renderSuggestions = function (articles) {
      suggestions.textContent = '';
      articles.forEach(function (a) {
        var item = el('li');
        item.dataset.article = a.articleId;
        var button = el('button', 'send-article', 'Send');
        button.type = 'button';
        button.dataset.article = a.articleId;
        item.appendChild(button);
        item.appendChild(document.createTextNode(' '));
        item.appendChild(el('strong', null, a.title));
        item.appendChild(el('span', 'muted', a.shortAnswer));
        suggestions.appendChild(item);
      });
      document.getElementById('no-suggestions').classList.toggle('hidden', articles.length > 0);
    };
    var refreshSuggestions = function () {
      fetch('/console/handoffs/' + handoffId + '/suggestions.json', { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (articles) { if (articles) { renderSuggestions(articles); } });
    };

    // Internal notes: stored for colleagues, never sent to the customer.
    var noteText = document.getElementById('internal-note-text');
    document.getElementById('add-note').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = noteText.value.trim();
      if (!text) { return; }
      post('/console/handoffs/' + handoffId + '/notes', { text: text })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (note) {
          if (!note) { return; }
          var item = el('li');
          item.appendChild(el('span', 'who', note.authorName + ' · ' + note.createdAt));
          item.appendChild(el('span', 'text', note.text));
          document.getElementById('internal-notes').appendChild(item);
          noteText.value = '';
        });
    });

    transcript.scrollTop = transcript.scrollHeight;
    connect({
      '/user/queue/console.chat': function (event) {
        if (event.handoffId !== handoffId) { return; }
        if (event.type === 'message') {
          appendLine(event.line);
          if (event.line.sender === 'CUSTOMER') { refreshSuggestions(); }
        }
        if (event.type === 'typing') { typingNote.classList.toggle('hidden', !event.active); }
        if (event.type === 'ended') {
          document.getElementById('ended').classList.remove('hidden');
          document.getElementById('send-button').disabled = true;
        }
      }
    });

    reply.addEventListener('input', function () {
      setTyping(reply.value.length > 0);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { setTyping(false); }, 4000);
    });
    reply.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); document.getElementById('send').requestSubmit(); }
    });
    document.getElementById('send').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = reply.value.trim();
      if (!text) { return; }
      post('/console/handoffs/' + handoffId + '/messages', { text: text })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (line) { if (line) { appendLine(line); reply.value = ''; setTyping(false); } });
    });
  }
})();
