/*! Sourceline embed.js: sizes Sourceline iframes to their content and re-dispatches their messages
 * as DOM events on the iframe (e.g. iframe.addEventListener('sourceline:select', e => e.detail.event)).
 * Sourceline iframes: iframe[data-sourceline], or any iframe served from the same origin as this script.
 * With data-sourceline-link="KEY", the host page's own hash carries the open event (#KEY=ID). */
(function (w, d) {
  if (w.SourcelineEmbed) return;
  var me = d.currentScript && d.currentScript.src;
  var home = me ? new URL(me, d.baseURI).origin : null;
  var frames = d.getElementsByTagName('iframe');
  function originOf(f) {
    try { return new URL(f.src, d.baseURI).origin; } catch (e) { return null; }
  }
  function ours(f) {
    var o = originOf(f);
    return o && o !== 'null' && (f.hasAttribute('data-sourceline') || o === home) ? o : null;
  }
  function frameOf(e) {
    for (var i = 0; i < frames.length; i++) {
      // The message must come from the origin the iframe was pointed at (not a page it navigated to).
      if (frames[i].contentWindow === e.source) return ours(frames[i]) === e.origin ? frames[i] : null;
    }
    return null;
  }
  // The host hash as parameters, unless it is a plain anchor (#section) that is not ours to touch.
  function hostParams() {
    var h = location.hash.slice(1);
    return !h || h.indexOf('=') > 0 ? new URLSearchParams(h) : null;
  }
  function start() {
    var p = hostParams();
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i], o = ours(f), key = f.getAttribute('data-sourceline-link');
      if (!o) continue;
      if (key && p && p.get(key)) {
        var u = new URL(f.src, d.baseURI);
        u.hash = 'event=' + encodeURIComponent(p.get(key));
        f.src = u.href;
      }
      // Started after the embed had sized itself: ask for its height again.
      if (f.contentWindow) f.contentWindow.postMessage({ type: 'sourceline:hello' }, o);
    }
  }
  w.SourcelineEmbed = { version: 1 };
  w.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || typeof m.type !== 'string' || m.type.indexOf('sourceline:') !== 0) return;
    var f = frameOf(e);
    if (!f) return;
    if (m.type === 'sourceline:resize') {
      var h = m.height;
      if (typeof h !== 'number' || !(h >= 50)) return;
      f.style.height = Math.ceil(Math.min(h, 20000)) + 'px';
    }
    var key = f.getAttribute('data-sourceline-link'), p = hostParams();
    if (m.type === 'sourceline:select' && key && p) {
      if (typeof m.event === 'string') p.set(key, m.event);
      else p.delete(key);
      history.replaceState(history.state, '', location.pathname + location.search + (p + '' ? '#' + p : ''));
    }
    var ev;
    try { ev = new CustomEvent(m.type, { detail: m }); } catch (x) { return; }
    f.dispatchEvent(ev);
  });
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start);
  else start();
})(window, document);
