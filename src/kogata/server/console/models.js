// The models section: installed models with their kind, one model's details, and the catalog's
// models not yet installed, each with a Pull button that shows the download's progress.
"use strict";
const Models = (() => {
  const $ = id => document.getElementById(id);
  const rows = $("model-rows");
  const details = $("model-details");
  const hint = $("details-hint");
  const error = $("models-error");
  const catalog = {
    rows: $("catalog-rows"), empty: $("catalog-empty"), status: $("pull-status"), bar: $("pull-progress"),
    text: $("pull-text"), error: $("pull-error"),
  };
  const listeners = [];
  let pulling = null;
  const actions = { box: $("adapter-actions"), status: $("adapter-status") };
  const FIELDS = ["name", "kind", "version", "base", "source", "architecture", "parameters", "quantization", "context_length",
    "chat_template", "size", "licence", "description", "languages", "sha256", "path", "installed_at"];
  let selected = null;

  function kindOf(model) { return (model.kogata && model.kogata.kind) || ""; }

  function format(key, value) {
    if (key === "size" && typeof value === "number") return (value / 1e6).toFixed(1) + " MB";
    if (key === "parameters" && typeof value === "number") return (value / 1e6).toFixed(0) + "M";
    if (Array.isArray(value)) return value.join(", ");
    return String(value);
  }

  async function show(id) {
    selected = id;
    rows.querySelectorAll("tr").forEach(tr => tr.classList.toggle("selected", tr.dataset.id === id));
    try {
      const model = await Api.json("/v1/models/" + encodeURIComponent(id));
      const info = { name: model.id, ...(model.kogata || {}) };
      details.replaceChildren();
      for (const key of FIELDS) {
        if (info[key] === undefined || info[key] === null) continue;
        const dt = document.createElement("dt");
        dt.textContent = key;
        const dd = document.createElement("dd");
        dd.textContent = key === "kind" ? I18N.t("kind." + info[key]) : format(key, info[key]);
        details.append(dt, dd);
      }
      const own = info.kind === "adapter" && !info.ships_with_kogata;  // a shipped specialist has no versions
      if (actions.box.dataset.id !== id) actions.status.textContent = "";
      actions.box.hidden = !own;
      actions.box.dataset.id = id;
      hint.hidden = true;
      error.hidden = true;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  }

  async function load() {
    try {
      const list = await Api.json("/v1/models");
      rows.replaceChildren();
      for (const model of list.data) {
        const tr = document.createElement("tr");
        tr.dataset.id = model.id;
        const name = document.createElement("td");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "link";
        button.textContent = model.id;
        button.addEventListener("click", () => show(model.id));
        name.append(button);
        const kind = document.createElement("td");
        kind.textContent = kindOf(model) ? I18N.t("kind." + kindOf(model)) : "";
        tr.append(name, kind);
        rows.append(tr);
      }
      error.hidden = true;
      if (selected) show(selected);
      await loadCatalog();
      return list.data;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      return [];
    }
  }

  function cell(text) {
    const td = document.createElement("td");
    td.textContent = text;
    return td;
  }

  // The catalog's models that are not installed yet; a server without the catalog API shows none.
  async function loadCatalog() {
    let list;
    try {
      list = (await Api.json("/v1/models/catalog")).data;
    } catch (_) {
      catalog.rows.replaceChildren();
      return;
    }
    const available = list.filter(m => !m.installed);
    catalog.rows.replaceChildren(...available.map(m => {
      const tr = document.createElement("tr");
      tr.dataset.name = m.name;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "pull";
      button.textContent = I18N.t("models.pull");
      button.disabled = Boolean(pulling);
      button.addEventListener("click", () => pull(m.name));
      const action = document.createElement("td");
      action.append(button);
      tr.append(cell(m.name), cell(I18N.t("kind." + m.kind)), cell(format("size", m.size)), cell(m.description), action);
      return tr;
    }));
    catalog.empty.hidden = available.length > 0;
  }

  function progress(completed, total) {
    const fraction = total ? Math.min(completed / total, 1) : 0;
    catalog.bar.value = fraction;
    catalog.text.textContent = pulling + ": " + I18N.t("models.pulling", { percent: Math.floor(fraction * 100) });
  }

  // Pull `name`, following its progress; then the lists (and the chat picker) show it installed.
  async function pull(name) {
    if (pulling) return;
    pulling = name;
    catalog.rows.querySelectorAll("button.pull").forEach(b => { b.disabled = true; });
    catalog.error.hidden = true;
    catalog.status.hidden = false;
    progress(0, 0);
    try {
      await Api.stream("/v1/models/pull", { model: name }, event => {
        if (event.status === "downloading") progress(event.completed, event.total);
        else if (event.status === "success") progress(1, 1);
      });
      catalog.text.textContent = I18N.t("models.pulled", { name });
    } catch (e) {
      catalog.status.hidden = true;
      catalog.error.textContent = e.message;
      catalog.error.hidden = false;
    } finally {
      pulling = null;
      const models = await load();
      if (models.length) listeners.forEach(fn => fn(models));
    }
  }

  // An adapter's retraining from its feedback, and its rollback to the previous version.
  async function retrainAdapter() {
    const id = selected;
    const o = await Learning.runRetrain("/v1/adapters/" + encodeURIComponent(id), $("adapter-retrain"), actions.status);
    if (o && o.promoted && selected === id) show(id);
  }

  async function rollBack() {
    const id = selected;
    actions.status.className = "hint";
    try {
      const restored = await Api.send("/v1/adapters/" + encodeURIComponent(id) + "/rollback");
      actions.status.textContent = I18N.t("adapter.rolledback", { version: restored.version });
      if (selected === id) await show(id);
    } catch (e) {
      actions.status.textContent = e.message || String(e);
      actions.status.className = "error";
    }
  }
  $("adapter-retrain").addEventListener("click", retrainAdapter);
  $("adapter-rollback").addEventListener("click", rollBack);

  // fn(models) is called with the installed models after a pull.
  function onChange(fn) { listeners.push(fn); }

  return { load, show, kindOf, pull, onChange };
})();
