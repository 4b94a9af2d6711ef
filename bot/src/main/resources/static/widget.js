/*
 * ShopChat widget: embed with <script src="https://<bot-host>/widget.js" defer></script>.
 * Everything lives in a shadow root so the host page's styles and ours never mix. All message text is inserted
 * with textContent, never as HTML. Protocol: docs/protocol.md.
 */
(function () {
  'use strict';
  if (window.__shopchatWidget) {
    return;
  }
  window.__shopchatWidget = true;

  var script = document.currentScript;
  var base = new URL(script && script.src ? script.src : '/widget.js', window.location.href);
  var origin = base.origin;
  var wsUrl = (base.protocol === 'https:' ? 'wss://' : 'ws://') + base.host + '/ws';
  var STORE = 'shopchat:' + origin + ':';

  function load(key) {
    try { return window.localStorage.getItem(STORE + key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(STORE + key); } else { window.localStorage.setItem(STORE + key, value); }
    } catch (e) { /* storage may be disabled; the chat still works for this page view */ }
  }

  var CSS = [
    ':host { all: initial; }',
    '* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }',
    '.launcher { position: fixed; right: 20px; bottom: 20px; width: 60px; height: 60px; border-radius: 50%; border: none;',
    '  background: #1d5c63; color: #fff; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); z-index: 2147483000;',
    '  display: flex; align-items: center; justify-content: center; }',
    '.launcher:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }',
    '.launcher svg { width: 28px; height: 28px; }',
    '.panel { position: fixed; right: 20px; bottom: 92px; width: 370px; height: 560px; max-height: calc(100vh - 110px);',
    '  background: #fff; border-radius: 14px; box-shadow: 0 8px 30px rgba(0,0,0,.25); display: flex; flex-direction: column;',
    '  overflow: hidden; z-index: 2147483000; color: #1f2a37; font-size: 15px; }',
    '.panel[hidden] { display: none; }',
    '.head { background: #1d5c63; color: #fff; padding: 12px 14px; display: flex; align-items: center; gap: 10px; }',
    '.head img { width: 36px; height: 36px; border-radius: 50%; background: #fff; }',
    '.head .who { flex: 1; } .head .name { font-weight: 600; } .head .status { font-size: 12px; opacity: .85; }',
    '.close { background: transparent; border: none; color: #fff; font-size: 22px; cursor: pointer; width: 36px; height: 36px; }',
    '.log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 8px; background: #f6f7f9; }',
    '.msg { max-width: 82%; padding: 9px 12px; border-radius: 14px; line-height: 1.4; white-space: pre-wrap; word-wrap: break-word; }',
    '.msg.customer { align-self: flex-end; background: #1d5c63; color: #fff; border-bottom-right-radius: 4px; }',
    '.msg.bot, .msg.agent, .msg.system { align-self: flex-start; background: #fff; border: 1px solid #e3e6ea; border-bottom-left-radius: 4px; }',
    '.msg.pending { opacity: .6; }',
    '.msg .author { font-size: 12px; font-weight: 600; color: #1d5c63; margin-bottom: 2px; }',
    '.msg.failed { outline: 2px solid #b42318; }',
    '.note { align-self: center; font-size: 13px; color: #b42318; background: #fdecea; padding: 6px 10px; border-radius: 8px; }',
    '.note.ok { color: #1d5c63; background: #e9f1ef; }',
    '.extras { align-self: flex-start; display: flex; flex-wrap: wrap; gap: 6px; max-width: 90%; }',
    '.extras a { color: #1d5c63; font-weight: 600; font-size: 14px; }',
    '.quick { background: #fff; color: #1d5c63; border: 1px solid #1d5c63; border-radius: 16px; padding: 5px 12px;',
    '  font-size: 14px; cursor: pointer; }',
    '.quick:hover { background: #e9f1ef; } .quick:disabled { opacity: .5; cursor: default; }',
    '.card { align-self: flex-start; background: #fff; border: 1px solid #c9dcd9; border-radius: 12px; padding: 10px 12px;',
    '  width: 82%; font-size: 14px; }',
    '.card .top { display: flex; justify-content: space-between; font-weight: 600; margin-bottom: 6px; }',
    '.card .status { color: #1d5c63; } .card .status.delayed { color: #b54708; }',
    '.card .line { color: #4a5563; margin: 2px 0; padding-left: 20px; background-repeat: no-repeat; background-position: 0 50%;',
    '  background-size: 14px; } .card a { color: #1d5c63; }',
    '.card .eta { background-image: url("data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 viewBox=%270 0 24 24%27 fill=%27none%27 stroke=%27%231d5c63%27 stroke-width=%272%27%3E%3Crect x=%273%27 y=%275%27 width=%2718%27 height=%2716%27 rx=%272%27/%3E%3Cpath d=%27M3 10h18M8 3v4M16 3v4%27/%3E%3C/svg%3E"); }',
    '.card .carrier { background-image: url("data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 viewBox=%270 0 24 24%27 fill=%27none%27 stroke=%27%231d5c63%27 stroke-width=%272%27%3E%3Cpath d=%27M1 6h13v10H1zM14 10h5l4 4v2h-9z%27/%3E%3Ccircle cx=%276%27 cy=%2718%27 r=%272%27/%3E%3Ccircle cx=%2718%27 cy=%2718%27 r=%272%27/%3E%3C/svg%3E"); }',
    '.card ol { list-style: none; margin: 8px 0 0; padding: 0 0 0 12px; border-left: 2px solid #c9dcd9; }',
    '.card li { margin: 4px 0; } .card li span { color: #6b7684; font-size: 12px; display: block; }',
    '.typing { padding: 0 14px 6px; font-size: 13px; color: #5b6776; background: #f6f7f9; min-height: 20px; }',
    '.compose { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e3e6ea; }',
    '.compose textarea { flex: 1; resize: none; border: 1px solid #c5cbd3; border-radius: 10px; padding: 8px 10px; font-size: 15px; height: 42px; }',
    '.compose button { background: #1d5c63; color: #fff; border: none; border-radius: 10px; padding: 0 16px; font-size: 15px; cursor: pointer; }',
    '.compose button:disabled { opacity: .5; cursor: default; }',
    '.end { background: transparent; border: 1px solid rgba(255,255,255,.6); color: #fff; font-size: 12px; border-radius: 12px;',
    '  padding: 3px 10px; cursor: pointer; }',
    '.survey { align-self: stretch; background: #fff; border: 1px solid #c9dcd9; border-radius: 12px; padding: 10px 12px; font-size: 14px; }',
    '.survey .q { font-weight: 600; margin-bottom: 8px; } .survey .stars { display: flex; gap: 6px; margin-bottom: 8px; }',
    '.survey .star { width: 38px; height: 34px; border: 1px solid #1d5c63; background: #fff; color: #1d5c63; border-radius: 8px;',
    '  cursor: pointer; font-size: 15px; } .survey .star[aria-pressed="true"] { background: #1d5c63; color: #fff; }',
    '.survey textarea { width: 100%; resize: none; height: 54px; border: 1px solid #c5cbd3; border-radius: 8px; padding: 6px 8px; font-size: 14px; }',
    '.survey .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }',
    '.survey .row button { border-radius: 8px; padding: 5px 12px; cursor: pointer; font-size: 14px; border: 1px solid #1d5c63; }',
    '.survey .submit { background: #1d5c63; color: #fff; } .survey .submit:disabled { opacity: .5; cursor: default; }',
    '.survey .skip { background: #fff; color: #1d5c63; }',
    '.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }',
    '@media (max-width: 480px) { .panel { right: 0; bottom: 0; width: 100vw; height: 100vh; max-height: none; border-radius: 0; }',
    '  .launcher { right: 14px; bottom: 14px; } .panel:not([hidden]) ~ .launcher { display: none; } }'
  ].join('\n');

  var host = document.createElement('div');
  host.id = 'shopchat-widget';
  var root = host.attachShadow({ mode: 'open' });
  var style = document.createElement('style');
  style.textContent = CSS;
  root.appendChild(style);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var panel = el('section', { 'class': 'panel', role: 'dialog', 'aria-label': 'Chat with customer service', hidden: '' });
  var head = el('div', { 'class': 'head' });
  var avatar = el('img', { alt: '' });
  var who = el('div', { 'class': 'who' });
  var botName = el('div', { 'class': 'name' }, 'Customer service');
  var status = el('div', { 'class': 'status', 'aria-live': 'polite' }, 'Connecting…');
  who.appendChild(botName);
  who.appendChild(status);
  var close = el('button', { 'class': 'close', type: 'button', 'aria-label': 'Close chat' }, '×');
  var endChat = el('button', { 'class': 'end', type: 'button' }, 'End chat');
  head.appendChild(avatar);
  head.appendChild(who);
  head.appendChild(endChat);
  head.appendChild(close);

  var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0' });
  var typing = el('div', { 'class': 'typing', 'aria-live': 'polite' });
  var form = el('form', { 'class': 'compose' });
  var label = el('label', { 'class': 'sr-only', 'for': 'shopchat-input' }, 'Your message');
  var input = el('textarea', { id: 'shopchat-input', rows: '1', maxlength: '2000', placeholder: 'Type your message…', autocomplete: 'off' });
  var send = el('button', { type: 'submit' }, 'Send');
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(form);

  var launcher = el('button', { 'class': 'launcher', type: 'button', 'aria-label': 'Open chat', 'aria-expanded': 'false' });
  launcher.innerHTML = '<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
  root.appendChild(panel);
  root.appendChild(launcher);

  // --- conversation state -------------------------------------------------------------------------------------
  var token = load('token');
  // A logged-in shop customer, vouched for by the shop's server (docs/protocol.md, signed customer token).
  var customerToken = script ? script.getAttribute('data-customer-token') : null;
  var shown = {};          // seq -> true, so a message is never rendered twice
  var lastSeq = 0;
  var pending = readPending(); // clientMessageId -> {text, node}, sent but not yet acknowledged
  var client = null;
  var connected = false;
  var typingTimer = null;
  var typingName = null;

  function readPending() {
    try { return JSON.parse(load('pending') || '{}') || {}; } catch (e) { return {}; }
  }
  function writePending() {
    var plain = {};
    Object.keys(pending).forEach(function (id) { plain[id] = { text: pending[id].text, choice: pending[id].choice }; });
    save('pending', Object.keys(plain).length ? JSON.stringify(plain) : null);
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function bubble(sender, text, extraClass) {
    var node = el('div', { 'class': 'msg ' + sender + (extraClass ? ' ' + extraClass : '') }, text);
    node.setAttribute('data-sender', sender);
    log.appendChild(node);
    scrollDown();
    return node;
  }

  function note(text, ok) {
    var node = el('div', { 'class': ok ? 'note ok' : 'note', role: 'status' }, text);
    log.appendChild(node);
    scrollDown();
  }

  function showMessage(m) {
    var sender = String(m.sender || 'bot').toLowerCase();
    // A stored customer message is the acknowledgement of the pending one with the same client id.
    var waiting = sender === 'customer' && m.clientMessageId ? pending[m.clientMessageId] : null;
    if (waiting) {
      delete pending[m.clientMessageId];
      writePending();
    }
    if (shown[m.seq]) {
      if (waiting && waiting.node) { waiting.node.remove(); }
      return;
    }
    shown[m.seq] = true;
    lastSeq = Math.max(lastSeq, m.seq);
    if (waiting && waiting.node) {
      waiting.node.classList.remove('pending');
      waiting.node.setAttribute('data-seq', String(m.seq));
      return;
    }
    var bubbleNode = bubble(sender, m.text);
    bubbleNode.setAttribute('data-seq', String(m.seq));
    if (sender === 'agent' && m.author) {
      bubbleNode.insertBefore(el('div', { 'class': 'author' }, m.author), bubbleNode.firstChild);
    }
    if (sender !== 'customer') { setTyping(false); }
    if (m.attachments) { showAttachments(m); }
  }

  // Links, buttons and cards under a bot message. Captions come from the server's templates; all as text.
  function showAttachments(m) {
    var extras = el('div', { 'class': 'extras' });
    var a = m.attachments;
    if (a.article && /^\/kb\/[A-Za-z0-9_-]+$/.test(a.article.url)) {
      var link = el('a', { href: origin + a.article.url, target: '_blank', rel: 'noopener' }, a.article.readMoreLabel);
      extras.appendChild(link);
    }
    (a.quickReplies || []).forEach(function (reply) {
      var button = el('button', { 'class': 'quick', type: 'button' }, reply.label);
      button.addEventListener('click', function () {
        Array.prototype.forEach.call(extras.querySelectorAll('.quick'), function (b) { b.disabled = true; });
        if (reply.action === 'feedback') {
          publish('/app/chat.feedback', { seq: m.seq, helpful: reply.value === 'helpful' });
        } else {
          sendText(reply.label, { action: reply.action, value: reply.value });
        }
      });
      extras.appendChild(button);
    });
    if (a.order) { log.appendChild(orderCard(a.order)); scrollDown(); }
    if (extras.childNodes.length) {
      extras.setAttribute('data-for-seq', String(m.seq));
      log.appendChild(extras);
      scrollDown();
    }
  }

  function orderCard(order) {
    var card = el('div', { 'class': 'card', role: 'group', 'aria-label': order.orderNumber });
    var top = el('div', { 'class': 'top' });
    top.appendChild(el('span', {}, order.orderNumber));
    top.appendChild(el('span', { 'class': 'status' + (order.delayed ? ' delayed' : '') }, order.statusLabel));
    card.appendChild(top);
    if (order.estimatedDelivery) { card.appendChild(el('div', { 'class': 'line eta' }, order.estimatedDelivery)); }
    if (order.carrier) {
      var line = el('div', { 'class': 'line carrier' }, order.carrier + ' ');
      if (order.trackingUrl && /^https:\/\//.test(order.trackingUrl)) {
        line.appendChild(el('a', { href: order.trackingUrl, target: '_blank', rel: 'noopener' }, order.trackingNumber));
      } else if (order.trackingNumber) {
        line.appendChild(document.createTextNode(order.trackingNumber));
      }
      card.appendChild(line);
    }
    var list = el('ol', {});
    (order.timeline || []).forEach(function (entry) {
      var item = el('li', {}, entry.statusLabel);
      item.appendChild(el('span', {}, entry.at));
      list.appendChild(item);
    });
    card.appendChild(list);
    return card;
  }

  function setTyping(active) {
    clearTimeout(typingTimer);
    typing.textContent = active ? (typingName || botName.textContent) + ' is typing…' : '';
    if (active) { typingTimer = setTimeout(function () { setTyping(false); }, 10000); }
  }

  function onEvent(frame) {
    var event;
    try { event = JSON.parse(frame.body); } catch (e) { return; }
    switch (event.type) {
      case 'session':
        token = event.token;
        save('token', token);
        if (client) { client.connectHeaders = connectHeaders(); }
        if (event.bot) {
          botName.textContent = event.bot.name;
          // A shipped avatar is served by the bot (relative URL); an editor may choose an https image instead.
          avatar.src = /^https:\/\//.test(event.bot.avatarUrl) ? event.bot.avatarUrl : origin + event.bot.avatarUrl;
        }
        (event.messages || []).forEach(showMessage);
        resendPending();
        if (event.survey) { showSurvey(event.survey); }
        break;
      case 'survey':
        showSurvey(event);
        break;
      case 'ended':
        if (event.survey) { showSurvey(event.survey); } else if (event.text) { note(event.text, true); }
        break;
      case 'survey_closed':
        closeSurvey(event.surveyId, event.thanks || null);
        break;
      case 'message':
        showMessage(event);
        break;
      case 'typing':
        typingName = event.author || null;
        setTyping(!!event.active);
        break;
      case 'error':
        if (event.clientMessageId && pending[event.clientMessageId]) {
          var failed = pending[event.clientMessageId].node;
          if (failed) { failed.classList.remove('pending'); failed.classList.add('failed'); }
          delete pending[event.clientMessageId];
          writePending();
        }
        if (event.code === 'survey_closed' || event.code === 'survey_unknown') { closeSurvey(null, null); break; }
        note(event.text);
        break;
      default:
        break;
    }
  }

  // The satisfaction survey (docs/protocol.md, docs/metrics.md): 1-5 with an optional comment, or skip.
  var survey = null;
  function showSurvey(offer) {
    if (survey && survey.id === offer.surveyId) { return; }
    closeSurvey(null, null);
    var box = el('div', { 'class': 'survey', role: 'group', 'aria-label': 'Rate this chat', 'data-survey-id': offer.surveyId });
    // The question is the editors' csat-prompt template, sent with the offer; the bot never makes up text.
    box.appendChild(el('div', { 'class': 'q' }, offer.question || ''));
    var stars = el('div', { 'class': 'stars' });
    var chosen = 0;
    var comment = el('textarea', { maxlength: String(offer.commentMaxChars || 500), placeholder: 'Anything to add? (optional)', 'aria-label': 'Comment' });
    var submitButton = el('button', { 'class': 'submit', type: 'button' }, 'Send rating');
    submitButton.disabled = true;
    for (var n = 1; n <= 5; n++) {
      (function (rating) {
        var star = el('button', { 'class': 'star', type: 'button', 'aria-pressed': 'false', 'aria-label': rating + ' out of 5' }, rating + '★');
        star.addEventListener('click', function () {
          chosen = rating;
          Array.prototype.forEach.call(stars.childNodes, function (b, i) { b.setAttribute('aria-pressed', String(i < rating)); });
          submitButton.disabled = false;
        });
        stars.appendChild(star);
      })(n);
    }
    var skip = el('button', { 'class': 'skip', type: 'button' }, 'Skip');
    submitButton.addEventListener('click', function () {
      if (!chosen || !connected) { return; }
      var body = { surveyId: offer.surveyId, rating: chosen };
      if (comment.value.trim()) { body.comment = comment.value.trim(); }
      submitButton.disabled = true;
      publish('/app/chat.survey', body);
    });
    skip.addEventListener('click', function () {
      if (connected) { publish('/app/chat.survey', { surveyId: offer.surveyId, skip: true }); }
    });
    var row = el('div', { 'class': 'row' });
    row.appendChild(skip);
    row.appendChild(submitButton);
    box.appendChild(stars);
    box.appendChild(comment);
    box.appendChild(row);
    log.appendChild(box);
    scrollDown();
    survey = { id: offer.surveyId, node: box };
  }
  function closeSurvey(surveyId, thanks) {
    if (!survey || (surveyId && survey.id !== surveyId)) { return; }
    survey.node.remove();
    survey = null;
    if (thanks) { note(thanks, true); }
  }

  function publish(destination, body) {
    client.publish({ destination: destination, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  }

  function resendPending() {
    Object.keys(pending).forEach(function (id) {
      if (!pending[id].node) { pending[id].node = bubble('customer', pending[id].text, 'pending'); }
      publish('/app/chat.send', message(id));
    });
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return 'm' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  function connectHeaders() {
    var headers = {};
    if (token) { headers['conversation-token'] = token; }
    if (customerToken) { headers['customer-token'] = customerToken; }
    return headers;
  }

  function connect() {
    if (client) { return; }
    client = new window.StompJs.Client({
      brokerURL: wsUrl,
      connectHeaders: connectHeaders(),
      reconnectDelay: 2000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000
    });
    client.onConnect = function () {
      connected = true;
      status.textContent = 'Online';
      send.disabled = false;
      client.subscribe('/user/queue/events', onEvent);
      publish('/app/chat.resume', { afterSeq: lastSeq });
    };
    client.onWebSocketClose = function () {
      connected = false;
      status.textContent = 'Reconnecting…';
    };
    client.onStompError = function (frame) {
      status.textContent = 'Reconnecting…';
      if (frame && frame.headers && frame.headers.message) { note(frame.headers.message); }
    };
    client.activate();
  }

  function loadStomp(then) {
    if (window.StompJs) { then(); return; }
    var s = document.createElement('script');
    s.src = origin + '/webjars/stomp__stompjs/bundles/stomp.umd.min.js';
    s.onload = then;
    s.onerror = function () { status.textContent = 'Chat is unavailable right now'; };
    document.head.appendChild(s);
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', 'Close chat');
    save('open', '1');
    loadStomp(connect);
    input.focus();
  }

  function hide() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', 'Open chat');
    save('open', null);
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (panel.hidden) { open(); } else { hide(); } });
  close.addEventListener('click', hide);
  endChat.addEventListener('click', function () { if (connected) { publish('/app/chat.end', {}); } });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : submit(e); }
  });
  form.addEventListener('submit', submit);

  // Tells the person answering (if any) that the customer is typing; at most one frame every few seconds.
  var typingSentAt = 0;
  var typingStop = null;
  input.addEventListener('input', function () {
    if (!connected) { return; }
    var now = Date.now();
    if (now - typingSentAt > 3000) {
      typingSentAt = now;
      publish('/app/chat.typing', { active: true });
    }
    clearTimeout(typingStop);
    typingStop = setTimeout(function () { typingSentAt = 0; if (connected) { publish('/app/chat.typing', { active: false }); } }, 4000);
  });

  function submit(e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    sendText(text, null);
  }

  function sendText(text, choice) {
    var id = newId();
    pending[id] = { text: text, choice: choice, node: bubble('customer', text, 'pending') };
    writePending();
    if (connected) { publish('/app/chat.send', message(id)); }
  }

  function message(id) {
    var body = { clientMessageId: id, text: pending[id].text };
    if (pending[id].choice) { body.choice = pending[id].choice; }
    return body;
  }

  send.disabled = true;
  document.body.appendChild(host);
  // A customer who had the chat open before a reload finds it open again, with the whole conversation.
  if (load('open') === '1' && token) { open(); }
})();
