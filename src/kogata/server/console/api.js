// Requests to the server's /v1 API. A 401 asks for an API key (kept in localStorage, sent as
// "Authorization: Bearer") and tries again with it.
"use strict";
const Api = (() => {
  const KEY = "kogata.apiKey";

  // One prompt at a time: requests that get a 401 while it is open wait for the same answer.
  let asking = null;
  function askForKey() {
    if (asking) return asking;
    const dialog = document.getElementById("key-dialog");
    const input = document.getElementById("key-input");
    input.value = "";
    asking = new Promise(resolve => {
      dialog.addEventListener("close", () => {
        const key = dialog.returnValue === "save" ? input.value.trim() : "";
        if (key) localStorage.setItem(KEY, key);
        asking = null;
        resolve(Boolean(key));
      }, { once: true });
      dialog.showModal();
      input.focus();
    });
    return asking;
  }

  function authHeaders(headers = {}) {
    const key = localStorage.getItem(KEY);
    return key ? { ...headers, Authorization: "Bearer " + key } : { ...headers };
  }

  async function request(path, options = {}) {
    for (;;) {
      const key = localStorage.getItem(KEY);
      const response = await fetch(path, { ...options, headers: authHeaders(options.headers) });
      if (response.status !== 401) return response;
      if (key && localStorage.getItem(KEY) === key) localStorage.removeItem(KEY);
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

  // Send a JSON body (POST by default; DELETE has none) and return the JSON answer.
  async function send(path, body, method = "POST") {
    const options = { method };
    if (body !== undefined) {
      options.headers = { "Content-Type": "application/json" };
      options.body = JSON.stringify(body);
    }
    const response = await request(path, options);
    if (!response.ok) throw new Error(await failure(response));
    return response.json();
  }

  // Whether `path` answers a GET with 2xx (a feature whose API is missing answers 404).
  async function available(path) {
    try { return (await request(path)).ok; } catch (_) { return false; }
  }

  // POST a multipart form with XMLHttpRequest, which reports upload progress: onProgress(sent, total).
  // Resolves to the JSON answer; throws the server's message.
  async function upload(path, form, onProgress) {
    for (;;) {
      const key = localStorage.getItem(KEY);
      const xhr = new XMLHttpRequest();
      const done = new Promise((resolve, reject) => {
        xhr.upload.addEventListener("progress", e => { if (e.lengthComputable) onProgress(e.loaded, e.total); });
        xhr.addEventListener("load", () => resolve());
        xhr.addEventListener("error", () => reject(new Error(I18N.t("net.failed"))));
        xhr.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
      xhr.open("POST", path);
      for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
      xhr.send(form);
      await done;
      if (xhr.status === 401) {
        if (key && localStorage.getItem(KEY) === key) localStorage.removeItem(KEY);
        if (!(await askForKey())) throw new Error(I18N.t("key.missing"));
        continue;
      }
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
      if (xhr.status < 200 || xhr.status >= 300) {
        throw new Error((body && body.error && body.error.message) || "HTTP " + xhr.status);
      }
      return body;
    }
  }

  // POST `body` to a server-sent-events endpoint; call onEvent(object) for each JSON event until
  // [DONE]. Throws the server's message for an error event, and AbortError when `signal` stops it.
  async function stream(path, body, onEvent, signal) {
    const response = await request(path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal,
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
        onEvent(chunk);
      }
    }
  }

  // POST a streamed chat completion; call onDelta(text) for each piece.
  function streamChat(body, onDelta, signal) {
    return stream("/v1/chat/completions", { ...body, stream: true }, chunk => {
      const choice = chunk.choices && chunk.choices[0];
      if (choice && choice.delta && choice.delta.content) onDelta(choice.delta.content);
    }, signal);
  }

  return { request, json, send, available, upload, stream, streamChat };
})();
