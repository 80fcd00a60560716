// The reports section: upload a CSV or JSONL of texts, pick a classifier, see the report (the same
// self-contained HTML page `kogata report` writes) and download it as HTML or PDF.
"use strict";
const Reports = (() => {
  const $ = id => document.getElementById(id);
  let lastHtml = null;

  function showError(error) {
    $("report-error").textContent = error ? error.message || String(error) : "";
    $("report-error").hidden = !error;
  }

  // Whether the section can work: the classifier API answers and lists at least one classifier.
  async function load() {
    let classifiers = [];
    try { classifiers = (await Api.json("/v1/classifiers")).data; } catch (_) { return false; }
    const select = $("report-classifier");
    const keep = select.value;
    select.replaceChildren(...classifiers.map(c => new Option(c.id, c.id)));
    if (classifiers.some(c => c.id === keep)) select.value = keep;
    $("report-none").hidden = classifiers.length > 0;
    $("report-form").hidden = classifiers.length === 0;
    return true;
  }

  function form(format) {
    const data = new FormData();
    data.append("file", $("report-file").files[0]);
    data.append("classifier", $("report-classifier").value);
    data.append("text_column", $("report-text-column").value.trim() || "text");
    if ($("report-date-column").value.trim()) data.append("date_column", $("report-date-column").value.trim());
    data.append("format", format);
    return data;
  }

  async function fetchReport(format) {
    const response = await Api.request("/v1/reports", { method: "POST", body: form(format) });
    if (!response.ok) {
      let message = "HTTP " + response.status;
      try { message = (await response.json()).error.message || message; } catch (_) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  }

  function download(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  const stem = () => ($("report-file").files[0].name.replace(/\.[^.]*$/, "") || "report") + "-report";

  async function make(event) {
    event.preventDefault();
    showError(null);
    $("report-make").disabled = true;
    $("report-status").textContent = I18N.t("report.working");
    try {
      lastHtml = await (await fetchReport("html")).text();
      $("report-frame").srcdoc = lastHtml;  // sandboxed: the page has no script and may run none
      $("report-result").hidden = false;
      $("report-status").textContent = "";
    } catch (e) {
      showError(e);
      $("report-status").textContent = "";
    } finally {
      $("report-make").disabled = false;
    }
  }

  async function pdf() {
    showError(null);
    try { download(await (await fetchReport("pdf")).blob(), stem() + ".pdf"); } catch (e) { showError(e); }
  }

  function init() {
    $("report-form").addEventListener("submit", make);
    $("report-download").addEventListener("click", () => {
      if (lastHtml) download(new Blob([lastHtml], { type: "text/html" }), stem() + ".html");
    });
    $("report-pdf").addEventListener("click", pdf);
  }

  return { init, load };
})();
