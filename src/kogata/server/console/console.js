// Start-up: language, sections, and the model list the sections use. A section whose API does not
// answer (a feature this server lacks) keeps its tab hidden.
"use strict";
(() => {
  const lang = document.getElementById("lang");
  lang.value = I18N.get();
  lang.addEventListener("change", () => I18N.set(lang.value));
  I18N.apply();

  const tabs = document.querySelectorAll("nav .tab");
  const loaders = { models: () => { Models.load(); Replicas.load(); }, kb: KB.load, classify: Classify.load, reports: Reports.load };
  const current = () => [...tabs].find(tab => tab.classList.contains("active")).dataset.section;
  function showSection(name) {
    tabs.forEach(tab => tab.classList.toggle("active", tab.dataset.section === name));
    document.querySelectorAll(".section").forEach(s => { s.hidden = s.id !== name; });
    if (loaders[name]) loaders[name]();
  }
  tabs.forEach(tab => tab.addEventListener("click", () => showSection(tab.dataset.section)));

  Chat.init();
  Autocomplete.attach();
  KB.init();
  Classify.init();
  Reports.init();
  Extract.init();
  Replicas.init();
  I18N.onChange(() => { if (current() === "models") Models.load(); });
  Models.onChange(models => { Chat.setModels(models); KB.setModels(models); Extract.setModels(models); });
  Models.load().then(async models => {
    Chat.setModels(models);
    KB.setModels(models);
    Extract.setModels(models);
    // Probed one after the other, after the model list: a server that needs a key has it by now.
    document.getElementById("tab-kb").hidden = !(await Api.available("/v1/kb/collections"));
    document.getElementById("tab-classify").hidden = !(await Classify.load());
    document.getElementById("tab-reports").hidden = !(await Reports.load());
    document.body.dataset.ready = "1";
  });
})();
