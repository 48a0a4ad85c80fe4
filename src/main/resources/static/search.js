// Completes entity names in the header's search box from /search/suggest; choosing one opens its page.
// Without this script the box is a plain form that opens /search.
(function () {
  var box = document.getElementById('search-box');
  var list = document.getElementById('search-suggestions');
  if (!box || !list || !window.fetch) { return; }
  var pages = {};
  var timer = null;
  var asked = '';
  function fill(items) {
    list.textContent = '';
    pages = {};
    items.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.label;
      o.textContent = s.kind;
      list.appendChild(o);
      pages[s.label] = s.href;
    });
  }
  box.addEventListener('input', function () {
    if (pages[box.value]) { window.location.href = pages[box.value]; return; }
    clearTimeout(timer);
    var q = box.value.trim();
    if (q.length < 2 || q === asked) { return; }
    timer = setTimeout(function () {
      asked = q;
      fetch('/search/suggest?q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (box.value.trim() === q) { fill(items); } })
        .catch(function () { });
    }, 150);
  });
  box.form.addEventListener('submit', function (e) {
    if (pages[box.value]) { e.preventDefault(); window.location.href = pages[box.value]; }
  });
})();
