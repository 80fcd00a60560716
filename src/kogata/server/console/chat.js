// The chat section: conversations kept in localStorage, streamed answers rendered as Markdown.
"use strict";
const Chat = (() => {
  const STORE = "kogata.conversations", CURRENT = "kogata.current", PARAMS = "kogata.params";
  const $ = id => document.getElementById(id);
  const els = {
    list: $("conversation-list"), messages: $("messages"), model: $("model"), prompt: $("prompt"),
    send: $("send"), stop: $("stop"), error: $("chat-error"), system: $("system"),
    temperature: $("temperature"), maxTokens: $("max-tokens"),
  };
  let conversations = load(STORE, []);
  let current = localStorage.getItem(CURRENT);
  let controller = null;

  function load(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch (_) { return fallback; }
  }
  function save() {
    localStorage.setItem(STORE, JSON.stringify(conversations));
    if (current) localStorage.setItem(CURRENT, current); else localStorage.removeItem(CURRENT);
  }
  function conversation() { return conversations.find(c => c.id === current); }

  function newConversation() {
    const c = { id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), title: "", messages: [], updated: Date.now() };
    conversations.unshift(c);
    current = c.id;
    save();
    renderAll();
    els.prompt.focus();
  }

  function remove(id) {
    conversations = conversations.filter(c => c.id !== id);
    if (current === id) current = conversations.length ? conversations[0].id : null;
    save();
    renderAll();
  }

  function renderList() {
    els.list.replaceChildren();
    for (const c of conversations) {
      const li = document.createElement("li");
      li.classList.toggle("active", c.id === current);
      const open = document.createElement("button");
      open.type = "button";
      open.className = "open";
      open.textContent = c.title || I18N.t("chat.untitled");
      open.addEventListener("click", () => { if (!controller) { current = c.id; save(); renderAll(); } });
      const del = document.createElement("button");
      del.type = "button";
      del.className = "delete";
      del.textContent = "×";
      del.title = I18N.t("chat.delete");
      del.setAttribute("aria-label", I18N.t("chat.delete"));
      del.addEventListener("click", () => { if (!controller) remove(c.id); });
      li.append(open, del);
      els.list.append(li);
    }
  }

  function messageElement(message) {
    const div = document.createElement("div");
    div.className = "message " + message.role;
    const who = document.createElement("div");
    who.className = "who";
    who.textContent = I18N.t(message.role === "user" ? "chat.you" : "chat.assistant");
    const body = document.createElement("div");
    body.className = "body";
    div.append(who, body);
    fill(div, message);
    return div;
  }

  function fill(div, message) {
    const body = div.querySelector(".body");
    if (message.role === "user") body.textContent = message.content;
    else body.innerHTML = Markdown.render(message.content);  // escaped by the renderer
    if (message.stopped) {
      const note = document.createElement("span");
      note.className = "stopped";
      note.textContent = " " + I18N.t("chat.stopped");
      body.append(note);
    }
  }

  function renderMessages() {
    const c = conversation();
    els.messages.replaceChildren(...(c ? c.messages.map(messageElement) : []));
    els.messages.scrollTop = els.messages.scrollHeight;
  }

  function renderAll() { renderList(); renderMessages(); }

  function params() {
    return { system: els.system.value, temperature: els.temperature.value, maxTokens: els.maxTokens.value };
  }

  async function send(text) {
    if (!conversation()) newConversation();
    const c = conversation();
    const model = els.model.value;
    if (!model) return;
    c.messages.push({ role: "user", content: text });
    if (!c.title) c.title = text.slice(0, 40);
    const answer = { role: "assistant", content: "" };
    const history = c.messages.map(({ role, content }) => ({ role, content }));
    c.messages.push(answer);
    c.model = model;
    c.updated = Date.now();
    save();
    renderAll();
    const div = els.messages.lastElementChild;
    div.classList.add("streaming");

    const p = params();
    const messages = p.system.trim() ? [{ role: "system", content: p.system }, ...history] : history;
    const body = { model, messages };
    if (p.temperature !== "") body.temperature = Number(p.temperature);
    if (p.maxTokens !== "") body.max_tokens = Number(p.maxTokens);

    controller = new AbortController();
    busy(true);
    els.error.hidden = true;
    try {
      await Api.streamChat(body, delta => {
        answer.content += delta;
        fill(div, answer);
        els.messages.scrollTop = els.messages.scrollHeight;
      }, controller.signal);
    } catch (e) {
      if (e.name === "AbortError") answer.stopped = true;
      else { els.error.textContent = e.message; els.error.hidden = false; }
    } finally {
      controller = null;
      busy(false);
      div.classList.remove("streaming");
      if (!answer.content && !answer.stopped) c.messages.splice(c.messages.indexOf(answer), 1);
      save();
      renderMessages();
    }
  }

  function busy(on) {
    els.send.disabled = on;
    els.stop.hidden = !on;
    document.body.classList.toggle("busy", on);
  }

  // Chat models and adapters as /v1/models lists them, then always "auto": the router picks local or
  // upstream, and the server accepts it even when /v1/models does not list it.
  function chatModel(m) {
    return m.id !== "auto" && ["chat", "adapter"].includes(Models.kindOf(m));
  }

  function setModels(list) {
    const chat = list.filter(chatModel).map(m => m.id);
    const previous = els.model.value || (conversation() || {}).model;
    const options = chat.map(id => new Option(id, id));
    options.push(new Option(I18N.t("chat.auto"), "auto"));
    els.model.replaceChildren(...options);
    if (previous === "auto" || chat.includes(previous)) els.model.value = previous;
    els.error.hidden = Boolean(chat.length);
    if (!chat.length) els.error.textContent = I18N.t("chat.noModels");
  }

  function init() {
    if (!conversation()) current = conversations.length ? conversations[0].id : null;
    const p = load(PARAMS, null);
    if (p) { els.system.value = p.system; els.temperature.value = p.temperature; els.maxTokens.value = p.maxTokens; }
    for (const el of [els.system, els.temperature, els.maxTokens]) {
      el.addEventListener("change", () => localStorage.setItem(PARAMS, JSON.stringify(params())));
    }
    $("new-chat").addEventListener("click", () => { if (!controller) newConversation(); });
    $("composer").addEventListener("submit", e => {
      e.preventDefault();
      const text = els.prompt.value.trim();
      if (!text || controller || !els.model.value) return;
      els.prompt.value = "";
      send(text);
    });
    els.prompt.addEventListener("keydown", e => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); $("composer").requestSubmit(); }
    });
    els.stop.addEventListener("click", () => { if (controller) controller.abort(); });
    I18N.onChange(() => {
      renderAll();
      const auto = els.model.querySelector("option[value='auto']");
      if (auto) auto.textContent = I18N.t("chat.auto");
    });
    renderAll();
  }

  return { init, setModels };
})();
