// sessional: the list of speakers, live. The page is rendered with the list as it was; this
// script keeps it current from the stream of the lists (Server-Sent Events, which reconnect by
// themselves with the last event id) and sends the buttons' actions to the API.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root) { return; }
  var key = root.dataset.key, view = root.dataset.view;
  var place = JSON.parse(root.dataset.place), names = JSON.parse(root.dataset.names);
  var labels = JSON.parse(root.dataset.labels), mine = root.dataset.delegation || "";
  var shownNext = view === "delegation" ? 1000 : Number(root.dataset.shownNext || 5);
  var api = "/api/records/" + encodeURIComponent(key) + "/speakers";
  var token = document.querySelector("input[name=csrf_token]");
  var clock = root.querySelector("[data-countdown]");
  var list = null, timer = null, revision = null;

  function one(selector) { return root.querySelector(selector); }
  function same(a, b) { return (a || null) === (b || null); }
  function here(other) {
    var a = other.item || {}, b = place.item || {};
    return same(a.body, b.body) && same(a.number, b.number) && same(other.meeting, place.meeting);
  }
  function status(request) { return request.status || "waiting"; }
  function who(request) {
    var one = request.delegation;
    if (one.state) { return names["S:" + one.state] || one.state; }
    if (one.organization) { return names["O:" + one.organization.key] || one.organization.key || "?"; }
    return labels.secretariat;
  }
  function named(request) {
    var name = who(request);
    var kind = request.kind || "statement";
    if (kind === "on_behalf" && request.on_behalf_of) {
      name += " (" + labels.on_behalf.replace("%(group)s", request.on_behalf_of) + ")";
    } else if (kind !== "statement") { name += " (" + labels["kind_" + kind] + ")"; }
    return name;
  }
  function fill(target, items, empty) {
    if (!target) { return; }
    target.textContent = "";
    (items.length ? items : [empty]).forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      if (!items.length) { li.className = "none"; }
      target.appendChild(li);
    });
  }
  function show() {
    var speakers = list ? list.speakers : [];
    var speaking = speakers.filter(function (s) { return status(s.request) === "speaking"; });
    var waiting = speakers.filter(function (s) { return status(s.request) === "waiting"; });
    one("[data-current]").textContent = speaking.length ? named(speaking[0].request) : labels.nobody_speaking;
    root.dispatchEvent(new CustomEvent("floor-lists", {detail: list}));
    fill(one("[data-next]"), waiting.slice(0, shownNext).map(function (s) { return named(s.request); }),
         labels.nobody_waiting);
    var closed = !!(list && list.closed);
    one("[data-closed]").textContent = closed ? labels.closed : (view === "projector" ? "" : labels.open);
    toggle("close", !closed);
    toggle("reopen", closed);
    var call = button("call-next");
    if (call) { call.disabled = !waiting.length; }
    if (view === "delegation" && mine) { showMine(speakers, waiting); }
  }
  function showMine(speakers, waiting) {
    var at = -1, own = null;
    waiting.forEach(function (s, i) {
      if (at < 0 && s.request.delegation.state === mine) { at = i; own = s; }
    });
    var speaking = speakers.some(function (s) {
      return status(s.request) === "speaking" && s.request.delegation.state === mine;
    });
    one("[data-mine]").textContent = at >= 0 ? labels.my_place.replace("%(n)s", String(at + 1))
      : (speaking ? labels.speaking : labels.not_asked);
    var withdraw = button("withdraw");
    withdraw.disabled = !own;
    withdraw.dataset.index = own ? String(own.index) : "";
  }
  function button(action) { return one("[data-action='" + action + "']"); }
  function toggle(action, shown) {
    var found = button(action);
    if (found) { found.hidden = !shown; }
  }
  function tick() {
    if (!clock) { return; }
    var left = timer ? timer.left : Number(clock.dataset.left || 0);
    var running = timer ? timer.running : clock.dataset.running === "true";
    var at = timer ? timer.at : Number(clock.dataset.at || 0);
    if (running) { left = Math.max(left - (Date.now() / 1000 - at), 0); }
    var whole = Math.ceil(left);
    clock.textContent = Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
    clock.classList.toggle("running", running);
    clock.classList.toggle("over", running && whole === 0);
  }
  function received(event) {
    var data = JSON.parse(event.data);
    revision = data.revision;
    list = data.lists.filter(function (l) { return here(l.place); })[0] || null;
    if (list && list.timer) { timer = list.timer; }
    one("[data-status]").textContent = "";
    show();
    tick();
  }
  function refused(answer) {
    var box = one("[data-error]");
    if (answer.ok) { box.hidden = true; box.textContent = ""; return; }
    answer.json().then(function (body) {
      box.textContent = typeof body.detail === "string" ? body.detail
        : body.detail.map(function (d) { return d.msg; }).join("; ");
      box.hidden = false;
    });
  }
  function send(path, body) {
    var headers = {"Content-Type": "application/json"};
    if (token) { headers["X-CSRF-Token"] = token.value; }
    return fetch(api + path, {method: "POST", credentials: "same-origin", headers: headers,
                              body: JSON.stringify(body)}).then(refused);
  }
  var actions = {
    "call-next": function () { return send("/list/call-next", place); },
    "finish": function () { return send("/list/finish", place); },
    "close": function () { return send("/list/close", place); },
    "reopen": function () { return send("/list/reopen", place); },
    "timer-start": function () { return timed("start"); },
    "timer-stop": function () { return timed("stop"); },
    "ask": function () {
      return send("", {value: {delegation: {state: mine}, item: place.item, meeting: place.meeting,
                               kind: one("[data-kind]").value}});
    },
    "withdraw": function () { return send("/" + button("withdraw").dataset.index + "/withdraw"); }
  };
  function timed(action) {
    var limit = one("[data-limit]");
    var body = {place: place, action: action};
    if (limit && limit.value) { body.limit = Number(limit.value); }
    return send("/list/timer", body);
  }
  root.addEventListener("click", function (event) {
    var target = event.target.closest("[data-action]");
    if (target && actions[target.dataset.action]) { actions[target.dataset.action](); }
  });
  // what the secretariat's editor (speaker_editor.js) builds on
  window.sessionalFloor = {
    root: root, labels: labels, place: place, who: who, send: send,
    revision: function () { return revision; }
  };
  var source = new EventSource(api + "/events");
  source.addEventListener("lists", received);
  source.addEventListener("snapshot", received);
  source.addEventListener("error", function () { one("[data-status]").textContent = labels.reconnecting; });
  setInterval(tick, 250);
  tick();
})();
