// The models section: installed models with their kind, and one model's details.
"use strict";
const Models = (() => {
  const rows = document.getElementById("model-rows");
  const details = document.getElementById("model-details");
  const hint = document.getElementById("details-hint");
  const error = document.getElementById("models-error");
  const FIELDS = ["name", "kind", "source", "architecture", "parameters", "quantization", "context_length",
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
      return list.data;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      return [];
    }
  }

  return { load, show, kindOf };
})();
