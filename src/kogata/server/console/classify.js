// The classifiers-and-routing section: trained classifiers (try one on a text, read its training
// report) and the audit log of what was sent to an upstream model.
"use strict";
const Classify = (() => {
  const $ = id => document.getElementById(id);
  let classifiers = [];
  let selected = null;
  let lastResult = null;
  let entries = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function showError(id, error) {
    $(id).textContent = error ? error.message || String(error) : "";
    $(id).hidden = !error;
  }

  const percent = x => (typeof x === "number" ? (100 * x).toFixed(1) + "%" : "");

  // --- classifiers ---

  async function loadClassifiers(available) {
    $("clf-unavailable").hidden = available;
    if (!available) { $("clf-none").hidden = true; $("clf-body").hidden = true; return; }
    try {
      classifiers = (await Api.json("/v1/classifiers")).data;
      showError("clf-error", null);
    } catch (e) {
      showError("clf-error", e);
      return;
    }
    if (!classifiers.some(c => c.id === selected)) selected = classifiers.length ? classifiers[0].id : null;
    $("clf-none").hidden = classifiers.length > 0;
    $("clf-body").hidden = classifiers.length === 0;
    renderClassifiers();
    if (selected) showReport(selected);
  }

  function renderClassifiers() {
    $("clf-rows").replaceChildren(...classifiers.map(c => {
      const tr = el("tr");
      tr.dataset.id = c.id;
      tr.classList.toggle("selected", c.id === selected);
      const name = el("td");
      const button = el("button", "link", c.id);
      button.type = "button";
      button.addEventListener("click", () => { selected = c.id; lastResult = null; renderClassifiers(); showReport(c.id); });
      name.append(button);
      tr.append(name, el("td", null, c.labels.join(", ")), el("td", null, String(c.examples ?? "")),
        el("td", null, percent(c.accuracy)));
      return tr;
    }));
    $("clf-selected").textContent = selected || "";
    renderResult();
  }

  async function showReport(name) {
    try {
      const detail = await Api.json("/v1/classifiers/" + encodeURIComponent(name));
      if (name !== selected) return;
      $("clf-report").textContent = detail.report || JSON.stringify(detail.metrics, null, 2);
      Learning.showOperating(name, detail);
    } catch (e) {
      showError("clf-error", e);
    }
  }

  async function classify(event) {
    event.preventDefault();
    const input = $("clf-input").value.trim();
    if (!selected || !input) return;
    $("clf-button").disabled = true;
    try {
      const answer = await Api.send("/v1/classify", { model: selected, input });
      lastResult = answer.data[0];
      showError("clf-error", null);
    } catch (e) {
      lastResult = null;
      showError("clf-error", e);
    } finally {
      $("clf-button").disabled = false;
    }
    renderResult();
  }

  function renderResult() {
    const dl = $("clf-result");
    dl.hidden = !lastResult;
    Learning.showFeedback(lastResult);
    if (!lastResult) return;
    const r = lastResult;
    const rows = [
      ["clf.label", el("strong", "clf-label", r.label)],
      ["clf.confidence", el("span", "clf-confidence", percent(r.confidence))],
      ["clf.outOfScope", el("span", "clf-scope" + (r.out_of_scope ? " flag" : ""),
        I18N.t(r.out_of_scope ? "clf.outOfScope" : "clf.inScope"))],
      ["clf.alternatives", el("span", "clf-alternatives",
        (r.alternatives || []).map(a => a.label + " " + percent(a.confidence)).join(", "))],
    ];
    dl.replaceChildren();
    for (const [key, value] of rows) {
      const dd = el("dd");
      dd.append(value);
      dl.append(el("dt", null, I18N.t(key)), dd);
    }
  }

  // --- audit log ---

  async function loadAudit(available) {
    $("audit-unavailable").hidden = available;
    $("audit-refresh").hidden = !available;
    if (!available) { $("audit-empty").hidden = true; $("audit-table").hidden = true; return; }
    try {
      entries = (await Api.json("/v1/audit?limit=100")).data;
      showError("audit-error", null);
    } catch (e) {
      showError("audit-error", e);
      return;
    }
    renderAudit();
  }

  // The sent messages as "role: content" lines (the log keeps them as JSON), else the text as it is.
  function sentText(sent) {
    try {
      const parsed = JSON.parse(sent);  // the messages, or {"messages", "stop", "response_format"}
      const messages = Array.isArray(parsed) ? parsed : parsed && parsed.messages;
      if (Array.isArray(messages) && messages.every(m => m && typeof m.content === "string")) {
        const extra = Array.isArray(parsed) ? [] : Object.entries(parsed).filter(([k]) => k !== "messages")
          .map(([k, v]) => k + ": " + JSON.stringify(v));
        return [...messages.map(m => m.role + ": " + m.content), ...extra].join("\n");
      }
    } catch (_) { /* plain text */ }
    return sent;
  }

  function renderAudit() {
    if (!entries) return;
    $("audit-empty").hidden = entries.length > 0;
    $("audit-table").hidden = entries.length === 0;
    $("audit-rows").replaceChildren(...entries.map(e => {
      const tr = el("tr");
      const redacted = Object.entries(e.redacted || {}).map(([type, n]) => type + " ×" + n).join(", ");
      const sent = el("td", "audit-sent");
      const text = sentText(e.sent);
      if (text.length > 160) {
        const details = el("details");
        details.append(el("summary", null, text.slice(0, 160) + "…"), el("div", "full", text));
        sent.append(details);
      } else {
        sent.textContent = text;
      }
      tr.append(el("td", "audit-time", new Date(e.time * 1000).toLocaleString(I18N.get())), el("td", null, e.reason),
        el("td", "audit-upstream", [e.model, e.endpoint].filter(Boolean).join(" @ ")), el("td", null, redacted),
        el("td", "audit-outcome", e.outcome), sent);
      return tr;
    }));
  }

  // Loads the section; resolves to whether either of its APIs answers.
  let features = null;
  async function load() {
    if (!features) {
      const [clf, audit] = await Promise.all([Api.available("/v1/classifiers"), Api.available("/v1/audit?limit=1")]);
      features = { clf, audit };
    }
    await Promise.all([loadClassifiers(features.clf), loadAudit(features.audit), Learning.loadDrift(), Learning.loadPairs()]);
    return features.clf || features.audit;
  }

  function init() {
    $("clf-try").addEventListener("submit", classify);
    Learning.init(detail => { $("clf-report").textContent = detail.report || ""; Learning.showOperating(detail.id, detail); });
    $("audit-refresh").addEventListener("click", () => loadAudit(true));
    I18N.onChange(() => { renderClassifiers(); renderAudit(); Learning.loadDrift(); });
  }

  return { init, load };
})();
