// Starts YASGUI on the query page against this server's endpoint; example links open in a new tab of it.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  if (!window.Yasgui || !root) {
    return;
  }
  var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
  // The prefix and vocabulary completers fetch from prefix.cc and LOV: keep the page on this server.
  if (window.Yasgui.Yasqe && window.Yasgui.Yasqe.defaults) {
    window.Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  }
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    autofocus: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] }
  });
  var first = yasgui.getTab();
  first.setQuery(document.getElementById("default-query").textContent);
  first.query();
  window.newsgraphYasgui = yasgui;
  document.querySelectorAll("a.example").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var text = a.parentNode.querySelector("pre.example-text").textContent;
      var tab = yasgui.addTab(true, { name: a.dataset.name, requestConfig: { endpoint: endpoint, method: "POST" } });
      tab.setQuery(text);
      tab.query();
      root.scrollIntoView();
    });
  });
}());
