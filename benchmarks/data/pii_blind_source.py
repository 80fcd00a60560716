"""Third held-out set for the privacy guard, written 2026-12-06 blind.

The writer read neither the recognizers (their code, name lists, patterns or context words) nor
the texts of the earlier sets (pii_labelled, pii_holdout, pii_fresh); only the labelling
conventions of pii_fresh_source.py and the checks of make_pii_fresh.py.  It therefore measures
how the guard generalises to text written by someone who does not know how it works.
NEVER tune the guard, its patterns, its name lists or its thresholds on these texts, and do not
look at which of their values the guard misses: once a recognizer is changed because of them
they are no longer held out.

Markup (stripped by make_pii_fresh.py --source ... --out pii_blind.jsonl --prefix b):
    [[TYPE|value]]        personal data; TYPE is one of PERSON, EMAIL, PHONE, POSTAL_CODE,
                          ADDRESS, MY_NUMBER, CORPORATE_NUMBER, CREDIT_CARD, BANK_ACCOUNT,
                          IP_ADDRESS
    [[KEEP:KIND|value]]   a code or look-alike that must NOT be redacted (JAN, EAN, ISBN, ORDER,
                          TRACKING, INVOICE, SERIAL, PART, VERSION, DATE, AMOUNT, MEMBER, ...)

Conventions are those of pii_fresh_source.py:
  * PERSON is the name only, without honorifics or titles (様, さん, 先生, Mr, Dr., Frau, Sr.,
    Bapak/Ibu, anh/chị); a furigana reading is its own span; chat display names, signatures,
    lower-case names and handles built from a name (mika_tanabe) are PERSON; roles and handles
    without a name are not; names inside company, product, place, station or street names are
    not labelled.
  * PHONE is the whole number as written, an extension outside; POSTAL_CODE without 〒, ZIP,
    CEP or PIN; ADDRESS is a Japanese address from the prefecture or city to the building and
    room, and elsewhere the street part (number, street, flat, district) without city, state,
    country or postal code.
  * BANK_ACCOUNT: IBAN, SWIFT/BIC given as bank details, a Japanese account number (number
    only) or ゆうちょ記号番号; CORPORATE_NUMBER the 13 digits (T outside); every e-mail, phone
    and street address is labelled, a company's included.
  * Not labelled: last-4 card fragments, dates of birth, ages, bank and branch names, company
    names; member, employee, patient, policy and similar numbers are KEEP spans.
  * lang is "ja" for Japanese and "en" for every text in Latin letters (English, German,
    French, Spanish, Portuguese, Indonesian, Vietnamese); a comment names the language.

NAME_LIKE lists words in the texts that look like person names but are not persons (companies,
brands, places, stations, streets, months, ordinary words): make_pii_fresh.py checks that each
one occurs in some text outside every PERSON span.
"""

TEXTS: list[tuple[str, str]] = [
    # ---- Japanese e-mails ---------------------------------------------------------------------
    ("ja", """件名: 【ご確認】12月度請求書の送付について
From: 経理部 [[PERSON|松永 沙織]] <[[EMAIL|s.matsunaga@kiriyama-shoji.example.co.jp]]>
To: [[EMAIL|keiri@hoshino-insatsu.example.jp]]

星野印刷株式会社
経理ご担当 [[PERSON|上原]]様

いつも大変お世話になっております。桐山商事の[[PERSON|松永]]でございます。
12月度のご請求書（請求書番号 [[KEEP:INVOICE|INV-2026-12-00471]]）をPDFにてお送りいたします。
お振込先は下記のとおりです。
　三井住友銀行　日比谷支店　普通　[[BANK_ACCOUNT|4718203]]
　口座名義　キリヤマシヨウジ（カ
適格請求書発行事業者登録番号: T[[CORPORATE_NUMBER|5746763234462]]
お支払期日: 2027年1月31日
--
桐山商事株式会社　経理部
[[PERSON|松永 沙織]]（[[PERSON|マツナガ サオリ]]）
〒[[POSTAL_CODE|100-0011]] [[ADDRESS|東京都千代田区内幸町2-2-8 桐山ビル7階]]
TEL [[PHONE|03-6205-4418]] / FAX [[PHONE|03-6205-4419]]"""),

    ("ja", """件名: Re: 来週の打ち合わせについて

[[PERSON|誠]]さん

お疲れさまです。[[PERSON|佐伯]]です。
水曜の15時で先方（アーバンリンクの[[PERSON|大河内]]部長）にも確認が取れました。
会議室は7階の「富士」を押さえています。資料は前回の v3 をベースに直します。

> [[PERSON|佐伯]]さん
> 来週どこかで30分もらえますか。大河内さんの都合を優先で大丈夫です。
> [[PERSON|三枝 誠]]

--
[[PERSON|佐伯 健太]]　営業企画部
内線 4127 / 携帯 [[PHONE|090-3318-7264]]"""),

    ("ja", """件名: 採用面接日程のご案内（[[PERSON|小野寺 理恵]]様）

[[PERSON|小野寺 理恵]]様

この度は弊社の経理職にご応募いただき、誠にありがとうございます。
人事部の[[PERSON|千葉]]と申します。
一次面接を下記の日程で実施したく、ご都合をお知らせください。

　日時：12月15日（火）10:00〜11:00
　場所：〒[[POSTAL_CODE|460-0008]] [[ADDRESS|愛知県名古屋市中区栄3丁目15番27号 栄センタービル9階]]
　持ち物：履歴書、職務経歴書

当日ご不明点がございましたら、採用担当直通 [[PHONE|052-261-8830]] までご連絡ください。

株式会社ミドリテック　人事部　[[PERSON|千葉 雄大]]
[[EMAIL|recruit@midoritech.example.co.jp]]"""),

    ("ja", """件名: Fw: 返品の件
差出人: [[PERSON|柳田 文子]] <[[EMAIL|fumiko.yanagida@example.ne.jp]]>

---------- 転送メッセージ ----------
From: カスタマーサポート <[[EMAIL|support@kurashi-no-dougu.example.com]]>
日付: 2026年11月28日 18:02
件名: 返品受付のご連絡（注文番号 [[KEEP:ORDER|KD-88204517]]）

[[PERSON|柳田 文子]] 様

返品のお申し込みを承りました。商品（JAN [[KEEP:JAN|4945632618710]]）を下記宛てにお送りください。
〒[[POSTAL_CODE|332-0034]] [[ADDRESS|埼玉県川口市並木2-14-9 くらしの道具 物流センター 返品係]]
着払いで結構です。ご返金は商品到着後7営業日以内に行います。

----
[[PERSON|高梨]]さん、上記の件、経費精算で処理してよいでしょうか。領収書は総務に出しました。"""),

    ("ja", """件名: 新規お取引口座開設のお願い

株式会社エスケイ物産
購買部 [[PERSON|宮坂 美穂]] 様

はじめてご連絡いたします。長谷部工業の[[PERSON|長谷部 亮]]と申します。
先日の展示会でお名刺を頂戴しました件で、新規のお取引をお願いしたくご連絡いたしました。
弊社の概要は以下のとおりです。

　商号：長谷部工業株式会社
　法人番号：[[CORPORATE_NUMBER|3566219674934]]
　所在地：〒[[POSTAL_CODE|577-0066]] [[ADDRESS|大阪府東大阪市高井田本通4丁目2番18号]]
　代表電話：[[PHONE|06-6788-3152]]
　取引銀行：りそな銀行 布施支店 当座 [[BANK_ACCOUNT|0538716]]

与信審査に必要な書類があればお知らせください。
長谷部工業株式会社　営業部　[[PERSON|長谷部 亮]]
mobile: [[PHONE|080-4427-9153]]　mail: [[EMAIL|r-hasebe@hasebe-kogyo.example.jp]]"""),

    ("ja", """件名: Re: Re: 見学会の参加者リスト

[[PERSON|杉浦]]様

ご連絡ありがとうございます。参加者は以下の4名に変更となりました。
1. [[PERSON|辻本 康平]]（品質保証）
2. [[PERSON|原田 みゆき]]（製造）
3. [[PERSON|グエン・ヴァン・ドゥック]]（技能実習）
4. [[PERSON|藤崎 玲奈]]（購買）
当日は新横浜駅から送迎バスを利用させていただきます。

> 見学会の参加者の氏名と部署をお知らせください。
> 豊田市の工場は安全靴の着用が必要です。
> [[PERSON|杉浦 千尋]]（[[EMAIL|c.sugiura@aoba-seiki.example.co.jp]]）

[[PERSON|北条 由紀]]
総務課　TEL [[PHONE|045-474-2086]]"""),

    ("ja", """件名: 【重要】パスワード再設定のお願い

[[PERSON|野々村]] 様

いつもご利用ありがとうございます。
お客様のアカウント（ログインID: [[EMAIL|a.nonomura1962@example.ne.jp]]）で、
普段と異なる環境 [[IP_ADDRESS|203.0.113.74]] からのログインがありました。
お心当たりがない場合はパスワードを再設定してください。
本メールは送信専用です。お問い合わせはサポートデスク（[[PHONE|0120-556-218]]、平日9時〜18時）へ。"""),

    ("ja", """件名: 見積依頼（業務用冷蔵庫 3台）

お世話になっております。
レストラン「吉野家」ではなく、「よしの屋食堂」の[[PERSON|堀江]]です。よく間違われます。
厨房の冷蔵庫入れ替えで、型番 [[KEEP:PART|HRF-180LAF3]] 相当を3台お見積りください。
設置先：[[ADDRESS|京都府京都市下京区四条通烏丸東入長刀鉾町22 四条ヨシノビル1階]]
搬入は定休日の月曜希望です。

よしの屋食堂　[[PERSON|堀江 智子]]
[[PHONE|075-221-6094]]"""),

    ("ja", """件名: 出張精算の差し戻しについて

[[PERSON|早瀬]]さん

経理の[[PERSON|須藤]]です。11/18〜11/20の福岡出張の精算ですが、
ホテルの領収書の宛名が「[[PERSON|早瀬 大地]]」個人名になっているため、会社名での再発行をお願いします。
また、タクシー代 ¥4,860 の領収書が見当たりません。

精算番号: [[KEEP:EXPENSE|EX-26-11-3391]]
差し戻し期限: 12月10日

[[PERSON|須藤 和也]]（経理部）"""),

    ("ja", """件名: 保守契約更新のご案内

[[PERSON|白石 菜々子]]様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
ご契約中の複合機保守契約（契約番号 [[KEEP:CONTRACT|MC-0048-2291]]、機番 [[KEEP:SERIAL|A7PU021014823]]）が
2027年1月末で満了となります。継続をご希望の場合は同封の申込書をご返送ください。

担当：[[PERSON|桑原 賢治]]
ビジネスソリューション株式会社　横浜支店
〒[[POSTAL_CODE|231-0023]] [[ADDRESS|神奈川県横浜市中区山下町7-3 港南ビル5階502号室]]
TEL [[PHONE|045-662-7718]]　[[EMAIL|k.kuwabara@bsol.example.co.jp]]"""),

    ("ja", """件名: 懇親会の出欠

各位

12月19日の忘年会の出欠を今週中にお知らせください。
会場：居酒屋 徳川（徳川美術館の向かい）、会費 5,000円
幹事：[[PERSON|村瀬 彩花]]、[[PERSON|真田]]

--
[[PERSON|村瀬 彩花]]
[[EMAIL|ayaka_murase@tokai-sys.example.jp]]"""),

    ("ja", """件名: Re: ご注文品の配送先変更

[[PERSON|安藤]] 様

配送先変更のご依頼、承知いたしました。
変更後：〒[[POSTAL_CODE|812-0011]] [[ADDRESS|福岡県福岡市博多区博多駅前3-9-12 博多アーバンレジデンス1105号]]
お受取人：[[PERSON|安藤 さくら]] 様（電話 [[PHONE|092-481-5537]]）
お届け予定日は12月9日です。

>> 注文番号 [[KEEP:ORDER|20261202-004418]] の配送先を実家に変更したいです。
>> [[PERSON|さくら]]

オンラインショップ MOKUREN　[[PERSON|久保田]]"""),

    ("ja", """件名: 顧問契約書ドラフト送付

[[PERSON|岩崎 恵美]] 先生

いつもお世話になっております。株式会社ノース・フィールドの[[PERSON|西川]]でございます。
顧問契約書のドラフトを添付いたしますので、ご確認をお願いいたします。
なお、弊社の法人番号は[[CORPORATE_NUMBER|1740778407233]]、
登記上の本店所在地は[[ADDRESS|北海道札幌市中央区北三条西4丁目1番地1 日本生命札幌ビル16階]]です。

株式会社ノース・フィールド　法務部
[[PERSON|西川 拓海]]　[[PHONE|011-208-4471]]"""),

    ("ja", """件名: 自動送信：お問い合わせを受け付けました

お問い合わせいただきありがとうございます。以下の内容で受け付けました。

お名前：[[PERSON|柴田 悠]]
フリガナ：[[PERSON|シバタ ハルカ]]
メール：[[EMAIL|haruka.s.0811@example.com]]
電話番号：[[PHONE|070-2284-6613]]
お問い合わせ種別：製品の不具合
製品名：ワイヤレスイヤホン KX-20（シリアル [[KEEP:SERIAL|KX20-J4H8-00172]]）
内容：右側だけ充電されません。

担当者より2営業日以内にご連絡いたします。"""),

    ("ja", """件名: 【社内】PC貸与のお知らせ

[[PERSON|関口]]さん

情報システム部の[[PERSON|今井 直樹]]です。
新しいノートPCの準備ができました。
　資産番号：[[KEEP:ASSET|PC-2026-0917]]
　ホスト名：tky-nb-0917
　固定IP：[[IP_ADDRESS|10.24.18.117]]
初回ログインは仮パスワードで、ログイン後に変更してください。
受け取りは12階の情シス窓口まで。"""),

    ("ja", """件名: 同窓会名簿の更新について

[[PERSON|芦田 遥]]様（旧姓 [[PERSON|平野]]）

桜ヶ丘高校第38期同窓会事務局です。
名簿の更新にご協力ください。現在の登録内容は以下のとおりです。
　ご住所：〒[[POSTAL_CODE|670-0012]] [[ADDRESS|兵庫県姫路市本町68番地 姫路レジデンス303]]
　お電話：[[PHONE|079-284-3301]]
変更がある場合は事務局の[[PERSON|坂口]]（[[EMAIL|dosokai38@example.org]]）までお知らせください。"""),
