// Requests to the server's /v1 API. A 401 asks for an API key (kept in localStorage, sent as
// "Authorization: Bearer") and tries again with it.
"use strict";
const Api = (() => {
  const KEY = "kogata.apiKey";

  function askForKey() {
    const dialog = document.getElementById("key-dialog");
    const input = document.getElementById("key-input");
    input.value = "";
    return new Promise(resolve => {
      dialog.addEventListener("close", () => {
        const key = dialog.returnValue === "save" ? input.value.trim() : "";
        if (key) localStorage.setItem(KEY, key);
        resolve(Boolean(key));
      }, { once: true });
      dialog.showModal();
      input.focus();
    });
  }

  async function request(path, options = {}) {
    for (;;) {
      const headers = { ...(options.headers || {}) };
      const key = localStorage.getItem(KEY);
      if (key) headers.Authorization = "Bearer " + key;
      const response = await fetch(path, { ...options, headers });
      if (response.status !== 401) return response;
      if (key) localStorage.removeItem(KEY);
      if (!(await askForKey())) throw new Error(I18N.t("key.missing"));
    }
  }

  // The error message of a failed response (OpenAI's error body, or the status line).
  async function failure(response) {
    try {
      const body = await response.json();
      if (body && body.error && body.error.message) return body.error.message;
    } catch (_) { /* not JSON */ }
    return "HTTP " + response.status;
  }

  async function json(path) {
    const response = await request(path);
    if (!response.ok) throw new Error(await failure(response));
    return response.json();
  }

  // POST a streamed chat completion; call onDelta(text) for each piece. Ends at [DONE]; throws the
  // server's message for an error event, and AbortError when `signal` stops it.
  async function streamChat(body, onDelta, signal) {
    const response = await request("/v1/chat/completions", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...body, stream: true }), signal,
    });
    if (!response.ok) throw new Error(await failure(response));
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = event.split("\n").filter(l => l.startsWith("data:")).map(l => l.slice(5).trimStart()).join("\n");
        if (!data) continue;
        if (data === "[DONE]") { reader.cancel().catch(() => {}); return; }
        const chunk = JSON.parse(data);
        if (chunk.error) throw new Error(chunk.error.message || "error");
        const choice = chunk.choices && chunk.choices[0];
        if (choice && choice.delta && choice.delta.content) onDelta(choice.delta.content);
      }
    }
  }

  return { request, json, streamChat };
})();
