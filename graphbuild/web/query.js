// The query page: YASGUI on this server's /query, the catalog as examples, entity links
// kept on this server, downloads as CSV or JSON. Nothing here asks any other host.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("config").textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  document.getElementById("endpoint-url").textContent = endpoint;

  // Only local completions: no Linked Open Vocabularies, no prefix.cc.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = null;

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    yasr: { prefixes: config.prefixes }
  });
  window.graphbuildYasgui = yasgui;

  function tab() { return yasgui.getTab(); }
  if (config.examples.length) { tab().setQuery(config.examples[0].query); }

  // Entity IRIs open this server's page of the entity, not the canonical address.
  function localHref(iri) {
    if (iri.indexOf(config.base) !== 0) { return null; }
    return new URL(config.ids + iri.slice(config.base.length), window.location.href).href;
  }
  function relink(root) {
    var anchors = root.querySelectorAll ? root.querySelectorAll("a.iri") : [];
    for (var i = 0; i < anchors.length; i++) {
      var a = anchors[i];
      if (a.dataset.iri) { continue; }
      var iri = a.getAttribute("href") || "";
      var local = localHref(iri);
      a.dataset.iri = iri;
      if (local) {
        a.setAttribute("href", local);
        a.setAttribute("target", "_self");
        a.classList.add("entity-link");
      }
    }
  }
  // The result table handles clicks on IRIs itself (a new window on the canonical
  // address): entity links are followed here first, on this server.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.entity-link") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    window.location.assign(link.href);
  }, true);
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) { if (node.nodeType === 1) { relink(node); } });
    });
  }).observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  var list = document.getElementById("example-list");
  config.examples.forEach(function (example) {
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "example";
    button.dataset.example = example.name;
    button.textContent = example.title;
    var description = document.createElement("p");
    description.textContent = example.description;
    button.addEventListener("click", function () {
      tab().setQuery(example.query);
      tab().query();
    });
    item.appendChild(button);
    item.appendChild(description);
    list.appendChild(item);
  });

  function download(accept, name) {
    var status = document.getElementById("download-status");
    status.textContent = "running…";
    var body = new URLSearchParams();
    body.set("query", tab().getQuery());
    fetch(endpoint, { method: "POST", headers: { Accept: accept }, body: body })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (t) { throw new Error(t); });
        }
        return response.blob();
      })
      .then(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        status.textContent = "";
      })
      .catch(function (error) { status.textContent = String(error.message || error); });
  }
  document.getElementById("download-csv").addEventListener("click", function () {
    download("text/csv", "results.csv");
  });
  document.getElementById("download-json").addEventListener("click", function () {
    download("application/sparql-results+json", "results.json");
  });
})();
