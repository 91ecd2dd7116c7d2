/*
 * Meldcode-assistent chat widget. Embed with one tag:
 *
 *   <script src="https://assistent.example.nl/widget/widget.js" defer
 *           data-server="https://assistent.example.nl:5005"
 *           data-organisation="OBS De Vlinder"
 *           data-af-contact="Aandachtsfunctionaris: de intern begeleider, via de administratie."
 *           data-colour="#154273"></script>
 *
 * Safety rules kept throughout this file:
 * - every text from the bot or the user goes into the page as text (textContent), never HTML;
 *   there is no innerHTML here at all;
 * - links are made only for http(s) URLs, phone links only for digit strings;
 * - the only storage is sessionStorage (this browser tab), and nothing is requested from any
 *   server but the widget's own server and the Rasa server.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__meldcodeAssistentLoaded) return;
  window.__meldcodeAssistentLoaded = true;

  var BASE = new URL(".", script.src).href; // .../widget/
  var data = script.dataset;
  var CONFIG = {
    server: (data.server || "").replace(/\/+$/, ""),
    organisation: data.organisation || "",
    afContact: data.afContact || "",
    colour: safeColour(data.colour || "#154273"),
    open: data.open === "true",
    exitUrl: safeHttpUrl(data.exitUrl) || "https://www.google.nl/",
    privacyUrl: safeHttpUrl(data.privacyUrl) || new URL("../privacy", BASE).href,
    accessibilityUrl: safeHttpUrl(data.accessibilityUrl) || new URL("../toegankelijkheid", BASE).href,
    clickUrl: new URL("../api/click", BASE).href,
  };
  var STORAGE_KEY = "meldcode-assistent:" + CONFIG.server;
  var MAX_STORED_MESSAGES = 200;
  var ANSWER_TIMEOUT_MS = 20000;
  var FORGET_TIMEOUT_MS = 8000;
  var SESSION_ID = /^[0-9a-f]{32}$/;
  var TEL = /^\+?[0-9]{3,15}$/;
  var URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

  // ---------------------------------------------------------------- helpers

  function safeHttpUrl(value) {
    if (!value) return null;
    try {
      var url = new URL(value, document.baseURI);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function luminance(hex) {
    var rgb = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  // The organisation's colour, darkened until white text on it has a contrast of at least 5.2:1
  // (so that it also passes 4.5:1 as link colour on the light grey of bot messages).
  function safeColour(value) {
    var hex = /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : "#154273";
    for (var i = 0; i < 30 && 1.05 / (luminance(hex) + 0.05) < 5.2; i++) {
      hex = "#" + [1, 3, 5].map(function (j) {
        var c = Math.floor(parseInt(hex.substr(j, 2), 16) * 0.85);
        return (c < 16 ? "0" : "") + c.toString(16);
      }).join("");
    }
    return hex;
  }

  // Builds an element; children are elements or strings (strings become text nodes).
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "hidden") node.hidden = true;
      else node.setAttribute(name, value === true ? "" : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function srOnly(text) {
    return el("span", { class: "mca-sr", text: text });
  }

  // Text with http(s) links made clickable; everything else stays plain text.
  function linkified(text) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    String(text).replace(URL_IN_TEXT, function (match, offset) {
      var trimmed = match.replace(/[.,;:!?)\]]+$/, "");
      var href = safeHttpUrl(trimmed);
      if (!href) return match;
      fragment.appendChild(document.createTextNode(text.slice(last, offset)));
      fragment.appendChild(
        el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, [
          trimmed,
          srOnly(" (opent in een nieuw venster)"),
        ])
      );
      last = offset + trimmed.length;
      return match;
    });
    fragment.appendChild(document.createTextNode(String(text).slice(last)));
    return fragment;
  }

  function paragraphs(text) {
    return String(text || "")
      .split(/\n\s*\n/)
      .map(function (part) { return part.trim(); })
      .filter(Boolean)
      .map(function (part) {
        var p = el("p");
        p.appendChild(linkified(part));
        return p;
      });
  }

  // ---------------------------------------------------------------- state (this tab only)

  function loadState() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
      if (stored && Array.isArray(stored.messages)) {
        if (!SESSION_ID.test(stored.sessionId || "")) stored.sessionId = null;
        return stored;
      }
    } catch (e) { /* storage blocked or corrupt: start fresh */ }
    return { sessionId: null, messages: [], open: false };
  }

  var state = loadState();

  function saveState() {
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) { /* private mode: the conversation just does not survive a reload */ }
  }

  function clearState() {
    state = { sessionId: null, messages: [], open: state.open };
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* ignore */ }
    saveState();
  }

  // ---------------------------------------------------------------- the interface

  var host = el("div", { id: "meldcode-assistent", "data-meldcode-assistent": "" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var ui = {};

  function build() {
    var stylesheet = el("link", { rel: "stylesheet", href: new URL("widget.css", BASE).href });
    var frame = el("div", { class: "mca", hidden: true });
    frame.style.setProperty("--mca-colour", CONFIG.colour);
    function show() {
      frame.hidden = false;
      if (state.open) scrollToEnd(true); // a restored conversation opens at its end
    }
    stylesheet.addEventListener("load", show);
    stylesheet.addEventListener("error", show);

    ui.launcher = el("button", {
      type: "button", class: "mca-launcher", "aria-expanded": "false", "aria-controls": "mca-panel",
      text: "Hulp bij de meldcode",
    });

    ui.exit = el("button", { type: "button", class: "mca-exit" }, [
      "Snel weg", srOnly(": verlaat deze site en wis het gesprek"),
    ]);
    ui.close = el("button", { type: "button", class: "mca-close", "aria-label": "Chat sluiten" }, [
      el("span", { "aria-hidden": "true", text: "\u00d7" }),
    ]);
    var header = el("div", { class: "mca-header" }, [
      el("div", { class: "mca-titles" }, [
        el("h2", { id: "mca-title", class: "mca-title", text: "Meldcode-assistent" }),
        el("p", {
          class: "mca-subtitle",
          text: CONFIG.organisation ? "Digitale hulp voor " + CONFIG.organisation : "Digitale hulp, geen mens",
        }),
      ]),
      ui.exit,
      ui.close,
    ]);

    var notice = el("div", { class: "mca-notice", id: "mca-notice" }, [
      el("p", { class: "mca-reminder", text: "Typ geen namen of andere persoonsgegevens." }),
      el("p", { text: "Beschrijf de situatie zonder dat iemand te herkennen is. Is er nu direct gevaar? Bel 112." }),
      CONFIG.afContact ? el("p", { class: "mca-af", text: CONFIG.afContact }) : null,
      el("p", { class: "mca-links" }, [
        el("a", { href: CONFIG.privacyUrl, target: "_blank", rel: "noopener" }, [
          "Privacy: wat we wel en niet bewaren", srOnly(" (opent in een nieuw venster)"),
        ]),
        el("span", { "aria-hidden": "true", text: " \u00b7 " }),
        el("a", { href: CONFIG.accessibilityUrl, target: "_blank", rel: "noopener" }, [
          "Toegankelijkheid", srOnly(" (opent in een nieuw venster)"),
        ]),
      ]),
    ]);

    ui.log = el("div", { class: "mca-log", role: "log", "aria-live": "polite", "aria-label": "Gesprek" });
    ui.typing = el("p", { class: "mca-typing", "aria-hidden": "true", hidden: true, text: "De assistent schrijft\u2026" });
    ui.scroller = el("div", { class: "mca-scroller" }, [notice, ui.log, ui.typing]);
    ui.status = el("p", { class: "mca-status", role: "status", "aria-live": "polite" });

    ui.confirmYes = el("button", { type: "button", class: "mca-button mca-danger", text: "Ja, wis het gesprek" });
    ui.confirmNo = el("button", { type: "button", class: "mca-button", text: "Annuleren" });
    ui.confirm = el("div", {
      class: "mca-confirm", role: "group", "aria-labelledby": "mca-confirm-title", hidden: true, tabindex: "-1",
    }, [
      el("p", { id: "mca-confirm-title", class: "mca-confirm-title", text: "Gesprek wissen?" }),
      el("p", { text: "Dit wist alle berichten in dit venster en het gesprek op de server van de assistent." }),
      el("p", { text: "Wat blijft: alleen anonieme tellingen zonder tekst, zoals hoe vaak een advies is gegeven." }),
      el("div", { class: "mca-row" }, [ui.confirmYes, ui.confirmNo]),
    ]);

    ui.input = el("input", {
      id: "mca-input", class: "mca-input", type: "text", autocomplete: "off", maxlength: "1000",
      "aria-describedby": "mca-reminder",
    });
    ui.send = el("button", { type: "submit", class: "mca-button mca-send", text: "Verstuur" });
    ui.form = el("form", { class: "mca-composer", "aria-label": "Bericht sturen" }, [
      el("label", { for: "mca-input", class: "mca-label", text: "Je vraag of antwoord" }),
      el("div", { class: "mca-row" }, [ui.input, ui.send]),
      el("p", { id: "mca-reminder", class: "mca-hint", text: "Typ geen namen of andere persoonsgegevens." }),
    ]);

    ui.restart = el("button", { type: "button", class: "mca-link-button", text: "Opnieuw beginnen" });
    ui.forget = el("button", { type: "button", class: "mca-link-button", text: "Gesprek wissen" });
    var actions = el("div", { class: "mca-actions" }, [ui.restart, ui.forget]);

    ui.panel = el("section", {
      id: "mca-panel", class: "mca-panel", "aria-labelledby": "mca-title", hidden: true,
    }, [header, ui.scroller, ui.status, ui.confirm, ui.form, actions]);

    frame.appendChild(ui.launcher);
    frame.appendChild(ui.panel);
    root.appendChild(stylesheet);
    root.appendChild(frame);
    document.body.appendChild(host);

    ui.launcher.addEventListener("click", function () { setOpen(true); });
    ui.close.addEventListener("click", function () { setOpen(false); });
    ui.exit.addEventListener("click", quickExit);
    ui.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = ui.input.value.trim();
      if (!text) return;
      ui.input.value = "";
      sendUserText(text, text);
    });
    ui.restart.addEventListener("click", restart);
    ui.forget.addEventListener("click", function () { showConfirm(true); });
    ui.confirmNo.addEventListener("click", function () { showConfirm(false); });
    ui.confirmYes.addEventListener("click", forgetConversation);
    ui.panel.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      if (!ui.confirm.hidden) showConfirm(false);
      else setOpen(false);
    });
  }

  function setOpen(open) {
    state.open = open;
    saveState();
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    host.classList.toggle("mca-is-open", open);
    if (open) {
      connect();
      scrollToEnd();
      ui.input.focus();
    } else {
      ui.launcher.focus();
    }
  }

  function setStatus(text) {
    ui.status.textContent = text || "";
  }

  function scrollToEnd(instant) {
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ui.scroller.scrollTo({ top: ui.scroller.scrollHeight, behavior: instant || reduce ? "auto" : "smooth" });
  }

  // ---------------------------------------------------------------- rendering messages

  function renderMessage(message, isLast) {
    var item;
    if (message.from === "user") {
      item = el("div", { class: "mca-msg mca-user" }, [srOnly("Jij: ")].concat(paragraphs(message.text)));
    } else if (message.from === "system") {
      item = el("div", { class: "mca-msg mca-system" }, paragraphs(message.text));
    } else if (message.kind === "contacts") {
      item = renderContacts(message);
    } else if (message.kind === "note") {
      item = renderNote(message);
    } else {
      item = el("div", { class: "mca-msg mca-bot" }, [srOnly("Assistent: ")].concat(paragraphs(message.text)));
      if (isLast && message.buttons && message.buttons.length) item.appendChild(renderButtons(message.buttons));
    }
    ui.log.appendChild(item);
  }

  function renderButtons(buttons) {
    var group = el("div", { class: "mca-quick", role: "group", "aria-label": "Kies een antwoord" });
    buttons.forEach(function (button) {
      var b = el("button", { type: "button", class: "mca-button mca-quick-button", text: button.title });
      b.addEventListener("click", function () {
        sendUserText(button.payload, button.title);
        ui.input.focus();
      });
      group.appendChild(b);
    });
    return group;
  }

  function renderContacts(message) {
    var group = el("div", { class: "mca-msg mca-calls", role: "group", "aria-label": "Bellen" });
    group.appendChild(el("p", { class: "mca-calls-title", text: "Bel direct:" }));
    (message.contacts || []).forEach(function (contact) {
      if (!contact || !TEL.test(String(contact.tel || ""))) return;
      var link = el("a", {
        class: "mca-call" + (contact.key === "112" ? " mca-call-urgent" : ""),
        href: "tel:" + contact.tel,
        "data-contact": contact.key,
      }, [
        el("span", { class: "mca-call-name", text: "Bel " + contact.name }),
        el("span", { class: "mca-call-number", text: contact.number }),
        contact.when ? el("span", { class: "mca-call-when", text: contact.when }) : null,
      ]);
      link.addEventListener("click", function () { reportClick(message.uitkomst, contact.key); });
      group.appendChild(link);
    });
    return group;
  }

  function renderNote(message) {
    var text = el("div", { class: "mca-note-text", text: message.text });
    var copy = el("button", { type: "button", class: "mca-button", text: "Kopieer notitie" });
    copy.addEventListener("click", function () { copyText(message.text); });
    return el("div", { class: "mca-msg mca-note", role: "group", "aria-label": "Notitie voor je dossier" }, [
      el("p", { class: "mca-note-title", text: "Notitie voor je dossier" }),
      text,
      copy,
    ]);
  }

  function renderAll() {
    ui.log.textContent = "";
    state.messages.forEach(function (message, i) {
      renderMessage(message, i === state.messages.length - 1);
    });
  }

  var replyStart = null; // first element of the assistant's current answer

  function addMessage(message) {
    // Answer buttons belong to the newest bot message only.
    var old = ui.log.querySelectorAll(".mca-quick");
    for (var i = 0; i < old.length; i++) old[i].remove();
    state.messages.push(message);
    saveState();
    renderMessage(message, true);
    if (message.from !== "bot") {
      replyStart = null;
      scrollToEnd();
      return;
    }
    if (!state.messages.some(function (m) { return m.from === "user"; })) return; // keep the notice in view
    replyStart = replyStart || ui.log.lastChild;
    showReply();
  }

  // Show the answer from its start: long advice is read from the top, short answers to the end.
  function showReply() {
    var top = Math.max(0, replyStart.offsetTop - 12);
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    ui.scroller.scrollTo({
      top: Math.min(top, ui.scroller.scrollHeight - ui.scroller.clientHeight),
      behavior: reduce ? "auto" : "smooth",
    });
  }

  function copyText(text) {
    function done() { setStatus("De notitie is gekopieerd."); }
    function fallback() {
      var area = el("textarea", { class: "mca-sr", "aria-hidden": "true" });
      area.value = text;
      root.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      if (ok) done(); else setStatus("Kopi\u00ebren lukte niet. Selecteer de tekst en kopieer die zelf.");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function reportClick(uitkomst, contact) {
    // Counted without any personal data; text/plain keeps it a simple request (no preflight).
    try {
      fetch(CONFIG.clickUrl, {
        method: "POST", mode: "no-cors", keepalive: true, credentials: "omit",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify({ uitkomst: uitkomst, contact: contact, session_id: state.sessionId }),
      }).catch(function () { /* counting never gets in the way */ });
    } catch (e) { /* ignore */ }
  }

  // ---------------------------------------------------------------- talking to Rasa

  var socket = null;
  var ready = false;
  var queue = [];
  var answerTimer = null;

  function loadSocketIo(callback) {
    if (loadSocketIo.io) return callback(loadSocketIo.io);
    var previous = window.io; // do not clobber a socket.io the host page may have
    var tag = el("script", { src: new URL("vendor/socket.io.min.js", BASE).href });
    tag.addEventListener("load", function () {
      loadSocketIo.io = window.io;
      window.io = previous;
      if (previous === undefined) { try { delete window.io; } catch (e) { /* ignore */ } }
      callback(loadSocketIo.io);
    });
    tag.addEventListener("error", function () {
      setStatus("De chat kan niet laden. Bij direct gevaar: bel 112.");
    });
    document.head.appendChild(tag);
  }

  function connect() {
    if (socket || !CONFIG.server) {
      if (!CONFIG.server) setStatus("De chat is niet goed ingesteld (geen server).");
      return;
    }
    socket = true; // connecting
    setStatus("Verbinden\u2026");
    loadSocketIo(function (io) {
      socket = io(CONFIG.server, { path: "/socket.io", transports: ["websocket"], reconnectionDelayMax: 10000 });
      socket.on("connect", function () {
        socket.emit("session_request", { session_id: state.sessionId });
      });
      socket.on("session_confirm", function (sessionId) {
        var isNew = sessionId !== state.sessionId;
        state.sessionId = sessionId;
        saveState();
        ready = true;
        setStatus("");
        var started = state.messages.some(function (m) { return m.from !== "system"; });
        if (isNew && !started) emitMessage("/greet");
        while (queue.length) emitMessage(queue.shift());
      });
      socket.on("bot_uttered", receive);
      socket.on("connect_error", function () {
        ready = false;
        setStatus("Geen verbinding met de assistent. We proberen het opnieuw. Bij direct gevaar: bel 112.");
      });
      socket.on("disconnect", function () {
        ready = false;
      });
    });
  }

  function emitMessage(text) {
    if (!ready || typeof socket !== "object") {
      queue.push(text);
      return;
    }
    socket.emit("user_uttered", { message: text, session_id: state.sessionId });
    ui.typing.hidden = false;
    clearTimeout(answerTimer);
    answerTimer = setTimeout(function () {
      ui.typing.hidden = true;
      setStatus("De assistent antwoordt niet. Probeer het opnieuw. Bij direct gevaar: bel 112.");
    }, ANSWER_TIMEOUT_MS);
  }

  function sendUserText(payload, shown) {
    setStatus("");
    addMessage({ from: "user", text: shown });
    emitMessage(payload);
  }

  function receive(message) {
    if (!message || typeof message !== "object") return;
    clearTimeout(answerTimer);
    ui.typing.hidden = true;
    setStatus("");
    var custom = message.custom && message.custom.data;
    if (custom && typeof custom === "object") {
      if (custom.uitkomst && Array.isArray(custom.contacts)) {
        addMessage({ from: "bot", kind: "contacts", uitkomst: String(custom.uitkomst), contacts: custom.contacts });
      }
      if (typeof custom.dossier_note === "string") {
        // The assistant also sends the note as plain text (for other channels): show it once,
        // in the box with the copy button.
        var last = state.messages[state.messages.length - 1];
        if (last && last.from === "bot" && last.kind === "text" && last.text.trim() === custom.dossier_note.trim()) {
          state.messages.pop();
          if (ui.log.lastChild) ui.log.lastChild.remove();
        }
        addMessage({ from: "bot", kind: "note", text: custom.dossier_note });
      }
      return;
    }
    if (typeof message.text === "string" && message.text.trim()) {
      var buttons = (Array.isArray(message.quick_replies) ? message.quick_replies : [])
        .filter(function (b) { return b && typeof b.title === "string" && typeof b.payload === "string"; })
        .map(function (b) { return { title: b.title, payload: b.payload }; });
      addMessage({ from: "bot", kind: "text", text: message.text, buttons: buttons });
    }
  }

  function restart() {
    state.messages = [];
    saveState();
    renderAll();
    addMessage({ from: "system", text: "Je bent opnieuw begonnen." });
    emitMessage("/restart");
    emitMessage("/greet");
    ui.input.focus();
  }

  function showConfirm(show) {
    ui.confirm.hidden = !show;
    if (show) ui.confirmYes.focus();
    else ui.forget.focus();
  }

  function forgetConversation() {
    var sessionId = state.sessionId;
    var finished = false;
    function finish(serverForgot) {
      if (finished) return;
      finished = true;
      clearState();
      renderAll();
      ui.confirm.hidden = true;
      addMessage({
        from: "system",
        text: serverForgot
          ? "Het gesprek is gewist: in dit venster en op de server."
          : "Het gesprek is gewist in dit venster. Op de server lukte dat nu niet; daar wordt het na een tijd zonder gebruik vanzelf verwijderd.",
      });
      setStatus(serverForgot ? "Het gesprek is gewist." : "Het gesprek is alleen in dit venster gewist.");
      ui.input.focus();
      if (ready) {
        ready = false; // messages wait in the queue for the new session id
        socket.emit("session_request", { session_id: null });
      }
    }
    if (!sessionId || !ready) return finish(!sessionId);
    setTimeout(function () { finish(false); }, FORGET_TIMEOUT_MS);
    socket.emit("forget_conversation", { session_id: sessionId }, function (answer) {
      finish(Boolean(answer && answer.forgotten));
    });
  }

  function quickExit() {
    try {
      if (ready && state.sessionId) socket.emit("forget_conversation", { session_id: state.sessionId });
    } catch (e) { /* leaving matters more */ }
    try { window.sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* ignore */ }
    window.location.replace(CONFIG.exitUrl);
  }

  // ---------------------------------------------------------------- start

  function start() {
    build();
    renderAll();
    if (state.open || CONFIG.open) setOpen(true);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
