/*! Sourceline embed.js: sizes Sourceline iframes to their content and re-dispatches their messages
 * as DOM events on the iframe (e.g. iframe.addEventListener('sourceline:select', e => e.detail.event)).
 * Sourceline iframes: iframe[data-sourceline], or any iframe served from the same origin as this script. */
(function (w, d) {
  if (w.SourcelineEmbed) return;
  var me = d.currentScript && d.currentScript.src;
  var home = me ? new URL(me, d.baseURI).origin : null;
  function originOf(f) {
    try { return new URL(f.src, d.baseURI).origin; } catch (e) { return null; }
  }
  function ours(f) {
    var o = originOf(f);
    return o && o !== 'null' && (f.hasAttribute('data-sourceline') || o === home) ? o : null;
  }
  function frameOf(e) {
    var fs = d.getElementsByTagName('iframe');
    for (var i = 0; i < fs.length; i++) {
      // The message must come from the origin the iframe was pointed at (not a page it navigated to).
      if (fs[i].contentWindow === e.source) return ours(fs[i]) === e.origin ? fs[i] : null;
    }
    return null;
  }
  // Started after an embed had already sized itself: ask each one for its height again.
  function hello() {
    var fs = d.getElementsByTagName('iframe');
    for (var i = 0; i < fs.length; i++) {
      var o = ours(fs[i]);
      if (o && fs[i].contentWindow) fs[i].contentWindow.postMessage({ type: 'sourceline:hello' }, o);
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
      if (typeof h !== 'number' || !(h >= 50 && h <= 20000)) return;
      f.style.height = Math.ceil(h) + 'px';
    }
    var ev;
    try { ev = new CustomEvent(m.type, { detail: m }); } catch (x) { return; }
    f.dispatchEvent(ev);
  });
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', hello);
  else hello();
})(window, document);
