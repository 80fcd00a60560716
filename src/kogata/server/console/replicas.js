// The Replicas panel (Models section): the processes serving kogata, from GET /v1/cluster: this one
// alone on one machine, each Ray Serve replica under `kogata serve --ray`, with its live figures.
// Refreshed every REFRESH_MS while the section is shown.
"use strict";
const Replicas = (() => {
  const $ = id => document.getElementById(id);
  const REFRESH_MS = 5000;
  const STATES = ["RUNNING", "STARTING", "UPDATING", "RECOVERING", "STOPPING", "UNHEALTHY"];
  let loading = false;

  function cell(text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function stateText(state) {
    return STATES.includes(state) ? I18N.t("replicas.state." + state) : state;
  }

  function row(replica) {
    const f = replica.figures;
    const tr = document.createElement("tr");
    tr.dataset.id = replica.id;
    tr.dataset.state = replica.state;
    const none = "–";
    tr.append(cell(replica.id, "replica-id"), cell(stateText(replica.state)), cell(replica.node || none),
      cell(f ? String(f.in_flight) : none, "num"), cell(f ? String(f.requests) : none, "num"),
      cell(f ? f.tokens_per_second.toFixed(1) : none, "num"), cell(f ? String(f.queued) : none, "num"));
    return tr;
  }

  async function load() {
    if (loading) return;
    loading = true;
    try {
      const cluster = await Api.json("/v1/cluster");
      // The engines: on Ray, the "replica" deployment (the front only passes requests on).
      const engines = cluster.replicas.filter(r => cluster.mode === "single" || r.deployment === "replica");
      $("replica-rows").replaceChildren(...engines.map(row));
      $("replicas-mode").textContent = cluster.mode === "single" ? I18N.t("replicas.single")
        : I18N.t("replicas.ray", { app: cluster.application, status: cluster.status, n: engines.length });
      $("replicas-mode").dataset.mode = cluster.mode;
      $("replicas-error").hidden = true;
    } catch (e) {
      $("replicas-error").textContent = e.message;
      $("replicas-error").hidden = false;
    } finally {
      loading = false;
    }
  }

  function init() {
    setInterval(() => { if (!$("models").hidden && !document.hidden) load(); }, REFRESH_MS);
    I18N.onChange(() => { if (!$("models").hidden) load(); });
  }

  return { init, load };
})();
