// Ghost-text autocomplete in the chat box, behind a toggle: after each change, the chat model continues
// the typed text (8 tokens, greedy) through /v1/completions; the suggestion shows in grey after the
// caret, Tab takes it, Escape or typing drops it. Every request of this page carries one client_id, so
// the server cancels the previous one at once when the user types on.
"use strict";
const Autocomplete = (() => {
  const ENABLED = "kogata.autocomplete", WAIT_MS = 60;
  const $ = id => document.getElementById(id);
  const clientId = "console-" + Math.random().toString(36).slice(2);
  let suggestion = "", timer = null, controller = null, els = null;

  function show(text) {
    suggestion = text;
    const typed = document.createElement("span");
    typed.className = "typed";
    typed.textContent = els.prompt.value;
    const ghost = document.createElement("span");
    ghost.className = "suggestion";
    ghost.textContent = text;
    els.ghost.replaceChildren(typed, ghost);
    els.ghost.scrollTop = els.prompt.scrollTop;
  }

  function clear() {
    if (controller) controller.abort();
    controller = null;
    clearTimeout(timer);
    show("");
  }

  async function suggest() {
    const prompt = els.prompt.value, model = els.model.value;
    if (!els.toggle.checked || !prompt.trim() || !model || els.prompt.selectionEnd !== prompt.length) return;
    controller = new AbortController();
    try {
      const response = await Api.request("/v1/completions", {
        method: "POST", headers: { "Content-Type": "application/json" }, signal: controller.signal,
        body: JSON.stringify({ model, prompt, max_tokens: 8, temperature: 0, client_id: clientId }),
      });
      if (!response.ok) return;  // superseded (409) or not a model that completes text
      const text = (await response.json()).choices[0].text.split("\n")[0];
      if (els.prompt.value === prompt) show(text);
    } catch (_) { /* aborted: the user typed on */ }
  }

  function attach() {
    els = { prompt: $("prompt"), ghost: $("ghost"), toggle: $("autocomplete"), model: $("model") };
    els.toggle.checked = localStorage.getItem(ENABLED) === "1";
    els.toggle.addEventListener("change", () => {
      localStorage.setItem(ENABLED, els.toggle.checked ? "1" : "0");
      clear();
    });
    els.prompt.addEventListener("input", () => {
      clear();
      timer = setTimeout(suggest, WAIT_MS);
    });
    document.getElementById("composer").addEventListener("submit", () => clear());  // the box was emptied
    els.prompt.addEventListener("scroll", () => { els.ghost.scrollTop = els.prompt.scrollTop; });
    els.prompt.addEventListener("keydown", e => {
      if (e.key === "Tab" && suggestion && !e.shiftKey) {
        e.preventDefault();
        els.prompt.value += suggestion;
        els.prompt.dispatchEvent(new Event("input"));
      } else if (e.key === "Escape" && suggestion) {
        clear();
      }
    });
  }

  return { attach, clear };
})();
