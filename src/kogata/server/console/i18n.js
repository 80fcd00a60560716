// UI text in Japanese and English; the browser's language by default, the user's choice kept.
"use strict";
const I18N = (() => {
  const TEXT = {
    en: {
      "lang": "Language", "tab.chat": "Chat", "tab.models": "Models",
      "chat.new": "New conversation", "chat.model": "Model", "chat.params": "Parameters",
      "chat.system": "System prompt", "chat.temperature": "Temperature", "chat.maxTokens": "Max tokens",
      "chat.placeholder": "Type a message (Ctrl+Enter to send)", "chat.send": "Send", "chat.stop": "Stop",
      "chat.untitled": "New conversation", "chat.delete": "Delete", "chat.stopped": "(stopped)",
      "chat.noModels": "No chat model is installed.", "chat.you": "You", "chat.assistant": "Assistant",
      "models.installed": "Installed models", "models.name": "Name", "models.kind": "Kind",
      "models.details": "Details", "models.pick": "Pick a model to see its details.",
      "kind.chat": "chat", "kind.base": "base", "kind.embedding": "embedding",
      "key.prompt": "This server needs an API key.", "key.placeholder": "API key (kg-...)",
      "key.save": "Save", "key.cancel": "Cancel", "key.missing": "An API key is needed.",
    },
    ja: {
      "lang": "言語", "tab.chat": "チャット", "tab.models": "モデル",
      "chat.new": "新しい会話", "chat.model": "モデル", "chat.params": "パラメーター",
      "chat.system": "システムプロンプト", "chat.temperature": "温度", "chat.maxTokens": "最大トークン数",
      "chat.placeholder": "メッセージを入力(Ctrl+Enter で送信)", "chat.send": "送信", "chat.stop": "停止",
      "chat.untitled": "新しい会話", "chat.delete": "削除", "chat.stopped": "(停止しました)",
      "chat.noModels": "チャットモデルがインストールされていません。", "chat.you": "あなた", "chat.assistant": "アシスタント",
      "models.installed": "インストール済みモデル", "models.name": "名前", "models.kind": "種類",
      "models.details": "詳細", "models.pick": "モデルを選ぶと詳細が表示されます。",
      "kind.chat": "チャット", "kind.base": "ベース", "kind.embedding": "埋め込み",
      "key.prompt": "このサーバーには API キーが必要です。", "key.placeholder": "API キー (kg-...)",
      "key.save": "保存", "key.cancel": "キャンセル", "key.missing": "API キーが必要です。",
    },
  };
  const stored = localStorage.getItem("kogata.lang");
  let lang = TEXT[stored] ? stored : ((navigator.language || "en").toLowerCase().startsWith("ja") ? "ja" : "en");
  const listeners = [];

  function t(key) { return (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key; }

  function apply(root = document) {
    document.documentElement.lang = lang;
    root.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll("[data-i18n-placeholder]").forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  }

  function set(next) {
    if (!TEXT[next]) return;
    lang = next;
    localStorage.setItem("kogata.lang", lang);
    apply();
    listeners.forEach(fn => fn(lang));
  }

  return { t, apply, set, get: () => lang, onChange: fn => listeners.push(fn) };
})();
