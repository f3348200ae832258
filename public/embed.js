/*! Sourceline embed.js: sizes Sourceline iframes (iframe[data-sourceline], or from this script's origin)
 to their content; re-dispatches their messages as DOM events on the iframe; with
 data-sourceline-link="KEY" keeps the open event in this page's hash (#KEY=ID). See README "Embed". */
(function (w, d) {
  if (w.SourcelineEmbed) return;
  w.SourcelineEmbed = { version: 1 };
  var s = d.currentScript, home = s && new URL(s.src, d.baseURI).origin, fs = d.getElementsByTagName('iframe');
  function ours(f) { // the origin of a Sourceline iframe, or null
    var o = null;
    try { o = new URL(f.src, d.baseURI).origin; } catch (e) {}
    return o && o != 'null' && (f.hasAttribute('data-sourceline') || o == home) ? o : null;
  }
  function params() { // the hash as parameters, unless it is a plain #anchor that is not ours to touch
    var h = location.hash.slice(1);
    return !h || h.indexOf('=') > 0 ? new URLSearchParams(h) : null;
  }
  w.addEventListener('message', function (e) {
    var m = e.data, f, i, p, k;
    if (!m || typeof m.type != 'string' || m.type.indexOf('sourceline:')) return;
    for (i = 0; i < fs.length; i++) if (fs[i].contentWindow === e.source) f = fs[i];
    if (!f || ours(f) !== e.origin) return; // only from the page the iframe was pointed at
    if (m.type == 'sourceline:resize') {
      if (!(m.height >= 50)) return;
      f.style.height = Math.ceil(Math.min(m.height, 20000)) + 'px';
    }
    k = f.getAttribute('data-sourceline-link');
    if (m.type == 'sourceline:select' && k && (p = params())) {
      typeof m.event == 'string' ? p.set(k, m.event) : p.delete(k);
      history.replaceState(history.state, '', location.pathname + location.search + (p + '' ? '#' + p : ''));
    }
    f.dispatchEvent(new CustomEvent(m.type, { detail: m }));
  });
  function start() {
    var p = params(), i, f, o, k, u;
    for (i = 0; i < fs.length; i++) {
      f = fs[i]; o = ours(f); k = f.getAttribute('data-sourceline-link');
      if (!o) continue;
      if (k && p && p.get(k)) {
        u = new URL(f.src, d.baseURI);
        u.hash = 'event=' + encodeURIComponent(p.get(k));
        f.src = u.href;
      }
      // In case the embed sized itself before this script ran: ask again.
      if (f.contentWindow) f.contentWindow.postMessage({ type: 'sourceline:hello' }, o);
    }
  }
  d.readyState == 'loading' ? d.addEventListener('DOMContentLoaded', start) : start();
})(window, document);
