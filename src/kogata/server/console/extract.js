// The extraction section: a JSON Schema and a text in, the extracted JSON out, with each copied value
// marked where it occurs in the text and the values found nowhere in it listed. Text reaches the page
// only as text nodes.
"use strict";
const Extract = (() => {
  const $ = id => document.getElementById(id);
  const SAMPLE = {
    type: "object", additionalProperties: false, required: ["invoice_number", "company", "total"],
    properties: {
      invoice_number: { type: ["string", "null"], description: "請求書番号" },
      company: { type: ["string", "null"], description: "請求元の会社名" },
      total: { type: ["string", "null"], description: "合計金額" },
    },
  };
  let last = null;  // {text, body}

  function showError(error) {
    $("ex-error").textContent = error ? error.message || String(error) : "";
    $("ex-error").hidden = !error;
  }

  // Every grounded span of the evidence, with the JSON pointer of its value.
  function spans(evidence, path = "") {
    if (!evidence || typeof evidence !== "object") return [];
    if ("grounded" in evidence && "value" in evidence) return evidence.grounded ? [{ ...evidence, path: path || "/" }] : [];
    return Object.entries(evidence).flatMap(([k, v]) => spans(v, `${path}/${k}`));
  }

  function render() {
    if (!last) return;
    const { text, body } = last;
    $("ex-data").textContent = JSON.stringify(body.data, null, 2);
    const view = $("ex-text-view");
    view.replaceChildren();
    let at = 0;
    const marks = spans(body.evidence).sort((a, b) => a.start - b.start);
    for (const span of marks) {
      if (span.start < at) continue;  // a value found inside another one's span
      view.append(document.createTextNode(text.slice(at, span.start)));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(span.start, span.end);
      mark.title = span.path;
      mark.dataset.path = span.path;
      view.append(mark);
      at = span.end;
    }
    view.append(document.createTextNode(text.slice(at)));
    const list = $("ex-ungrounded");
    list.replaceChildren(...body.ungrounded.map(p => {
      const li = document.createElement("li");
      li.textContent = p;
      return li;
    }));
    $("ex-ungrounded-none").hidden = body.ungrounded.length > 0;
    $("ex-result").hidden = false;
  }

  async function run(event) {
    event.preventDefault();
    showError(null);
    let schema;
    try {
      schema = JSON.parse($("ex-schema").value);
    } catch (e) {
      showError(new Error(I18N.t("ex.badSchema", { message: e.message })));
      return;
    }
    const text = $("ex-text").value;
    const body = { schema, text, strict: $("ex-strict").checked };
    if ($("ex-model").value) body.model = $("ex-model").value;
    $("ex-run").disabled = true;
    try {
      last = { text, body: await Api.send("/v1/extract", body) };
      render();
    } catch (e) {
      showError(e);
    } finally {
      $("ex-run").disabled = false;
    }
  }

  function setModels(models) {
    const select = $("ex-model");
    const previous = select.value;
    const names = models.filter(m => ["chat", "base", "adapter"].includes(Models.kindOf(m))).map(m => m.id);
    select.replaceChildren(new Option(I18N.t("ex.defaultModel"), ""), ...names.map(n => new Option(n, n)));
    if (names.includes(previous)) select.value = previous;
  }

  function init() {
    $("ex-schema").value = JSON.stringify(SAMPLE, null, 2);
    $("ex-form").addEventListener("submit", run);
    I18N.onChange(() => {
      if ($("ex-model").options.length) $("ex-model").options[0].text = I18N.t("ex.defaultModel");
    });
  }

  return { init, setModels };
})();
