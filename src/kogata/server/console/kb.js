// The knowledge-base section: collections, document uploads with progress, search, and answers that
// stream in with clickable citations. Document text reaches the page only as text nodes.
"use strict";
const KB = (() => {
  const $ = id => document.getElementById(id);
  const BASE = "/v1/kb/collections";
  let collections = [];
  let selected = null;
  let lastReport = null;    // the latest ingest report, shown until another collection is picked
  let lastAnswer = null;    // {text, citations, supported, streaming}
  let lastResults = null;   // the latest search hits
  let asking = false;
  let loadFailed = false;

  const path = (...parts) => [BASE, ...parts.map(encodeURIComponent)].join("/");

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function showError(id, error) {
    const p = $(id);
    p.textContent = error ? error.message || String(error) : "";
    p.hidden = !error;
  }

  function size(bytes) {
    if (bytes >= 1e6) return (bytes / 1e6).toFixed(1) + " MB";
    return Math.max(1, Math.round(bytes / 1e3)) + " kB";
  }

  // Where in its document a chunk is: title, heading, page.
  function place(item) {
    const title = item.title || item.source;
    const parts = [];
    // A Markdown heading carries its path from the title down ("Handbook > Vacation"): not said twice.
    if (!item.heading || !item.heading.startsWith(title)) parts.push(title);
    if (item.heading) parts.push(item.heading);
    if (item.page) parts.push(I18N.t("kb.page", { page: item.page }));
    return parts.join(" › ");
  }

  // "3 documents · 12 chunks · 57 kB"
  function stats(c) {
    const count = (n, key) => I18N.t(n === 1 ? key + ".one" : key, { n });
    return [count(c.documents, "kb.nDocuments"), count(c.chunks, "kb.nChunks"), size(c.bytes)].join(" · ");
  }

  // --- collections ---

  async function load() {
    try {
      collections = (await Api.json(BASE)).data;
      if (loadFailed) showError("kb-list-error", null);  // not another action's error: loads overlap them
      loadFailed = false;
    } catch (e) {
      showError("kb-list-error", e);
      loadFailed = true;
      return;
    }
    if (selected && !collections.some(c => c.id === selected)) selected = null;
    renderList();
    renderCollection();
    if (selected) loadDocuments();
  }

  function renderList() {
    const list = $("kb-list");
    list.replaceChildren(...collections.map(c => {
      const li = el("li");
      li.dataset.name = c.id;
      li.classList.toggle("active", c.id === selected);
      const open = el("button", "open");
      open.type = "button";
      open.append(el("span", "name", c.id),
        el("span", "muted", stats(c)));
      open.addEventListener("click", () => pick(c.id));
      li.append(open);
      return li;
    }));
    $("kb-none").hidden = collections.length > 0;
  }

  function pick(name) {
    if (asking) return;
    if (name !== selected) { lastReport = null; lastAnswer = null; lastResults = null; }
    selected = name;
    renderList();
    renderCollection();
    loadDocuments();
  }

  function renderCollection() {
    const c = collections.find(x => x.id === selected);
    $("kb-pick").hidden = Boolean(c);
    $("kb-collection").hidden = !c;
    if (!c) return;
    $("kb-title").textContent = c.id;
    $("kb-stats").textContent = stats(c) + " · " + c.embedding_model;
    renderReport();
    renderAnswer();
    renderResults();
  }

  async function create(event) {
    event.preventDefault();
    const name = $("kb-name").value.trim();
    if (!name) return;
    const body = { name };
    if ($("kb-embedding").value) body.embedding_model = $("kb-embedding").value;
    try {
      await Api.send(BASE, body);
      $("kb-name").value = "";
      showError("kb-list-error", null);
      selected = name;
      lastReport = lastAnswer = lastResults = null;
      await load();
    } catch (e) {
      showError("kb-list-error", e);
    }
  }

  async function removeCollection() {
    if (!selected || asking || !window.confirm(I18N.t("kb.confirmDelete", { name: selected }))) return;
    try {
      await Api.send(path(selected), undefined, "DELETE");
      selected = null;
      await load();
    } catch (e) {
      showError("kb-error", e);
    }
  }

  // --- documents ---

  async function loadDocuments() {
    const name = selected;
    if (!name) return;
    try {
      const docs = (await Api.json(path(name, "documents") + "?limit=1000")).data;
      if (name !== selected) return;
      $("kb-docs").replaceChildren(...docs.map(documentRow));
      $("kb-no-docs").hidden = docs.length > 0;
      showError("kb-error", null);
    } catch (e) {
      showError("kb-error", e);
    }
  }

  function documentRow(doc) {
    const tr = el("tr");
    tr.dataset.id = doc.id;
    tr.append(el("td", "source", doc.source), el("td", null, doc.title), el("td", "chunks", String(doc.chunk_count)));
    const td = el("td");
    const del = el("button", "delete", "×");
    del.type = "button";
    del.title = I18N.t("kb.deleteDoc");
    del.setAttribute("aria-label", I18N.t("kb.deleteDoc"));
    del.addEventListener("click", async () => {
      try {
        await Api.send(path(selected, "documents", doc.id), undefined, "DELETE");
        await load();
      } catch (e) {
        showError("kb-error", e);
      }
    });
    td.append(del);
    tr.append(td);
    return tr;
  }

  async function upload(event) {
    event.preventDefault();
    const input = $("kb-files");
    if (!selected || !input.files.length) return;
    const form = new FormData();
    for (const file of input.files) form.append("files", file, file.name);
    const bar = $("kb-progress-bar"), text = $("kb-progress-text");
    bar.value = 0;
    text.textContent = I18N.t("kb.uploading", { percent: 0 });
    $("kb-progress").hidden = false;
    $("kb-upload-button").disabled = true;
    lastReport = null;
    renderReport();
    try {
      lastReport = await Api.upload(path(selected, "documents"), form, (sent, total) => {
        const percent = Math.round((100 * sent) / total);
        bar.value = percent;
        text.textContent = percent < 100 ? I18N.t("kb.uploading", { percent }) : I18N.t("kb.ingesting");
      });
      input.value = "";
      showError("kb-error", null);
    } catch (e) {
      showError("kb-error", e);
    } finally {
      $("kb-progress").hidden = true;
      $("kb-upload-button").disabled = false;
    }
    renderReport();
    await load();
  }

  function renderReport() {
    const box = $("kb-report");
    box.replaceChildren();
    box.hidden = !lastReport;
    if (!lastReport) return;
    const r = lastReport;
    const rows = [["added", r.added], ["replaced", r.replaced], ["unchanged", r.unchanged],
      ["failed", r.failed.map(f => f.source + " — " + f.error)]];
    const dl = el("dl");
    for (const [kind, names] of rows) {
      const dd = el("dd", "report-" + kind);
      dd.dataset.count = names.length;
      dd.append(el("strong", null, String(names.length)));
      if (names.length) dd.append(el("span", "names", " " + names.join(", ")));
      dl.append(el("dt", null, I18N.t("kb." + kind)), dd);
    }
    box.append(dl, el("p", "muted", I18N.t("kb.report", { seconds: r.seconds, chunks: r.chunks })));
  }

  // --- search ---

  async function search(event) {
    event.preventDefault();
    const query = $("kb-query").value.trim();
    if (!selected || !query) return;
    try {
      lastResults = (await Api.send(path(selected, "search"), { query, k: 5 })).data;
      showError("kb-error", null);
    } catch (e) {
      showError("kb-error", e);
    }
    renderResults();
  }

  function renderResults() {
    const list = $("kb-results");
    list.replaceChildren(...(lastResults || []).map(hit => {
      const li = el("li", "hit");
      const head = el("div", "hit-head");
      head.append(el("span", "hit-source", hit.source), el("span", "hit-place", place(hit)),
        el("span", "hit-score", I18N.t("kb.score") + " " + hit.score.toFixed(3)));
      li.append(head, el("div", "hit-text", hit.text));
      return li;
    }));
    $("kb-no-results").hidden = !lastResults || lastResults.length > 0;
  }

  // --- ask ---

  async function ask(event) {
    event.preventDefault();
    const question = $("kb-question").value.trim();
    if (!selected || !question || asking) return;
    asking = true;
    $("kb-ask-button").disabled = true;
    lastAnswer = { text: "", citations: [], supported: true, streaming: true };
    renderAnswer();
    try {
      await Api.stream(path(selected, "ask"), { question, stream: true }, data => {
        if (typeof data.delta === "string") {
          lastAnswer.text += data.delta;
        } else if (typeof data.answer === "string") {
          Object.assign(lastAnswer, { text: data.answer, citations: data.citations || [], supported: data.supported,
                                      model: data.model });
        }
        renderAnswer();
      });
      showError("kb-error", null);
    } catch (e) {
      showError("kb-error", e);
    } finally {
      asking = false;
      $("kb-ask-button").disabled = false;
      if (lastAnswer) lastAnswer.streaming = false;
      renderAnswer();
    }
  }

  // The answer as text, with each [n] that names a citation made a button that shows its chunk.
  function renderAnswer() {
    const box = $("kb-answer");
    const a = lastAnswer;
    box.hidden = !a;
    box.classList.toggle("streaming", Boolean(a && a.streaming));
    box.classList.toggle("unsupported", Boolean(a && !a.supported));
    if (!a) { $("kb-citation").hidden = true; return; }
    const byIndex = new Map(a.citations.map(c => [c.index, c]));
    const body = el("div", "body");
    let at = 0;
    for (const m of a.text.matchAll(/\[(\d{1,2})\]/g)) {
      const citation = byIndex.get(Number(m[1]));
      if (!citation) continue;
      body.append(a.text.slice(at, m.index));
      const link = el("button", "cite", m[0]);
      link.type = "button";
      link.dataset.index = m[1];
      link.title = citation.source;
      link.addEventListener("click", () => showCitation(citation));
      body.append(link);
      at = m.index + m[0].length;
    }
    body.append(a.text.slice(at));
    box.replaceChildren(body);
    if (!a.streaming && !a.supported) box.append(el("p", "muted", I18N.t("kb.unsupported")));
    if (a.citations.length) {
      const sources = el("ol", "sources");
      for (const c of a.citations) {
        const li = el("li");
        li.value = c.index;
        const link = el("button", "link", place(c) + " (" + c.source + ")");
        link.type = "button";
        link.addEventListener("click", () => showCitation(c));
        li.append(link);
        sources.append(li);
      }
      box.append(el("div", "muted", I18N.t("kb.sources")), sources);
    }
    if (!a.streaming && a.supported && a.model) {
      box.append(el("p", "muted model", I18N.t("kb.answeredBy", { model: a.model })));
    }
    if (!a.citations.length) $("kb-citation").hidden = true;
  }

  function showCitation(c) {
    const box = $("kb-citation");
    box.replaceChildren(el("div", "citation-head", I18N.t("kb.citation", { index: c.index })),
      el("div", "citation-source", c.source + " — " + place(c)), el("blockquote", "citation-text", c.text));
    box.dataset.index = c.index;
    box.hidden = false;
  }

  function setModels(models) {
    const select = $("kb-embedding");
    const names = models.filter(m => Models.kindOf(m) === "embedding").map(m => m.id);
    const previous = select.value;
    select.replaceChildren(...names.map(n => new Option(n, n)));
    if (names.includes(previous)) select.value = previous;
    else if (names.includes("e5-small")) select.value = "e5-small";  // the default for new collections
  }

  function init() {
    $("kb-create").addEventListener("submit", create);
    $("kb-delete").addEventListener("click", removeCollection);
    $("kb-upload").addEventListener("submit", upload);
    $("kb-search").addEventListener("submit", search);
    $("kb-ask").addEventListener("submit", ask);
    I18N.onChange(() => { renderList(); renderCollection(); });
  }

  return { init, load, setModels };
})();
