// The learning loop in the classifiers section: feedback on a classification (right / wrong and the
// right label), the out-of-scope trade-off curve with the threshold control, and the drift monitor.
"use strict";
const Learning = (() => {
  const $ = id => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const percent = x => (typeof x === "number" ? (100 * x).toFixed(1) + "%" : "");
  let answer = null;       // the classification feedback is about: {id, label}
  let labels = [];         // the selected classifier's labels
  let classifier = null;   // its name
  let onChanged = () => {};

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    return node;
  }

  function status(text, isError) {
    $("fb-status").textContent = text || "";
    $("fb-status").className = isError ? "error" : "hint";
  }

  // --- feedback on the last classification ---

  function showFeedback(result) {
    answer = result && result.id ? result : null;
    $("clf-feedback").hidden = !answer;
    status("");
    if (!answer) return;
    $("fb-label").replaceChildren(...labels.map(l => { const o = el("option", null, l); o.value = l; return o; }));
    $("fb-label").value = answer.label;
  }

  async function sendFeedback(body) {
    try {
      await Api.send("/v1/feedback", { id: answer.id, ...body });
      status(I18N.t("fb.thanks"));
      loadDrift();
    } catch (e) {
      status(e.message || String(e), true);
    }
  }

  // --- the operating point: curve of flagged share against accuracy on the rest ---

  function showOperating(name, detail) {
    classifier = name;
    labels = detail.labels || [];
    const scope = detail.out_of_scope || {};
    const curve = scope.curve || [];
    $("clf-operating").hidden = curve.length === 0;
    if (!curve.length) return;
    const point = scope.operating_point || {};
    $("op-now").textContent = I18N.t("op.now", { flagged: percent(point.flagged), accuracy: percent(point.accuracy_kept) })
      + (typeof point.out_of_scope_recall === "number" ? "; " + I18N.t("op.caught", { recall: percent(point.out_of_scope_recall) }) : "")
      + (point.chosen_by ? " (" + point.chosen_by + ")" : "");
    drawCurve(curve, point);
  }

  function drawCurve(curve, point) {
    const w = 280, h = 120, pad = 24;
    const maxFlag = Math.max(...curve.map(p => p.flagged), 0.01);
    const accs = curve.map(p => p.accuracy_kept);
    const lo = Math.min(...accs), hi = Math.max(...accs, lo + 0.01);
    const x = f => pad + (w - 2 * pad) * f / maxFlag;
    const y = a => h - pad - (h - 2 * pad) * (a - lo) / (hi - lo);
    const chart = $("op-curve");
    chart.replaceChildren(
      svg("line", { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, class: "axis" }),
      svg("line", { x1: pad, y1: pad, x2: pad, y2: h - pad, class: "axis" }),
      svg("polyline", { points: curve.map(p => x(p.flagged) + "," + y(p.accuracy_kept)).join(" "), class: "curve" }));
    if (typeof point.flagged === "number") chart.append(svg("circle", { cx: x(point.flagged), cy: y(point.accuracy_kept), r: 4, class: "point" }));
    for (const [text, tx, ty, anchor] of [[percent(lo), pad - 2, h - pad, "end"], [percent(hi), pad - 2, pad + 4, "end"],
      ["0%", pad, h - pad + 14, "middle"], [percent(maxFlag), w - pad, h - pad + 14, "middle"]]) {
      const t = svg("text", { x: tx, y: ty, "text-anchor": anchor, class: "tick" });
      t.textContent = text;
      chart.append(t);
    }
  }

  async function setTarget(event) {
    event.preventDefault();
    const target = parseFloat($("op-target").value) / 100;
    try {
      const detail = await Api.send("/v1/classifiers/" + encodeURIComponent(classifier), { in_scope_target: target }, "PATCH");
      onChanged(detail);
      $("op-error").hidden = true;
    } catch (e) {
      $("op-error").textContent = e.message || String(e);
      $("op-error").hidden = false;
    }
  }

  // --- retraining from feedback, in the server's background ---

  async function retrain() {
    const path = "/v1/classifiers/" + encodeURIComponent(classifier);
    const o = await runRetrain(path, $("retrain-button"), $("retrain-status"));
    if (o && o.promoted) onChanged(await Api.json(path));
  }

  // Start the retraining of the specialist at `path` (a classifier or an adapter) and follow its job,
  // saying how it went in `status`; its outcome, or null when it failed.
  async function runRetrain(path, button, status) {
    button.disabled = true;
    status.className = "hint";
    try {
      let job = await Api.send(path + "/retrain", {});
      while (job.status === "running") {
        status.textContent = I18N.t("retrain.running");
        await new Promise(resolve => setTimeout(resolve, 1000));
        job = await Api.json(path + "/retrain");
      }
      if (job.status === "failed") throw new Error(job.error);
      const o = job.outcome;
      status.textContent = I18N.t(o.promoted ? "retrain.promoted" : "retrain.kept", { version: o.version })
        + " (" + o.reason + ")";
      return o;
    } catch (e) {
      status.textContent = e.message || String(e);
      status.className = "error";
      return null;
    } finally {
      button.disabled = false;
    }
  }

  // --- drift ---

  function sparkline(series) {
    const w = 120, h = 28, top = Math.max(...series, 0.1);
    const chart = svg("svg", { width: w, height: h, class: "spark", viewBox: `0 0 ${w} ${h}` });
    if (series.length > 1) {
      const points = series.map((v, i) => (i * (w - 2) / (series.length - 1) + 1) + "," + (h - 2 - (h - 4) * v / top));
      chart.append(svg("polyline", { points: points.join(" ") }));
    }
    return chart;
  }

  async function loadDrift() {
    let found;
    try {
      found = (await Api.json("/v1/drift")).data;
    } catch (_) {
      $("drift-panel").hidden = true;
      return;
    }
    $("drift-panel").hidden = false;
    $("drift-none").hidden = found.length > 0;
    $("drift-rows").replaceChildren(...found.map(d => {
      const tr = el("tr");
      tr.dataset.specialist = d.specialist;
      const signals = Object.entries(d.signals).filter(([, s]) => s.value !== null)
        .map(([name, s]) => I18N.t("drift." + name) + " " + Number(s.value).toFixed(2)).join(", ");
      const chart = el("td");
      chart.append(sparkline(d.series));
      tr.append(el("td", null, d.specialist + (d.version ? " v" + d.version : "")), el("td", null, I18N.t("drift.kind." + d.kind)),
        el("td", "drift-state " + d.state, I18N.t("drift.state." + d.state)), el("td", null, String(d.answers)), chart,
        el("td", "drift-signals", signals));
      return tr;
    }));
  }

  // --- upstream answers kept for review ---

  async function loadPairs() {
    let pairs;
    try {
      pairs = (await Api.json("/v1/feedback/upstream?status=pending")).data;
    } catch (_) {
      $("pairs-panel").hidden = true;
      return;
    }
    $("pairs-panel").hidden = pairs.length === 0;
    const known = {};
    await Promise.all([...new Set(pairs.map(p => p.specialist).filter(Boolean))].map(async name => {
      try { known[name] = (await Api.json("/v1/classifiers/" + encodeURIComponent(name))).labels; } catch (_) { known[name] = []; }
    }));
    $("pairs-rows").replaceChildren(...pairs.map(p => {
      const tr = el("tr");
      tr.dataset.id = p.id;
      const pick = el("select", "pair-label");
      pick.append(el("option", null, "—"), ...(known[p.specialist] || []).map(l => { const o = el("option", null, l); o.value = l; return o; }));
      pick.options[0].value = "";
      const actions = el("td");
      for (const [status, key] of [["approved", "pairs.approve"], ["rejected", "pairs.reject"]]) {
        const button = el("button", "pair-" + status, I18N.t(key));
        button.type = "button";
        button.addEventListener("click", async () => {
          try {
            await Api.send("/v1/feedback/upstream/" + p.id, { status, label: pick.value || null }, "PATCH");
            loadPairs();
          } catch (e) {
            $("pairs-error").textContent = e.message || String(e);
            $("pairs-error").hidden = false;
          }
        });
        actions.append(button);
      }
      const label = el("td");
      label.append(pick);
      tr.append(el("td", null, p.reason), el("td", "pair-question", p.question), el("td", "pair-answer", p.answer), label, actions);
      return tr;
    }));
  }

  function init(changed) {
    onChanged = changed;
    $("fb-right").addEventListener("click", () => sendFeedback({ rating: 1 }));
    $("fb-wrong").addEventListener("click", () => sendFeedback({ rating: -1 }));
    $("fb-send").addEventListener("click", () => sendFeedback({ label: $("fb-label").value }));
    $("op-form").addEventListener("submit", setTarget);
    $("drift-refresh").addEventListener("click", loadDrift);
    $("retrain-button").addEventListener("click", retrain);
  }

  return { init, showFeedback, showOperating, loadDrift, loadPairs, runRetrain };
})();
