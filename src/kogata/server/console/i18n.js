// UI text in Japanese and English; the browser's language by default, the user's choice kept.
"use strict";
const I18N = (() => {
  const TEXT = {
    en: {
      "lang": "Language", "tab.chat": "Chat", "tab.models": "Models",
      "chat.new": "New conversation", "chat.model": "Model", "chat.autocomplete": "Autocomplete", "chat.params": "Parameters",
      "chat.system": "System prompt", "chat.temperature": "Temperature", "chat.maxTokens": "Max tokens",
      "chat.placeholder": "Type a message (Ctrl+Enter to send)", "chat.send": "Send", "chat.stop": "Stop",
      "chat.untitled": "New conversation", "chat.delete": "Delete", "chat.stopped": "(stopped)",
      "chat.noModels": "No chat model is installed.", "chat.you": "You", "chat.assistant": "Assistant",
      "models.installed": "Installed models", "models.name": "Name", "models.kind": "Kind",
      "models.details": "Details", "models.pick": "Pick a model to see its details.",
      "kind.chat": "chat", "kind.base": "base", "kind.embedding": "embedding", "kind.adapter": "adapter",
      "key.prompt": "This server needs an API key.", "key.placeholder": "API key (kg-...)",
      "key.save": "Save", "key.cancel": "Cancel", "key.missing": "An API key is needed.",
      "net.failed": "The server could not be reached.", "chat.auto": "auto (routed)",
      "models.catalog": "Available to pull", "models.size": "Size", "models.description": "Description",
      "models.pull": "Pull", "models.pulling": "Downloading… {percent}%", "models.pulled": "{name} installed.",
      "models.allInstalled": "Every catalog model is installed.",
      "tab.kb": "Knowledge base", "tab.classify": "Classifiers & routing",
      "kb.collections": "Collections", "kb.none": "No collection yet: create one below.",
      "kb.newName": "New collection name", "kb.embedding": "Embedding model", "kb.create": "Create",
      "kb.pick": "Create or pick a collection.", "kb.delete": "Delete collection",
      "kb.confirmDelete": "Delete the collection \u201c{name}\u201d and all its documents?",
      "kb.nDocuments": "{n} documents", "kb.nDocuments.one": "1 document", "kb.nChunks": "{n} chunks", "kb.nChunks.one": "1 chunk",
      "kb.documents": "Documents", "kb.upload": "Upload", "kb.files": "Files",
      "kb.uploading": "Uploading… {percent}%", "kb.ingesting": "Uploaded; reading and indexing…",
      "kb.added": "Added", "kb.replaced": "Replaced", "kb.unchanged": "Unchanged", "kb.failed": "Failed",
      "kb.report": "{seconds} s, {chunks} chunks", "kb.noDocuments": "No documents yet: upload some files.",
      "kb.source": "Source", "kb.title": "Title", "kb.chunks": "Chunks", "kb.deleteDoc": "Delete document",
      "kb.search": "Search", "kb.query": "Search the documents", "kb.noResults": "Nothing found.",
      "kb.score": "score", "kb.page": "page {page}",
      "kb.ask": "Ask", "kb.question": "Ask a question about the documents",
      "kb.unsupported": "The documents do not cover this question.", "kb.sources": "Sources",
      "kb.citation": "Source [{index}]", "kb.answeredBy": "Answered by {model}",
      "clf.title": "Classifiers", "clf.none": "No classifier is trained yet. Train one from a CSV or JSONL of examples (columns text, label):",
      "clf.labels": "Labels", "clf.examples": "Examples", "clf.accuracy": "Accuracy", "clf.report": "Training report",
      "clf.try": "Try it", "clf.input": "A text to classify", "clf.classify": "Classify",
      "clf.label": "Label", "clf.confidence": "Confidence", "clf.outOfScope": "Out of scope",
      "clf.inScope": "In scope", "clf.alternatives": "Alternatives", "clf.unavailable": "This server has no classifier API.",
      "fb.right": "Right", "fb.wrong": "Wrong", "fb.should": "The right label", "fb.send": "Send", "fb.thanks": "Thank you: kept.",
      "op.title": "Out-of-scope threshold", "op.hint": "Held-out texts: the share flagged out of scope against the accuracy on the rest.",
      "op.now": "Now: flags {flagged} of held-out texts, {accuracy} right of the rest", "op.target": "Accuracy to keep (%)", "op.caught": "catches {recall} of the out-of-scope examples", "op.apply": "Apply",
      "drift.title": "Drift", "drift.none": "No specialist has answered yet.", "drift.specialist": "Specialist",
      "drift.stateHead": "State", "drift.answers": "Answers", "drift.trend": "Out of scope / refused, per 50", "drift.signals": "Signals",
      "drift.state.ok": "ok", "drift.state.watch": "watch", "drift.state.drifting": "drifting",
      "drift.kind.classifier": "classifier", "drift.kind.collection": "collection", "drift.kind.extractor": "extractor",
      "drift.out_of_scope": "out of scope (CUSUM)", "drift.errors": "corrections (CUSUM)", "drift.confidence_psi": "confidence PSI",
      "drift.refusals": "refusals", "drift.disagreement": "disagreement",
      "pairs.title": "Upstream answers to review", "pairs.question": "Question", "pairs.answer": "Answer",
      "pairs.hint": "Kept redacted, as they left and came back. Approved with a label, a question trains its classifier.",
      "pairs.approve": "Approve", "pairs.reject": "Reject",
      "retrain.start": "Retrain from feedback", "retrain.running": "Retraining…",
      "retrain.promoted": "Version {version} promoted", "retrain.kept": "Version {version} kept",
      "adapter.rollback": "Roll back", "adapter.rolledback": "Version {version} restored",
      "audit.title": "Audit log of upstream calls", "audit.empty": "No upstream calls recorded: nothing has left this machine.",
      "audit.time": "Time", "audit.reason": "Reason", "audit.model": "Upstream", "audit.redacted": "Redacted",
      "audit.outcome": "Outcome", "audit.sent": "Sent (redacted)", "audit.refresh": "Refresh",
      "audit.unavailable": "This server has no audit API.",
      "tab.reports": "Reports", "report.title": "Reports", "report.none": "A report needs a classifier. Train one first:",
      "report.file": "CSV or JSONL of texts", "report.classifier": "Classifier", "report.textColumn": "Text column",
      "report.dateColumn": "Date column (optional)", "report.make": "Make report", "report.working": "Classifying…",
      "report.download": "Download HTML", "report.pdf": "Download PDF",
      "tab.extract": "Extract", "ex.title": "Extract data from a text", "ex.schema": "JSON Schema of the data",
      "ex.text": "Text", "ex.strict": "Strict: drop values not found in the text", "ex.run": "Extract",
      "ex.data": "Data", "ex.where": "Where each value is", "ex.ungrounded": "Not found in the text",
      "ex.allGrounded": "Every value was found in the text.", "ex.defaultModel": "default (gemma3-270m)",
      "ex.badSchema": "The schema is not valid JSON: {message}",
    },
    ja: {
      "lang": "言語", "tab.chat": "チャット", "tab.models": "モデル",
      "chat.new": "新しい会話", "chat.model": "モデル", "chat.autocomplete": "入力補完", "chat.params": "パラメーター",
      "chat.system": "システムプロンプト", "chat.temperature": "温度", "chat.maxTokens": "最大トークン数",
      "chat.placeholder": "メッセージを入力(Ctrl+Enter で送信)", "chat.send": "送信", "chat.stop": "停止",
      "chat.untitled": "新しい会話", "chat.delete": "削除", "chat.stopped": "(停止しました)",
      "chat.noModels": "チャットモデルがインストールされていません。", "chat.you": "あなた", "chat.assistant": "アシスタント",
      "models.installed": "インストール済みモデル", "models.name": "名前", "models.kind": "種類",
      "models.details": "詳細", "models.pick": "モデルを選ぶと詳細が表示されます。",
      "kind.chat": "チャット", "kind.base": "ベース", "kind.embedding": "埋め込み", "kind.adapter": "アダプター",
      "key.prompt": "このサーバーには API キーが必要です。", "key.placeholder": "API キー (kg-...)",
      "key.save": "保存", "key.cancel": "キャンセル", "key.missing": "API キーが必要です。",
      "net.failed": "サーバーに接続できませんでした。", "chat.auto": "auto(自動振り分け)",
      "models.catalog": "ダウンロードできるモデル", "models.size": "サイズ", "models.description": "説明",
      "models.pull": "ダウンロード", "models.pulling": "ダウンロード中… {percent}%", "models.pulled": "{name} をインストールしました。",
      "models.allInstalled": "カタログのモデルはすべてインストール済みです。",
      "tab.kb": "ナレッジベース", "tab.classify": "分類器とルーティング",
      "kb.collections": "コレクション", "kb.none": "コレクションはまだありません。下で作成してください。",
      "kb.newName": "新しいコレクション名", "kb.embedding": "埋め込みモデル", "kb.create": "作成",
      "kb.pick": "コレクションを作成するか選んでください。", "kb.delete": "コレクションを削除",
      "kb.confirmDelete": "コレクション「{name}」とそのすべての文書を削除しますか?",
      "kb.nDocuments": "文書 {n} 件", "kb.nDocuments.one": "文書 1 件", "kb.nChunks": "チャンク {n} 個", "kb.nChunks.one": "チャンク 1 個",
      "kb.documents": "文書", "kb.upload": "アップロード", "kb.files": "ファイル",
      "kb.uploading": "アップロード中… {percent}%", "kb.ingesting": "アップロード完了。読み込みと索引付けの最中です…",
      "kb.added": "追加", "kb.replaced": "置換", "kb.unchanged": "変更なし", "kb.failed": "失敗",
      "kb.report": "{seconds} 秒、チャンク {chunks} 個", "kb.noDocuments": "文書はまだありません。ファイルをアップロードしてください。",
      "kb.source": "ソース", "kb.title": "タイトル", "kb.chunks": "チャンク", "kb.deleteDoc": "文書を削除",
      "kb.search": "検索", "kb.query": "文書を検索", "kb.noResults": "見つかりませんでした。",
      "kb.score": "スコア", "kb.page": "{page} ページ",
      "kb.ask": "質問", "kb.question": "文書について質問する",
      "kb.unsupported": "文書にはこの質問の答えがありません。", "kb.sources": "出典",
      "kb.citation": "出典 [{index}]", "kb.answeredBy": "回答モデル: {model}",
      "clf.title": "分類器", "clf.none": "学習済みの分類器はまだありません。例文の CSV か JSONL(列 text, label)から学習させます:",
      "clf.labels": "ラベル", "clf.examples": "例文数", "clf.accuracy": "正解率", "clf.report": "学習レポート",
      "clf.try": "試す", "clf.input": "分類するテキスト", "clf.classify": "分類",
      "clf.label": "ラベル", "clf.confidence": "確信度", "clf.outOfScope": "対象外",
      "clf.inScope": "対象内", "clf.alternatives": "他の候補", "clf.unavailable": "このサーバーには分類器の API がありません。",
      "fb.right": "正しい", "fb.wrong": "誤り", "fb.should": "正しいラベル", "fb.send": "送信", "fb.thanks": "ありがとうございます。記録しました。",
      "op.title": "対象外のしきい値", "op.hint": "評価用テキストで、対象外とする割合と残りの正解率の関係です。",
      "op.now": "現在: 評価用テキストの {flagged} を対象外とし、残りの {accuracy} が正解", "op.target": "保つ正解率 (%)", "op.caught": "対象外の例の {recall} を検出", "op.apply": "適用",
      "drift.title": "ドリフト", "drift.none": "まだどの専門モデルも回答していません。", "drift.specialist": "専門モデル",
      "drift.stateHead": "状態", "drift.answers": "回答数", "drift.trend": "対象外・回答不能の割合 (50件ごと)", "drift.signals": "指標",
      "drift.state.ok": "正常", "drift.state.watch": "注意", "drift.state.drifting": "ドリフト",
      "drift.kind.classifier": "分類器", "drift.kind.collection": "コレクション", "drift.kind.extractor": "抽出",
      "drift.out_of_scope": "対象外 (CUSUM)", "drift.errors": "訂正 (CUSUM)", "drift.confidence_psi": "確信度 PSI",
      "drift.refusals": "回答不能", "drift.disagreement": "不一致",
      "pairs.title": "確認待ちの上位モデルの回答", "pairs.question": "質問", "pairs.answer": "回答",
      "pairs.hint": "送受信したとおり、個人情報を伏せた形で保存しています。ラベル付きで承認した質問は分類器の学習に使われます。",
      "pairs.approve": "承認", "pairs.reject": "却下",
      "retrain.start": "フィードバックから再学習", "retrain.running": "再学習中…",
      "retrain.promoted": "バージョン {version} に更新しました", "retrain.kept": "バージョン {version} のままです",
      "adapter.rollback": "前のバージョンに戻す", "adapter.rolledback": "バージョン {version} に戻しました",
      "audit.title": "外部モデル呼び出しの監査ログ", "audit.empty": "外部呼び出しの記録はありません。このマシンから外に出たデータはありません。",
      "audit.time": "時刻", "audit.reason": "理由", "audit.model": "送信先", "audit.redacted": "マスキング",
      "audit.outcome": "結果", "audit.sent": "送信内容(マスキング済み)", "audit.refresh": "更新",
      "audit.unavailable": "このサーバーには監査ログの API がありません。",
      "tab.reports": "レポート", "report.title": "レポート", "report.none": "レポートには分類器が必要です。まず学習させてください:",
      "report.file": "テキストの CSV か JSONL", "report.classifier": "分類器", "report.textColumn": "テキストの列",
      "report.dateColumn": "日付の列(任意)", "report.make": "レポートを作成", "report.working": "分類しています…",
      "report.download": "HTML をダウンロード", "report.pdf": "PDF をダウンロード",
      "tab.extract": "抽出", "ex.title": "テキストからデータを抽出", "ex.schema": "データの JSON スキーマ",
      "ex.text": "テキスト", "ex.strict": "厳密: テキストにない値を除く", "ex.run": "抽出",
      "ex.data": "データ", "ex.where": "各値の位置", "ex.ungrounded": "テキストに見つからない値",
      "ex.allGrounded": "すべての値がテキスト中に見つかりました。", "ex.defaultModel": "既定 (gemma3-270m)",
      "ex.badSchema": "スキーマが正しい JSON ではありません: {message}",
    },
  };
  const stored = localStorage.getItem("kogata.lang");
  let lang = TEXT[stored] ? stored : ((navigator.language || "en").toLowerCase().startsWith("ja") ? "ja" : "en");
  const listeners = [];

  // The text of `key`, with {name} placeholders filled from `values`.
  function t(key, values) {
    const text = (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
    return values ? text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m)) : text;
  }

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
