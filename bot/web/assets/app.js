// techleader web chat. Plain JavaScript, no framework, no build step.
// Every text goes into the page through textContent or text nodes: the
// server sends structure (blocks, spans, buttons), never HTML.
(function () {
  'use strict';

  var log, input, composer, statusEl, contact, contactForm, contactError;
  var queue = Promise.resolve();
  var pending = 0;
  var lastEventId = '';
  var events = null;
  var seen = Object.create(null); // push ids shown
  var embedded = window.parent !== window;
  var fields = ['name', 'company', 'email', 'size', 'contact_time', 'note'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // spans appends styled runs of text; links only to http(s) addresses.
  function spans(parent, list) {
    (list || []).forEach(function (sp) {
      var node;
      if (sp.href && /^https?:\/\//i.test(sp.href)) {
        node = el('a', null, sp.text);
        node.href = sp.href;
        node.target = '_blank';
        node.rel = 'noopener noreferrer';
      } else {
        node = document.createTextNode(sp.text);
      }
      if (sp.italic) { var i = el('em'); i.appendChild(node); node = i; }
      if (sp.bold) { var b = el('strong'); b.appendChild(node); node = b; }
      parent.appendChild(node);
    });
  }

  function rich(parent, blocks) {
    (blocks || []).forEach(function (block) {
      if (block.kind === 'ul') {
        var ul = el('ul');
        block.lines.forEach(function (line) {
          var li = el('li');
          spans(li, line);
          ul.appendChild(li);
        });
        parent.appendChild(ul);
        return;
      }
      var p = el('p');
      block.lines.forEach(function (line, i) {
        if (i > 0) p.appendChild(el('br'));
        spans(p, line);
      });
      parent.appendChild(p);
    });
  }

  function button(label, cls, onClick) {
    var b = el('button', cls, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function speaker(parent, who) {
    parent.appendChild(el('span', 'visually-hidden', who + ': '));
  }

  function questionEl(box, q) {
    box.classList.add('question');
    box.dataset.question = q.id;
    box.dataset.round = String(q.round);
    box.appendChild(el('p', 'prompt', q.prompt));
    var group = el('div', 'choices');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', q.prompt);
    (q.options || []).forEach(function (o) {
      group.appendChild(button(o.label, 'choice', function () {
        disable(group);
        send({ choice: { question: q.id, round: q.round, value: o.value } }, null, function () { enable(group); });
      }));
    });
    box.appendChild(group);
    if (q.meta) box.appendChild(el('p', 'meta', q.meta));
  }

  function recommendationEl(box, rec) {
    box.classList.add('card', 'recommendation');
    box.dataset.kind = rec.kind;
    box.appendChild(el('h2', null, rec.heading));
    rich(box, rec.summary);
    if (rec.reasons && rec.reasons.length) {
      box.appendChild(el('h3', null, 'Why'));
      var ul = el('ul', 'reasons');
      rec.reasons.forEach(function (line) {
        var li = el('li');
        spans(li, line);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    related(box, rec.articles);
  }

  function related(box, articles, label) {
    if (!articles || !articles.length) return;
    var row = el('div', 'related');
    row.appendChild(el('span', 'label', label || 'Ask me next:'));
    articles.forEach(function (a) {
      row.appendChild(button(a.title, 'article', function () { send({ action: 'article:' + a.id }, a.title); }));
    });
    box.appendChild(row);
  }

  function isRating(id) { return id.indexOf('rate:') === 0; }

  function actionsEl(box, actions) {
    if (!actions || !actions.length) return;
    var row = el('div', 'actions');
    actions.forEach(function (a) {
      var b = button(a.label, a.primary ? 'action primary' : 'action', function () {
        if (!isRating(a.id)) { send({ action: a.id }, null); return; }
        // A rating is answered once: its buttons give way to the answer.
        disable(row);
        send({ action: a.id }, null, function () { enable(row); }, function () { closeRating(row, a.label); });
      });
      b.dataset.action = a.id;
      row.appendChild(b);
    });
    box.appendChild(row);
  }

  // closeRating replaces a rating's buttons by the answer given.
  function closeRating(row, label) {
    if (!row.isConnected) return;
    var hadFocus = row.contains(document.activeElement);
    row.replaceWith(answeredEl({ prompt: 'Your answer', answer: label }));
    if (hadFocus) focusMessage();
  }

  // ratedElsewhere closes the buttons of a rating given on another tab, by
  // typing, or before this page was loaded (a "rated" push).
  function ratedElsewhere(p) {
    var a = (p.actions || [])[0];
    if (!a) return;
    log.querySelectorAll('.actions button').forEach(function (b) {
      if (b.dataset.action === a.id) closeRating(b.parentNode, a.label);
    });
  }

  // answeredEl is the one line that replaces an answered question.
  function answeredEl(a) {
    var line = el('div', 'answered');
    line.appendChild(el('span', 'check', '✓')).setAttribute('aria-hidden', 'true');
    line.appendChild(el('span', 'q', a.prompt));
    line.appendChild(document.createTextNode(' — '));
    line.appendChild(el('span', 'a', a.answer));
    return line;
  }

  function showAnswered(a, added) {
    var line = answeredEl(a);
    var qs = log.querySelectorAll('.question');
    for (var i = qs.length - 1; i >= 0; i--) {
      if (qs[i].dataset.question === a.question && qs[i].dataset.round === String(a.round)) {
        var hadFocus = qs[i].contains(document.activeElement);
        qs[i].replaceWith(line);
        if (hadFocus) focusMessage();
        return;
      }
    }
    log.appendChild(line);
    added.push(line);
  }

  // renderReply shows one reply in the structure Slack uses: the main
  // part (question, recommendation or notice), its text, related
  // articles, then the engine's buttons.
  function renderReply(r, added) {
    if (r.answered) showAnswered(r.answered, added);
    var box = el('div', 'msg bot');
    speaker(box, 'Assistant');
    if (r.question) questionEl(box, r.question);
    else if (r.recommendation) recommendationEl(box, r.recommendation);
    else if (r.notice && r.notice.length) { box.classList.add('notice'); rich(box, r.notice); }
    if (r.text && r.text.length) rich(box, r.text);
    related(box, r.alternatives, 'Did you mean:');
    related(box, r.articles);
    actionsEl(box, r.actions);
    if (box.childNodes.length > 1) {
      log.appendChild(box);
      added.push(box);
    }
    if (r.handoff) openContact();
  }

  function renderReplies(replies) {
    var added = [];
    (replies || []).forEach(function (r) { renderReply(r, added); });
    reveal(added);
  }

  function appendUser(text) {
    var box = el('div', 'msg user');
    speaker(box, 'You');
    box.appendChild(document.createTextNode(text));
    log.appendChild(box);
    reveal([box]);
  }

  function showPush(p) {
    if (!p || !p.id || seen[p.id]) return;
    seen[p.id] = true;
    lastEventId = p.id;
    if (p.kind === 'rated') { ratedElsewhere(p); return; }
    if (p.kind === 'reply') {
      // An engine reply with its buttons (the rating asked once a
      // consultant closed the conversation), shown as the turns' replies.
      var reply = el('div', 'msg bot push reply');
      reply.dataset.push = p.id;
      speaker(reply, 'Assistant');
      rich(reply, p.text);
      actionsEl(reply, p.actions);
      log.appendChild(reply);
      reveal([reply]);
      return;
    }
    var box = el('div', 'msg bot push ' + (p.kind === 'consultant' ? 'consultant' : 'notice'));
    box.dataset.push = p.id;
    speaker(box, p.kind === 'consultant' ? 'Consultant' : 'Assistant');
    if (p.from) box.appendChild(el('p', 'from', p.from));
    rich(box, p.text);
    log.appendChild(box);
    reveal([box]);
  }

  function showError(message) {
    var box = el('div', 'msg bot error');
    box.setAttribute('role', 'alert');
    box.appendChild(document.createTextNode(message));
    log.appendChild(box);
    reveal([box]);
  }

  // reveal scrolls new messages into view: the start of a long answer,
  // else the bottom.
  function reveal(added) {
    if (!added.length) return;
    var first = added[0];
    var height = log.scrollHeight - first.offsetTop;
    if (height > log.clientHeight) {
      log.scrollTop = first.offsetTop - log.offsetTop - 8;
    } else {
      log.scrollTop = log.scrollHeight;
    }
  }

  function disable(group) {
    group.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
  }
  function enable(group) {
    group.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
  }

  function focusMessage() {
    if (!contact.hidden) return;
    input.focus({ preventScroll: true });
  }

  function errorMessage(err) {
    if (err && err.data && err.data.error && err.data.error.message) return err.data.error.message;
    return 'I couldn\u2019t reach the assistant. Please check your connection and try again.';
  }

  function api(method, path, body) {
    var opts = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts).then(function (resp) {
      return resp.json().catch(function () { return {}; }).then(function (data) {
        if (!resp.ok) {
          var e = new Error('HTTP ' + resp.status);
          e.status = resp.status;
          e.data = data;
          throw e;
        }
        return data;
      });
    });
  }

  function busy(delta) {
    pending += delta;
    log.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
    document.body.dataset.pending = String(pending);
  }

  // send runs one turn after the ones before it, so replies keep the
  // order of what the user did.
  function send(body, echo, onError, onOK) {
    if (echo) appendUser(echo);
    busy(1);
    queue = queue.then(function () {
      return api('POST', '/api/turn', body).then(function (data) {
        if (onOK) onOK();
        renderReplies(data.replies);
        (data.pushes || []).forEach(showPush);
        if (data.forgotten) restartEvents();
      }, function (err) {
        if (onError) onError();
        showError(errorMessage(err));
      });
    }).then(function () {
      busy(-1);
      focusMessage();
    });
  }

  function onSubmit(e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    input.value = '';
    grow();
    send({ text: text }, text);
  }

  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 128) + 'px';
  }

  // The contact form.
  function field(name) { return document.getElementById('c-' + name); }
  function fieldError(name) { return document.getElementById('c-' + name + '-error'); }

  function clearErrors() {
    fields.forEach(function (name) {
      field(name).removeAttribute('aria-invalid');
      var e = fieldError(name);
      e.textContent = '';
      e.hidden = true;
    });
    contactError.textContent = '';
    contactError.hidden = true;
  }

  function openContact() {
    clearErrors();
    contact.hidden = false;
    field('name').focus();
  }

  function closeContact() {
    contact.hidden = true;
    focusMessage();
  }

  function onContact(e) {
    e.preventDefault();
    clearErrors();
    var body = {};
    fields.forEach(function (name) { body[name] = field(name).value; });
    var submit = contactForm.querySelector('button[type=submit]');
    submit.disabled = true;
    busy(1);
    api('POST', '/api/contact', body).then(function (data) {
      contactForm.reset();
      contact.hidden = true;
      (data.pushes || []).forEach(showPush);
      renderReplies(data.replies);
      focusMessage();
    }, function (err) {
      var errs = err.data && err.data.error && err.data.error.fields;
      var first = null;
      if (errs) {
        fields.forEach(function (name) {
          if (!errs[name]) return;
          field(name).setAttribute('aria-invalid', 'true');
          var p = fieldError(name);
          p.textContent = errs[name];
          p.hidden = false;
          if (!first) first = field(name);
        });
      }
      contactError.textContent = errorMessage(err);
      contactError.hidden = false;
      (first || submit).focus();
    }).then(function () {
      submit.disabled = false;
      busy(-1);
    });
  }

  // Pushes: Server-Sent Events resuming after the last id seen.
  function connect() {
    if (events) events.close();
    var url = '/api/events' + (lastEventId ? '?after=' + encodeURIComponent(lastEventId) : '');
    events = new EventSource(url);
    events.addEventListener('push', function (e) {
      try { showPush(JSON.parse(e.data)); } catch (ignored) { /* a broken event is skipped */ }
    });
    events.addEventListener('open', function () { document.body.dataset.stream = 'open'; });
    events.addEventListener('error', function () {
      document.body.dataset.stream = 'closed';
      // The browser retries by itself unless the server refused the
      // stream (429, 503): then retry after a pause.
      if (events.readyState === EventSource.CLOSED) setTimeout(connect, 5000);
    });
  }

  // restartEvents follows a new session (the old one was forgotten): its
  // pushes start from nothing.
  function restartEvents() {
    seen = Object.create(null);
    lastEventId = '';
    connect();
  }

  function load() {
    busy(1);
    api('GET', '/api/state').then(function (state) {
      if (state.maxMessage) input.maxLength = state.maxMessage;
      renderReplies(state.replies);
      (state.pushes || []).forEach(showPush);
      if (state.lastEventId) lastEventId = state.lastEventId;
      connect();
    }, function (err) {
      showError(errorMessage(err));
    }).then(function () {
      busy(-1);
      document.body.dataset.ready = 'true';
      focusMessage();
      if (embedded) window.parent.postMessage({ type: 'techleader:ready' }, '*');
    });
  }

  function init() {
    log = document.getElementById('log');
    input = document.getElementById('message');
    composer = document.getElementById('composer');
    statusEl = document.getElementById('status');
    contact = document.getElementById('contact');
    contactForm = document.getElementById('contact-form');
    contactError = document.getElementById('contact-error');
    document.body.dataset.pending = '0';

    composer.addEventListener('submit', onSubmit);
    input.addEventListener('input', grow);
    // Enter sends, Shift+Enter breaks the line. The line break of an Enter
    // that sent is swallowed also where it comes apart from its keydown
    // (some input methods, DevTools key events).
    var sentOnEnter = false;
    input.addEventListener('keydown', function (e) {
      sentOnEnter = false;
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        sentOnEnter = true;
        onSubmit(e);
      }
    });
    input.addEventListener('beforeinput', function (e) {
      if (sentOnEnter && (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph')) e.preventDefault();
      sentOnEnter = false;
    });
    contactForm.addEventListener('submit', onContact);
    document.getElementById('contact-cancel').addEventListener('click', closeContact);
    document.addEventListener('keydown', function (e) {
      if (e.key !== 'Escape') return;
      if (!contact.hidden) { closeContact(); return; }
      if (embedded) window.parent.postMessage({ type: 'techleader:close' }, '*');
    });
    if (new URLSearchParams(location.search).get('embed') === '1' || embedded) {
      document.body.classList.add('embed');
      var close = document.getElementById('close');
      close.hidden = false;
      close.addEventListener('click', function () {
        window.parent.postMessage({ type: 'techleader:close' }, '*');
      });
    }
    window.addEventListener('offline', function () { statusEl.textContent = 'You are offline; messages will fail until you reconnect.'; });
    window.addEventListener('online', function () { statusEl.textContent = ''; });
    load();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
