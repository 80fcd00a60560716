"""The texts of the mixed soak (benchmarks/soak.py): knowledge-base documents and questions, the
classifier's training rows and test texts, embedding inputs and texts with personal data to redact, each
in Japanese and English. Plain data, no logic beyond assembling it.

The knowledge base is the handbook of a fictional coffee roaster, "Kogata Coffee": one topic per
document, a Japanese and an English version of each, so that questions in either language find their
answers (and some questions are about things the handbook never mentions: the refusal path).
"""

from __future__ import annotations

# per topic: (source, Japanese title, Japanese text, English title, English text)
_TOPICS = [
    (
        "shipping",
        "配送について",
        "ご注文の商品は、決済の確認後2営業日以内に発送します。送料は全国一律500円で、"
        "5,000円以上のご注文は送料無料です。沖縄と離島へのお届けには追加で3日ほどかかります。",
        "Shipping",
        "Orders ship within two business days after payment is confirmed. Shipping costs a flat 500 yen anywhere "
        "in Japan and is free on orders of 5,000 yen or more. Deliveries to Okinawa and remote islands take "
        "about three extra days.",
    ),
    (
        "returns",
        "返品と交換",
        "未開封の商品は、到着から14日以内であれば返品できます。開封済みのコーヒー豆は返品できませんが、"
        "品質に問題がある場合は無料で交換します。返品の送料はお客様のご負担です。",
        "Returns and exchanges",
        "Unopened items can be returned within 14 days of delivery. Opened coffee beans cannot be returned, but "
        "we replace them free of charge if there is a quality problem. The customer pays the return shipping.",
    ),
    (
        "hours",
        "店舗の営業時間",
        "京都の本店は毎日午前8時から午後7時まで営業しています。毎月第2水曜日は焙煎機の点検のため定休日です。"
        "年末年始は12月31日から1月3日までお休みします。",
        "Store hours",
        "The main store in Kyoto is open every day from 8 a.m. to 7 p.m. It is closed on the second Wednesday of "
        "each month for roaster maintenance. Over the New Year holidays it closes from December 31 to January 3.",
    ),
    (
        "roasting",
        "焙煎の方法",
        "当店の豆は小型の直火式焙煎機で、1回5キロずつ焙煎しています。浅煎り、中煎り、深煎りの3種類があり、"
        "焙煎日は袋のラベルに記載しています。",
        "How we roast",
        "Our beans are roasted in a small direct-flame roaster, five kilograms per batch. There are three roast "
        "levels, light, medium and dark, and the roast date is printed on the label of each bag.",
    ),
    (
        "storage",
        "豆の保存方法",
        "開封後の豆は密閉容器に入れ、直射日光を避けて常温で保存してください。"
        "2週間以内に飲み切れない場合は冷凍保存をおすすめします。冷蔵庫は湿気が多いので避けてください。",
        "Storing beans",
        "After opening, keep the beans in an airtight container at room temperature, away from direct sunlight. "
        "If you cannot finish them within two weeks, we recommend freezing them. Avoid the refrigerator, which "
        "is humid.",
    ),
    (
        "subscription",
        "定期便",
        "定期便では、2週間ごとまたは毎月、選んだ豆をお届けします。定期便の価格は通常より10%お得です。"
        "次回発送日の5日前までであれば、マイページからいつでも変更や解約ができます。",
        "Subscription",
        "The subscription delivers the beans you choose every two weeks or every month, at 10% below the regular "
        "price. You can change or cancel it on your account page at any time up to five days before the next "
        "shipment.",
    ),
    (
        "payment",
        "お支払い方法",
        "クレジットカード、コンビニ払い、銀行振込に対応しています。銀行振込の場合は、"
        "入金を確認してから商品を発送します。領収書は注文履歴のページからダウンロードできます。",
        "Payment",
        "We accept credit cards, convenience store payment and bank transfer. With bank transfer, we ship once "
        "the payment has arrived. Receipts can be downloaded from the order history page.",
    ),
    (
        "wholesale",
        "業務用の卸売",
        "カフェやレストラン向けに、1キロ単位で業務用の豆を卸しています。月に10キロ以上ご注文いただく場合は、"
        "卸売価格が適用されます。抽出指導のための訪問も承ります。",
        "Wholesale",
        "We sell beans wholesale to cafes and restaurants in one-kilogram bags. Orders of ten kilograms or more "
        "a month get the wholesale price. We can also visit to train your staff in brewing.",
    ),
    (
        "grinding",
        "豆の挽き方",
        "ご注文時に、豆のまま、中細挽き、細挽きから選べます。ペーパードリップには中細挽き、"
        "エスプレッソには細挽きが向いています。挽いた豆は香りが早く抜けるため、1週間以内にお使いください。",
        "Grind options",
        "When ordering you can choose whole beans, medium-fine or fine grind. Medium-fine suits paper drip and "
        "fine suits espresso. Ground coffee loses its aroma quickly, so use it within a week.",
    ),
    (
        "gift",
        "ギフト包装",
        "ギフト用の包装とメッセージカードを1件300円で承ります。のし紙も無料でお付けできます。"
        "ギフトの明細書には金額を記載しません。",
        "Gift wrapping",
        "Gift wrapping with a message card costs 300 yen per order. A noshi wrapping paper can be added for "
        "free. Gift packing slips do not show prices.",
    ),
    (
        "origin",
        "豆の産地",
        "エチオピア、コロンビア、グアテマラ、インドネシアの農園から、生豆を直接買い付けています。"
        "農園とは長期契約を結び、品質に応じた価格を支払っています。",
        "Where the beans come from",
        "We buy green beans directly from farms in Ethiopia, Colombia, Guatemala and Indonesia. We have "
        "long-term contracts with the farms and pay prices based on quality.",
    ),
    (
        "workshop",
        "コーヒー教室",
        "本店では毎週土曜日の午後2時から、ハンドドリップのコーヒー教室を開いています。参加費は2,000円で、"
        "定員は6名です。予約はウェブサイトから受け付けています。",
        "Coffee workshop",
        "The main store holds a hand-drip coffee workshop every Saturday at 2 p.m. It costs 2,000 yen and takes "
        "six people. Book a place on the website.",
    ),
    (
        "points",
        "ポイント制度",
        "お買い物100円ごとに1ポイントが貯まり、1ポイントは1円として次回のお買い物に使えます。"
        "ポイントの有効期限は最後のお買い物から1年間です。",
        "Loyalty points",
        "You earn one point for every 100 yen you spend, and each point is worth one yen on your next purchase. "
        "Points expire one year after your last purchase.",
    ),
    (
        "decaf",
        "カフェインレス",
        "カフェインレスの豆は、薬品を使わないスイスウォーター製法で作られています。"
        "カフェインを99.9%取り除いていますが、風味はしっかり残っています。",
        "Decaf",
        "Our decaf beans are made with the chemical-free Swiss Water process. It removes 99.9% of the caffeine "
        "while keeping the flavour.",
    ),
    (
        "equipment",
        "抽出器具の保証",
        "当店で販売しているグラインダーとドリッパーには1年間の保証が付いています。"
        "保証期間中の故障は無料で修理します。保証書は商品に同梱されています。",
        "Equipment warranty",
        "The grinders and drippers we sell come with a one-year warranty. Faults during the warranty are "
        "repaired free of charge. The warranty card comes in the box.",
    ),
    (
        "account",
        "会員登録",
        "会員登録は無料で、メールアドレスとパスワードだけでできます。パスワードを忘れた場合は、"
        "ログイン画面の再設定リンクから新しいパスワードを設定してください。",
        "Your account",
        "Creating an account is free and needs only an e-mail address and a password. If you forget your "
        "password, set a new one with the reset link on the login page.",
    ),
    (
        "allergy",
        "アレルギー表示",
        "焼き菓子には小麦、卵、乳、アーモンドが含まれています。コーヒー豆と同じ工場で製造しているため、"
        "ナッツ類が混入する可能性があります。",
        "Allergens",
        "Our baked goods contain wheat, egg, milk and almonds. They are made in the same facility as the coffee, "
        "so they may contain traces of nuts.",
    ),
    (
        "delivery-time",
        "配達時間の指定",
        "配達時間は、午前中、14時から16時、16時から18時、18時から21時から指定できます。"
        "ポスト投函の商品は時間指定ができません。",
        "Delivery time slots",
        "You can choose a delivery slot: morning, 2-4 p.m., 4-6 p.m. or 6-9 p.m. Items delivered to the mailbox "
        "cannot have a time slot.",
    ),
]


def kb_documents() -> list[dict]:
    """The knowledge base's documents (36: each topic in Japanese and in English), for POST .../documents."""
    docs = []
    for source, ja_title, ja_text, en_title, en_text in _TOPICS:
        docs.append({"source": f"{source}.ja.md", "title": ja_title, "text": ja_text, "metadata": {"lang": "ja"}})
        docs.append({"source": f"{source}.en.md", "title": en_title, "text": en_text, "metadata": {"lang": "en"}})
    return docs


KB_QUESTIONS_JA = [
    "送料はいくらですか？", "開封したコーヒー豆は返品できますか？", "本店の定休日はいつですか？",
    "焙煎日はどこに書いてありますか？", "豆は冷蔵庫で保存してもいいですか？", "定期便はいつまでに解約できますか？",
    "銀行振込の場合、いつ発送されますか？", "卸売価格の条件を教えてください。", "エスプレッソにはどの挽き方がいいですか？",
    "ギフト包装の料金はいくらですか？", "コーヒー教室の参加費はいくらですか？", "ポイントの有効期限はいつまでですか？",
    "カフェインレスはどうやって作っていますか？", "グラインダーの保証期間は何年ですか？", "パスワードを忘れました。どうすればいいですか？",
    "焼き菓子にはどんなアレルゲンが含まれていますか？", "配達時間は指定できますか？", "豆はどこの国から仕入れていますか？",
    "東京に支店はありますか？", "紅茶の茶葉は販売していますか？",  # not in the handbook: refusals
]
KB_QUESTIONS_EN = [
    "How much does shipping cost?", "Can I return opened coffee beans?", "When is the main store closed?",
    "Where is the roast date printed?", "Should I keep beans in the refrigerator?", "How late can I cancel my subscription?",
    "When do you ship if I pay by bank transfer?", "Who gets the wholesale price?", "Which grind is best for espresso?",
    "How much is gift wrapping?", "How much does the coffee workshop cost?", "When do loyalty points expire?",
    "How is the decaf made?", "How long is the grinder warranty?", "I forgot my password. What should I do?",
    "Which allergens are in the baked goods?", "Can I choose a delivery time?", "Which countries do the beans come from?",
    "Do you have a branch in Osaka?", "Do you sell green tea?",  # not in the handbook: refusals
]

# The classifier: what a customer message is about. 12 rows per label, half Japanese, half English.
CLASSIFIER_ROWS = [
    ("billing", "請求額が二重に引き落とされています。"), ("billing", "領収書を発行してもらえますか？"),
    ("billing", "クレジットカードの支払いがエラーになりました。"), ("billing", "請求書の金額が注文と違います。"),
    ("billing", "コンビニ払いの期限を過ぎてしまいました。"), ("billing", "返金はいつ口座に振り込まれますか？"),
    ("billing", "I was charged twice for one order."), ("billing", "Can you send me a receipt for my purchase?"),
    ("billing", "My credit card payment was declined."), ("billing", "The invoice amount does not match my order."),
    ("billing", "When will my refund reach my bank account?"), ("billing", "Why was I billed for shipping?"),
    ("shipping", "注文した商品がまだ届きません。"), ("shipping", "配送状況を確認したいです。"),
    ("shipping", "届け先の住所を変更できますか？"), ("shipping", "荷物が壊れた状態で届きました。"),
    ("shipping", "配達日を指定したいです。"), ("shipping", "沖縄まで何日かかりますか？"),
    ("shipping", "My package has not arrived yet."), ("shipping", "Where can I track my delivery?"),
    ("shipping", "Can I change the delivery address?"), ("shipping", "The box arrived damaged."),
    ("shipping", "Can you deliver on Saturday morning?"), ("shipping", "How long does delivery to Hokkaido take?"),
    ("account", "パスワードを忘れてログインできません。"), ("account", "登録したメールアドレスを変更したいです。"),
    ("account", "退会の手続きを教えてください。"), ("account", "会員情報の住所を更新したいです。"),
    ("account", "ログインするとエラーが表示されます。"), ("account", "ポイント残高を確認したいです。"),
    ("account", "I forgot my password and cannot log in."), ("account", "How do I change my e-mail address?"),
    ("account", "Please delete my account."), ("account", "I want to update the address in my profile."),
    ("account", "The login page shows an error."), ("account", "How many points do I have?"),
    ("product", "浅煎りの豆でおすすめはありますか？"), ("product", "カフェインレスの豆はありますか？"),
    ("product", "この豆に合う挽き方を教えてください。"), ("product", "エチオピアの豆の味の特徴は？"),
    ("product", "ドリッパーの在庫はありますか？"), ("product", "深煎りと中煎りの違いは何ですか？"),
    ("product", "Which light roast do you recommend?"), ("product", "Do you have decaf beans?"),
    ("product", "What grind should I use for a French press?"), ("product", "What does the Ethiopian coffee taste like?"),
    ("product", "Is the ceramic dripper in stock?"), ("product", "What is the difference between medium and dark roast?"),
]
CLASSIFIER_LABELS = sorted({label for label, _ in CLASSIFIER_ROWS})

CLASSIFY_TEXTS = [
    "先月の請求に身に覚えのない金額があります。", "支払い方法を銀行振込に変えたいです。", "荷物の追跡番号を教えてください。",
    "配達予定日を過ぎても届きません。", "ログインできなくなりました。", "メールアドレスを登録し直したいです。",
    "酸味の少ない豆を探しています。", "エスプレッソ向けの豆はどれですか？", "明日の天気はどうですか？",
    "I think I was overcharged this month.", "Can I pay by bank transfer instead?", "What is my tracking number?",
    "The delivery is late by a week.", "I am locked out of my account.", "Which beans are the least acidic?",
    "Do you sell espresso blends?", "What is the capital of France?", "お問い合わせ番号 12345 の件、返金はまだですか？",
]

EMBED_TEXTS_JA = [
    "京都の本店は毎日午前8時から営業しています。", "送料は全国一律500円です。", "開封後の豆は密閉容器で保存してください。",
    "定期便はいつでも解約できます。", "コーヒー教室は毎週土曜日に開いています。", "エチオピアの農園から生豆を買い付けています。",
    "深煎りの豆は苦味が強く、酸味が少ないです。", "パスワードを忘れた場合は再設定してください。", "今日はいい天気ですね。",
    "東京駅から京都駅までは新幹線で約2時間15分です。", "この文章は埋め込みベクトルの計算に使われます。",
]
EMBED_TEXTS_EN = [
    "The main store opens at 8 a.m. every day.", "Shipping is a flat 500 yen anywhere in Japan.",
    "Keep opened beans in an airtight container.", "You can cancel the subscription at any time.",
    "The coffee workshop is held every Saturday.", "We buy green beans directly from farms in Ethiopia.",
    "Dark roasts taste more bitter and less acidic.", "Reset your password with the link on the login page.",
    "It is a lovely day today.", "The quick brown fox jumps over the lazy dog.",
]

# Texts with personal data; each has values that must not survive redaction (e-mail addresses and
# phone numbers, which the redactor finds by pattern) besides names and addresses it may also replace.
REDACT_TEXTS = [
    ("山田太郎様、ご注文ありがとうございます。確認のメールを taro.yamada@example.jp にお送りしました。", ["taro.yamada@example.jp"]),
    ("お問い合わせは 090-1234-5678 までお電話ください。担当の佐藤が対応します。", ["090-1234-5678"]),
    ("〒604-8005 京都府京都市中京区河原町通三条上る 鈴木花子 様 電話 075-123-4567", ["075-123-4567"]),
    ("田中一郎さんのメールアドレスは ichiro.tanaka@example.co.jp、携帯は 080-9876-5432 です。",
     ["ichiro.tanaka@example.co.jp", "080-9876-5432"]),
    ("配送先: 東京都千代田区丸の内1-1-1 高橋 美咲（連絡先 03-1111-2222）", ["03-1111-2222"]),
    ("返金の件で、中村 健 様（ken.nakamura@example.com）からご連絡がありました。", ["ken.nakamura@example.com"]),
    ("Hello, this is John Smith. You can reach me at john.smith@example.com or 090-2222-3333.",
     ["john.smith@example.com", "090-2222-3333"]),
    ("Please send the invoice to Mary Johnson, mary.j@example.org, before Friday.", ["mary.j@example.org"]),
    ("Call our Kyoto store on 075-765-4321 and ask for Emily Brown.", ["075-765-4321"]),
    ("今日は良い天気なので、午後から散歩に行く予定です。", []),  # nothing personal
    ("The workshop starts at 2 p.m. and costs 2,000 yen.", []),
]

# Chat questions in Japanese (the English ones are serve_load.QUESTIONS)
CHAT_QUESTIONS_JA = [
    "ハッシュテーブルの仕組みを詳しく説明してください。", "灯台守が瓶に入った手紙を見つける短い物語を書いてください。",
    "インフレの主な原因は何ですか？歴史上の例を挙げてください。", "水の循環を小学生にもわかるように説明してください。",
    "ウェブサーバーを書くのに Python と Rust のどちらが向いていますか？", "京都で半日観光するならどこに行くべきですか？",
    "おいしいコーヒーを淹れるコツを三つ教えてください。", "機械学習と統計学の違いは何ですか？",
    "健康的な朝ごはんの例をいくつか挙げてください。", "日本の四季それぞれの魅力を説明してください。",
]
