// sessional: the secretariat's editor of a list of speakers. speakers.js follows the stream of
// the lists; this script redraws the table of requests from each event and sends the editor's
// actions to the API: inscribe, move up / down (buttons, for the keyboard) or drag a waiting
// request onto another one's place, withdraw, record who spoke.
(function () {
  "use strict";
  var floor = window.sessionalFloor;
  if (!floor || floor.root.dataset.view !== "editor") { return; }
  var root = floor.root, labels = floor.labels;
  var body = root.querySelector("[data-rows]");
  var dragged = null;

  function status(request) { return request.status || "waiting"; }
  function clock(at) { return at ? at.replace(/^.*T/, "").replace(/(\.\d+)?(Z|[+-]00:00)$/, "") : ""; }
  function identity(request) {  // the same request after a move changed its index
    return JSON.stringify([request.delegation, request.kind || "statement", request.requested_at || ""]);
  }
  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text;
    row.appendChild(td);
  }
  function button(cellNode, action, name) {
    var found = document.createElement("button");
    found.type = "button";
    found.className = "small" + (action === "withdraw" ? " danger" : "");
    found.dataset.edit = action;
    found.textContent = labels[action];
    found.setAttribute("aria-label", labels[action + "_named"].replace("%(name)s", name));
    cellNode.appendChild(found);
  }
  function row(speaker, order) {
    var request = speaker.request, state = status(request), name = floor.who(request);
    var tr = document.createElement("tr");
    tr.className = "status-" + state;
    tr.dataset.index = String(speaker.index);
    tr.dataset.identity = identity(request);
    [String(order), name, labels["kind_" + (request.kind || "statement")], request.on_behalf_of || "",
     labels["status_" + state], clock(request.requested_at), clock(request.called_at),
     clock(request.ended_at)].forEach(function (text) { cell(tr, text); });
    var actions = document.createElement("td");
    actions.className = "row-actions";
    if (state === "waiting") {
      tr.draggable = true;
      tr.title = labels.drag;
      ["up", "down", "withdraw"].forEach(function (action) { button(actions, action, name); });
    }
    if (state === "waiting" || state === "speaking") { button(actions, "spoke", name); }
    tr.appendChild(actions);
    return tr;
  }
  function redraw(event) {
    var speakers = event.detail ? event.detail.speakers : [];
    var active = document.activeElement, again = null;
    if (active && body.contains(active) && active.dataset.edit) {
      again = {identity: active.closest("tr").dataset.identity, action: active.dataset.edit};
    }
    body.textContent = "";
    speakers.forEach(function (speaker, i) { body.appendChild(row(speaker, i + 1)); });
    if (!speakers.length) {
      var none = document.createElement("tr");
      none.className = "none";
      cell(none, labels.nobody_asked);
      none.firstChild.colSpan = 9;
      body.appendChild(none);
    }
    if (again) {  // the keyboard stays on the button it pressed, wherever its row went
      body.querySelectorAll("tr").forEach(function (tr) {
        var found = tr.dataset.identity === again.identity &&
          tr.querySelector("[data-edit='" + again.action + "']");
        if (found) { found.focus(); }
      });
    }
  }
  function based(path) {
    var revision = floor.revision();
    return revision ? path + "?base_revision=" + revision : path;
  }
  function waitingPlace(tr) {
    return Array.prototype.indexOf.call(body.querySelectorAll("tr[draggable=true]"), tr);
  }
  function delegation(value) {
    if (value === "secretariat") { return {secretariat: true}; }
    if (value.indexOf("O:") === 0) { return {organization: {key: value.slice(2)}}; }
    return {state: value.slice(2)};
  }
  function inscribe() {
    var kind = root.querySelector("[data-kind]").value;
    var group = root.querySelector("[data-group]").value.trim();
    var value = {delegation: delegation(root.querySelector("[data-who]").value), kind: kind,
                 item: floor.place.item, meeting: floor.place.meeting};
    if (group) { value.on_behalf_of = group; }
    return floor.send("", {value: value});
  }
  root.addEventListener("click", function (event) {
    var target = event.target.closest("[data-edit]");
    if (!target) { return; }
    var action = target.dataset.edit;
    if (action === "inscribe") { inscribe(); return; }
    var tr = target.closest("tr"), index = tr.dataset.index;
    if (action === "up" || action === "down") {
      floor.send(based("/" + index + "/move"), {step: action});
    } else if (action === "withdraw") {
      floor.send(based("/" + index + "/withdraw"));
    } else if (action === "spoke") {
      floor.send(based("/" + index + "/spoken"));
    }
  });
  body.addEventListener("dragstart", function (event) {
    var tr = event.target.closest("tr[draggable=true]");
    if (!tr) { return; }
    dragged = tr;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", tr.dataset.index);
    tr.classList.add("dragged");
  });
  body.addEventListener("dragover", function (event) {
    if (dragged && event.target.closest("tr[draggable=true]")) { event.preventDefault(); }
  });
  body.addEventListener("drop", function (event) {
    var onto = event.target.closest("tr[draggable=true]");
    if (!dragged || !onto) { return; }
    event.preventDefault();
    var to = waitingPlace(onto);
    if (onto !== dragged && to >= 0) {
      floor.send(based("/" + dragged.dataset.index + "/move"), {position: to});
    }
  });
  body.addEventListener("dragend", function () {
    if (dragged) { dragged.classList.remove("dragged"); }
    dragged = null;
  });
  root.addEventListener("floor-lists", redraw);
})();
