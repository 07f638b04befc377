// The interactive partnership network of graphbuild.draw.network_page: plain SVG, no library.
// The data (nodes with layout positions, activities with their organisations) is embedded
// in #network-data; filters recompute which nodes and links to draw from the activities.
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var HOME = "dgeq";
  var SCALE = 420; // layout coordinates are in [-1, 1]
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var svg = document.getElementById("network");
  var viewport = document.getElementById("viewport");
  var edgeLayer = document.getElementById("edges");
  var nodeLayer = document.getElementById("nodes");
  var labelLayer = document.getElementById("labels");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var status = document.getElementById("status");
  var fromInput = document.getElementById("year-from");
  var toInput = document.getElementById("year-to");

  var nodes = {};
  data.nodes.forEach(function (n) { nodes[n.id] = n; });
  var colours = {};
  var typeLabels = {};
  data.types.forEach(function (t) { colours[t.code] = t.colour; typeLabels[t.code] = t.label; });

  var view = { x: 0, y: 0, k: 1 };
  var selected = null;
  var current = { counts: {}, activities: [] };

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function html(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  // -- filters ----------------------------------------------------------------------------

  function checkedTypes() {
    var types = {};
    document.querySelectorAll("input.type-filter").forEach(function (box) {
      if (box.checked) { types[box.value] = true; }
    });
    return types;
  }

  function yearRange() {
    var lo = parseInt(fromInput.value, 10);
    var hi = parseInt(toInput.value, 10);
    if (isNaN(lo)) { lo = data.years[0]; }
    if (isNaN(hi)) { hi = data.years[1]; }
    return lo <= hi ? [lo, hi] : [hi, lo];
  }

  // What to draw: organisations of the activities in the years, of a checked type, and a
  // link for each pair of them in the same activity (weight = activities shared).
  function filtered() {
    var range = yearRange();
    var types = checkedTypes();
    var counts = {};
    var weights = {};
    var activities = data.activities.filter(function (a) {
      return a.year >= range[0] && a.year <= range[1];
    });
    activities.forEach(function (a) {
      var orgs = a.orgs.filter(function (o) { return nodes[o] && types[nodes[o].type]; });
      orgs.forEach(function (o) { counts[o] = (counts[o] || 0) + 1; });
      for (var i = 0; i < orgs.length; i++) {
        for (var j = i + 1; j < orgs.length; j++) {
          var key = orgs[i] < orgs[j] ? orgs[i] + "|" + orgs[j] : orgs[j] + "|" + orgs[i];
          weights[key] = (weights[key] || 0) + 1;
        }
      }
    });
    return { range: range, counts: counts, weights: weights, activities: activities };
  }

  function radius(count) { return 4 + 2.6 * Math.sqrt(count); }

  // -- drawing ----------------------------------------------------------------------------

  function render() {
    var f = filtered();
    current = f;
    edgeLayer.textContent = "";
    nodeLayer.textContent = "";
    labelLayer.textContent = "";
    var keys = Object.keys(f.weights).sort();
    var top = 1;
    keys.forEach(function (k) { top = Math.max(top, f.weights[k]); });
    keys.forEach(function (key) {
      var pair = key.split("|");
      var a = nodes[pair[0]];
      var b = nodes[pair[1]];
      var home = pair[0] === HOME || pair[1] === HOME;
      edgeLayer.appendChild(el("line", {
        "class": home ? "edge home" : "edge",
        "data-source": a.id, "data-target": b.id,
        x1: a.x * SCALE, y1: a.y * SCALE, x2: b.x * SCALE, y2: b.y * SCALE,
        "stroke-width": (0.6 + 6 * f.weights[key] / top).toFixed(2)
      }));
    });
    var shown = data.nodes.filter(function (n) { return f.counts[n.id]; });
    shown.sort(function (a, b) { return f.counts[b.id] - f.counts[a.id]; });
    shown.forEach(function (n) {
      var r = radius(f.counts[n.id]);
      var circle = el("circle", {
        "class": n.id === selected ? "node selected" : "node",
        "data-id": n.id, cx: n.x * SCALE, cy: n.y * SCALE, r: r.toFixed(2),
        fill: colours[n.type] || "#999"
      });
      circle.addEventListener("mouseenter", function (ev) { showTooltip(n, ev); });
      circle.addEventListener("mousemove", function (ev) { moveTooltip(ev); });
      circle.addEventListener("mouseleave", hideTooltip);
      circle.addEventListener("click", function (ev) { ev.stopPropagation(); select(n.id); });
      nodeLayer.appendChild(circle);
      labelLayer.appendChild(el("text", {
        "class": f.counts[n.id] >= 4 ? "label major" : "label",
        "data-id": n.id, x: n.x * SCALE, y: n.y * SCALE - r - 3
      }, n.label));
    });
    status.textContent = shown.length + " organisations, " + keys.length + " links, " +
      f.activities.length + " activities in " + f.range[0] + "\u2013" + f.range[1];
    if (selected) { listActivities(selected); }
    applyView();
  }

  // -- tooltip and details ----------------------------------------------------------------

  function showTooltip(n, ev) {
    tooltip.textContent = "";
    tooltip.appendChild(html("strong", n.label));
    [n.name, "type: " + (typeLabels[n.type] || n.type),
     "country: " + (n.country || "international"),
     "activities: " + (current.counts[n.id] || 0)].forEach(function (line) {
      tooltip.appendChild(html("div", line));
    });
    tooltip.hidden = false;
    moveTooltip(ev);
  }

  function moveTooltip(ev) {
    var box = svg.getBoundingClientRect();
    tooltip.style.left = (ev.clientX - box.left + 14) + "px";
    tooltip.style.top = (ev.clientY - box.top + 14) + "px";
  }

  function hideTooltip() { tooltip.hidden = true; }

  function dates(a) { return a.start === a.end ? a.start : a.start + " \u2013 " + a.end; }

  function listActivities(id) {
    var n = nodes[id];
    details.textContent = "";
    var own = current.activities.filter(function (a) { return a.orgs.indexOf(id) >= 0; });
    own.sort(function (a, b) { return a.start < b.start ? -1 : a.start > b.start ? 1 : 0; });
    details.appendChild(html("h2", n.label + ": " + own.length + " activities"));
    var list = html("ol");
    own.forEach(function (a) {
      var item = html("li");
      item.setAttribute("data-activity", a.id);
      item.appendChild(html("span", a.title, "title"));
      item.appendChild(html("span", dates(a) + " \u00b7 " + (a.countries.join(", ") || "no country") +
        " \u00b7 " + a.kind, "meta"));
      list.appendChild(item);
    });
    details.appendChild(list);
  }

  function select(id) {
    selected = id;
    nodeLayer.querySelectorAll("circle.node").forEach(function (c) {
      c.classList.toggle("selected", c.getAttribute("data-id") === id);
    });
    listActivities(id);
  }

  // -- pan and zoom -----------------------------------------------------------------------

  function applyView() {
    viewport.setAttribute("transform",
      "translate(" + view.x.toFixed(1) + "," + view.y.toFixed(1) + ") scale(" + view.k.toFixed(4) + ")");
  }

  function resetView() {
    var box = svg.getBoundingClientRect();
    var w = box.width || 900;
    var h = box.height || 700;
    view.k = Math.min(w, h) / (2 * SCALE + 80);
    view.x = w / 2;
    view.y = h / 2;
    applyView();
  }

  function zoomAt(factor, px, py) {
    var k = Math.max(0.1, Math.min(20, view.k * factor));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    applyView();
  }

  function zoomCentre(factor) {
    var box = svg.getBoundingClientRect();
    zoomAt(factor, box.width / 2, box.height / 2);
  }

  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect();
    zoomAt(ev.deltaY < 0 ? 1.15 : 1 / 1.15, ev.clientX - box.left, ev.clientY - box.top);
  }, { passive: false });

  var drag = null;
  svg.addEventListener("mousedown", function (ev) {
    if (ev.target.tagName === "circle") { return; }
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    svg.classList.add("panning");
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    view.x = drag.vx + ev.clientX - drag.x;
    view.y = drag.vy + ev.clientY - drag.y;
    applyView();
  });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("panning"); });

  // -- controls ---------------------------------------------------------------------------

  function setup() {
    [fromInput, toInput].forEach(function (input) {
      input.min = data.years[0];
      input.max = data.years[1];
      input.addEventListener("input", render);
      input.addEventListener("change", render);
    });
    fromInput.value = data.years[0];
    toInput.value = data.years[1];
    var box = document.getElementById("types");
    data.types.forEach(function (t) {
      var label = html("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.className = "type-filter";
      input.value = t.code;
      input.checked = true;
      input.addEventListener("change", render);
      var swatch = html("span", undefined, "swatch");
      swatch.style.background = t.colour;
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(t.label));
      box.appendChild(label);
    });
    document.getElementById("all-years").addEventListener("click", function () {
      fromInput.value = data.years[0];
      toInput.value = data.years[1];
      render();
    });
    document.getElementById("zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
    document.getElementById("zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
    document.getElementById("zoom-reset").addEventListener("click", resetView);
    window.addEventListener("resize", resetView);
    resetView();
    render();
  }

  setup();
}());
