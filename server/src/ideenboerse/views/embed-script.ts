/**
 * embed.js: replaces nothing, inserts an iframe of /ideenboerse/embed right before its own
 * <script> tag. Options come from data attributes (data-limit, data-topic, data-height); the
 * embed URL is derived from the script's own src, so the snippet works behind any host name.
 */
export const EMBED_SCRIPT = `(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.parentNode) return;
  var url = new URL('embed', script.src);
  var limit = script.getAttribute('data-limit');
  var topic = script.getAttribute('data-topic');
  if (limit) url.searchParams.set('limit', limit);
  if (topic) url.searchParams.set('topic', topic);
  var height = parseInt(script.getAttribute('data-height') || '', 10);
  var frame = document.createElement('iframe');
  frame.src = url.toString();
  frame.title = 'Ideenbörse: neueste Projekte';
  frame.loading = 'lazy';
  frame.style.width = '100%';
  frame.style.height = (height > 0 ? height : 420) + 'px';
  frame.style.border = '1px solid #c9d3dd';
  script.parentNode.insertBefore(frame, script);
})();
`;
