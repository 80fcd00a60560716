// Start-up: language, sections, and the model list both sections use.
"use strict";
(() => {
  const lang = document.getElementById("lang");
  lang.value = I18N.get();
  lang.addEventListener("change", () => I18N.set(lang.value));
  I18N.apply();

  const tabs = document.querySelectorAll("nav .tab");
  function showSection(name) {
    tabs.forEach(tab => tab.classList.toggle("active", tab.dataset.section === name));
    document.querySelectorAll(".section").forEach(s => { s.hidden = s.id !== name; });
    if (name === "models") Models.load();
  }
  tabs.forEach(tab => tab.addEventListener("click", () => showSection(tab.dataset.section)));

  Chat.init();
  I18N.onChange(() => { if (!document.getElementById("models").hidden) Models.load(); });
  Models.load().then(Chat.setModels);
})();
