// techleader widget: <script src="https://BOT/widget.js" async></script>
// on any page (listed in the bot's WEB_ALLOWED_ORIGINS) adds a button that
// opens the chat in an iframe served by the bot. It defines no globals and
// styles only its own elements.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  if (document.getElementById('techleader-launcher')) return;

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.id = 'techleader-launcher';
  launcher.textContent = script.getAttribute('data-label') || 'CIO or CTO? Ask us';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'techleader-frame');
  var ls = launcher.style;
  ls.position = 'fixed'; ls.right = '20px'; ls.bottom = '20px'; ls.zIndex = '2147483000';
  ls.padding = '12px 18px'; ls.border = '0'; ls.borderRadius = '24px';
  ls.background = '#1f4f8f'; ls.color = '#fff'; ls.font = '600 15px system-ui, sans-serif';
  ls.boxShadow = '0 2px 10px rgba(0,0,0,.25)'; ls.cursor = 'pointer';

  var frame = null;

  function place() {
    var fs = frame.style;
    var small = window.innerWidth < 520;
    fs.position = 'fixed'; fs.zIndex = '2147483001'; fs.border = '0'; fs.background = '#fff';
    fs.boxShadow = '0 4px 24px rgba(0,0,0,.3)';
    fs.right = small ? '0' : '20px';
    fs.bottom = small ? '0' : '80px';
    fs.width = small ? '100%' : '380px';
    fs.height = small ? '100%' : 'min(620px, calc(100vh - 100px))';
    fs.borderRadius = small ? '0' : '12px';
  }

  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.id = 'techleader-frame';
      frame.title = 'Chat with Consulting Springfield';
      frame.src = origin + '/?embed=1';
      place();
      document.body.appendChild(frame);
      window.addEventListener('resize', place);
    }
    frame.style.display = 'block';
    launcher.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function close() {
    if (!frame) return;
    frame.style.display = 'none';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (frame && frame.style.display !== 'none') close(); else open();
  });
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || !frame || e.source !== frame.contentWindow || !e.data) return;
    if (e.data.type === 'techleader:close') close();
    if (e.data.type === 'techleader:ready') frame.setAttribute('data-ready', 'true');
  });

  function mount() { document.body.appendChild(launcher); }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
