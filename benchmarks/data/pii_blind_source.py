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
> 来週どこかで30分もらえますか。[[PERSON|大河内]]さんの都合を優先で大丈夫です。
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
登記上の本店所在地は[[ADDRESS|北海道札幌市中央区北三条西4丁目1番地1 札幌北三条ビル16階]]です。

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

[[PERSON|芦田 遥]]様（旧姓 [[PERSON|宮内]]）

桜ヶ丘高校第38期同窓会事務局です。
名簿の更新にご協力ください。現在の登録内容は以下のとおりです。
　ご住所：〒[[POSTAL_CODE|670-0012]] [[ADDRESS|兵庫県姫路市本町68番地 姫路レジデンス303]]
　お電話：[[PHONE|079-284-3301]]
変更がある場合は事務局の[[PERSON|坂口]]（[[EMAIL|dosokai38@example.org]]）までお知らせください。"""),

    # ---- Japanese chat logs -------------------------------------------------------------------
    ("ja", """[10:02] [[PERSON|ゆっきー]]: おはよー、今日の搬入って何時だっけ
[10:03] [[PERSON|たくみん]]: 13時！トラックは[[PERSON|森下]]さんが手配済み
[10:03] [[PERSON|ゆっきー]]: 了解、じゃあ12時半に倉庫前集合で
[10:05] [[PERSON|森下 光]]: ドライバーさんの番号これです [[PHONE|080-6612-0495]]
[10:05] [[PERSON|たくみん]]: ありがとうございます🙏"""),

    ("ja", """#sales-tokyo
[[PERSON|kana.shinohara]]  14:21
@channel 明日の展示会ブース、設営メンバー最終版です
・[[PERSON|篠原]]（リーダー）
・[[PERSON|片山]]
・[[PERSON|田島 由香里]]
・インターンの[[PERSON|ライアン]]くん
[[PERSON|tatsuya_katayama]]  14:25
了解です。名刺の補充お願いします！
[[PERSON|yukari.t]]  14:26
👍 受付用のタブレットはIT資産 [[KEEP:ASSET|TB-0331]] を持っていきます"""),

    ("ja", """LINE グループ「3丁目町内会 役員」

[[PERSON|石黒 勇人]]：来週の防災訓練、炊き出しの係は誰でしたっけ
[[PERSON|くどう れい]]：私と[[PERSON|浅野]]さんです
[[PERSON|石黒 勇人]]：ありがとう。消防署の担当は[[PERSON|福永]]さん、携帯は[[PHONE|090-7735-2148]]です
[[PERSON|浅野 信也]]：了解しました。集合は公民館でいいですか
[[PERSON|くどう れい]]：はい、8時半に"""),

    ("ja", """[Teams] プロジェクト「基幹刷新」チャネル

[[PERSON|内藤 正樹]] 11:47
本番DBのフェイルオーバー先は [[IP_ADDRESS|172.20.14.5]] で確定です。
[[PERSON|服部 恭子]] 11:49
承知しました。監視の閾値は [[PERSON|Lee]]さんに確認してから設定します
[[PERSON|Lee Seo-yeon]] 11:52
CPU 80% / 5分で大丈夫です。リリースは v2.14.0 のタグで。
[[PERSON|内藤 正樹]] 11:53
👌"""),

    ("ja", """[[PERSON|れん]]：ママ、塾の先生の番号おしえて
[[PERSON|佐々木 陽菜]]：[[PHONE|090-2210-8846]] [[PERSON|黒田]]先生ね
[[PERSON|れん]]：ありがと
[[PERSON|佐々木 陽菜]]：帰りは19時でいい？駅まで迎えに行くよ"""),

    ("ja", """（社内チャット）
[[PERSON|鶴田]]：[[PERSON|新井]]さん、さっきのお客様の件ですが、折り返し先って携帯でしたっけ
[[PERSON|新井 雅美]]：はい、[[PHONE|080-9921-4406]] です。お名前は[[PERSON|増田 一輝]]様
[[PERSON|鶴田]]：ありがとうございます。注文番号は [[KEEP:ORDER|A-20261204-3391]] ですね
[[PERSON|新井 雅美]]：そうです！"""),

    ("ja", """【Slack #support-escalation】
[[PERSON|madoka.uno]] 9:12 AM
エスカレです。法人顧客「株式会社サンライズ・フーズ」様からログインできないとの連絡。
担当者: [[PERSON|望月 希望]]（[[PERSON|モチヅキ ノゾミ]]）様 / [[EMAIL|n-mochizuki@sunrise-foods.example.jp]]
接続元: [[IP_ADDRESS|2001:db8:4f2a:1c::17]]
[[PERSON|tsuyoshi.f]] 9:15 AM
見ます。IP制限に引っかかってるかも
[[PERSON|madoka.uno]] 9:16 AM
お願いします🙏"""),

    ("ja", """[[PERSON|愛]]：今日の夜ごはんどうする？
[[PERSON|川口 剛]]：[[PERSON|しゅん]]がカレーがいいって
[[PERSON|愛]]：じゃあスーパー寄ってくね。明日の保護者会、[[PERSON|荒木]]さんの奥さんも来るって"""),

    ("ja", """Discord / サーバー「スプラ社会人部」 #雑談
[[PERSON|ななみん]]: 今日21時から集まれる人ー
[[PERSON|daisuke_komatsu]]: いけます
[[PERSON|みなこ]]: 22時からなら
[[PERSON|ななみん]]: おけ！[[PERSON|大輔]]さんチーム分けお願いしていい？
[[PERSON|daisuke_komatsu]]: 了解です"""),

    ("ja", """[チャット履歴] オペレーター[[PERSON|武田]] ⇔ お客様
お客様：すみません、定期便の解約をしたいです
[[PERSON|武田]]：ご利用ありがとうございます。ご本人確認のため、ご登録のお名前とお電話番号をお願いいたします。
お客様：[[PERSON|永井 伸二]]です。[[PHONE|06-4303-8817]]
[[PERSON|武田]]：ありがとうございます、[[PERSON|永井]]様。会員番号 [[KEEP:MEMBER|M00829174]] の定期便ですね。
お客様：はい"""),

    ("ja", """[16:40] [[PERSON|栗原]]: 先方の請求先住所変わったらしいです
[16:41] [[PERSON|栗原]]: 新住所 〒[[POSTAL_CODE|530-0001]] [[ADDRESS|大阪府大阪市北区梅田1丁目11番4-1100号 大阪駅前第4ビル11階]]
[16:41] [[PERSON|尾崎 颯太]]: マスタ更新しておきます
[16:42] [[PERSON|尾崎 颯太]]: 電話番号は変わらず？
[16:44] [[PERSON|栗原]]: 代表は [[PHONE|06-6343-1275]] に変更です"""),

    ("ja", """チャットボット会話ログ
BOT: ご予約のお名前を教えてください
USER: [[PERSON|まつうら さき]]
BOT: ご予約日時を教えてください
USER: 12月23日の18時、2名で
BOT: ご連絡先の電話番号を教えてください
USER: [[PHONE|０８０－３４７１－２２０９]]
BOT: [[PERSON|まつうら さき]]様、12月23日18:00 2名様でご予約を承りました"""),

    # ---- Japanese support tickets and inquiry forms ------------------------------------------
    ("ja", """チケット #[[KEEP:TICKET|CS-2026-118402]]
ステータス: 対応中　優先度: 高
起票者: [[PERSON|岡部 孝]]（[[EMAIL|okabe@yamabiko-unyu.example.co.jp]]）
件名: 請求書のダウンロードでエラー
本文:
管理画面から11月分の請求書をダウンロードしようとすると 500 エラーになります。
ブラウザは Edge 131、社内プロキシ経由（[[IP_ADDRESS|192.0.2.186]]）です。
---
担当メモ（[[PERSON|五十嵐]]）: 再現確認済み。開発に連携、[[PERSON|秋山]]さんアサイン。"""),

    ("ja", """【お問い合わせフォーム】
会社名：有限会社カネコ精工
ご担当者名：[[PERSON|金子 翔太]]
部署：製造部
電話番号：[[PHONE|048-992-5716]]
メールアドレス：[[EMAIL|shota@kaneko-seiko.example.jp]]
お問い合わせ内容：
御社のトルクレンチ（品番 [[KEEP:PART|TQW-250N-2]]、JAN [[KEEP:JAN|4957240920239]]）の校正サービスについて、
料金と納期を教えてください。10本ほどあります。"""),

    ("ja", """■ 不具合報告
報告者：[[PERSON|福田 恵]]（経理）
発生日時：2026/12/03 14:05
端末：[[IP_ADDRESS|10.8.112.43]]
内容：会計ソフトの仕訳入力画面で、取引先「本田技研工業」を選ぶとフリーズする。
　　　取引先「松下電器」「豊田通商」は問題なし。
対応者：[[PERSON|本間]]
対応：キャッシュ削除で解消。バージョン [[KEEP:VERSION|8.3.1204]] で既知の事象。"""),

    ("ja", """お客様の声 No.[[KEEP:VOICE|20261130-0217]]
受付チャネル：電話
お客様：[[PERSON|谷口 拓也]] 様（[[PERSON|タニグチ タクヤ]]）
連絡先：[[PHONE|0263-35-8841]]
住所：〒[[POSTAL_CODE|390-0874]] [[ADDRESS|長野県松本市大手4丁目7-21 コーポ大手201]]
内容：商品到着時に箱が潰れていた。中身（ISBN [[KEEP:ISBN|9784256419519]] の書籍 2冊）のカバーに折れ。
対応：交換品を発送済み（伝票番号 [[KEEP:TRACKING|3812-4470-6635]]）。"""),

    ("ja", """件名：ログインできません
名前：[[PERSON|なかにし なつみ]]
メール：[[EMAIL|natsumi.nakanishi.88@example.com]]
本文：
スマホを機種変更してからアプリにログインできません。
二段階認証のSMSが古い番号（[[PHONE|090-1147-3320]]）に届いてしまいます。
新しい番号は [[PHONE|080-5530-9184]] です。よろしくお願いします。"""),
    ("ja", """問い合わせ番号：Q-7714
氏名：[[PERSON|王 麗華]]（[[PERSON|ワン リーホア]]）
国籍：中国
電話：[[PHONE|+86 138 2041 7765]]
日本での連絡先：[[PHONE|03-5937-2604]]（勤務先 株式会社セイリュウ、担当 [[PERSON|陳 建国]]）
内容：在留カード更新に伴う住所変更の手続き方法を知りたい。
新住所：[[ADDRESS|東京都新宿区百人町2丁目8番15号 メゾン大久保402]]"""),

    # ---- Japanese CRM notes -------------------------------------------------------------------
    ("ja", """【商談メモ】2026/12/01
顧客：株式会社ヒラノ建設（法人番号 [[CORPORATE_NUMBER|5850339231471]]）
面談者：常務取締役 [[PERSON|平野 俊介]] 氏、工務部 [[PERSON|石原 瑞穂]] 氏
当方：[[PERSON|吉川]]、[[PERSON|中条]]
内容：現場用タブレット 40台の導入検討。来期予算で1月に稟議。競合は NEC と富士通。
次回：12/17 先方オフィス（[[ADDRESS|静岡県浜松市中央区板屋町111-2 浜松アクトタワー18階]]）
備考：[[PERSON|平野]]常務はゴルフ好き。[[PERSON|石原]]さんが実務の窓口。"""),

    ("ja", """顧客カルテ　No.[[KEEP:CUSTOMER|C-004471]]
氏名：[[PERSON|竹内 涼子]]　（[[PERSON|たけうち りょうこ]]）
生年月日：1978年4月12日
電話：[[PHONE|0742-26-3390]]　携帯：[[PHONE|090-8813-5527]]
住所：〒[[POSTAL_CODE|630-8115]] [[ADDRESS|奈良県奈良市大宮町5丁目3-28 ならやまハイツ2-B]]
来店履歴：11/2 来店、担当[[PERSON|青木]]。リフォーム見積 ¥2,380,000 提示。
メモ：ご主人（[[PERSON|竹内 啓介]]さん）は平日不在。連絡は携帯に、夕方以降。"""),

    ("ja", """活動履歴
12/02 10:15 電話（発信）担当:[[PERSON|水野 奈央]]
  相手:[[PERSON|菊地 翼]]様（総務部長）
  要件:オフィス移転に伴う回線工事の日程。先方は12/20(土)希望。
  新オフィス:[[ADDRESS|宮城県仙台市青葉区一番町3-1-7 一番町スクエア6F]]
12/02 16:40 メール受信 [[EMAIL|t.kikuchi@tohoku-kikaku.example.jp]]
  工事当日の立会いは[[PERSON|大塚]]さん（[[PHONE|022-716-4452]]）に変更とのこと。"""),

    ("ja", """リード情報
ソース：展示会「スマートファクトリーEXPO」名刺交換
会社：篠田メタル株式会社
氏名：[[PERSON|篠田 結衣]]
役職：生産技術課 主任
TEL：[[PHONE|0566-74-1208]]
Mail：[[EMAIL|y-shinoda@shinoda-metal.example.co.jp]]
温度感：B（来年度の設備投資で検討）
メモ：刈谷市。トヨタ系の二次サプライヤー。同行者の[[PERSON|工藤]]課長は不在。"""),

    ("ja", """顧客対応履歴（保険代理店）
契約者：[[PERSON|福永 あずさ]]
証券番号：[[KEEP:POLICY|H-2291-004718]]
受取人：[[PERSON|福永 一郎]]（夫）
対応：住所変更の依頼。旧住所 [[ADDRESS|千葉県船橋市本町4-31-9]]、新住所 〒[[POSTAL_CODE|273-0031]] [[ADDRESS|千葉県船橋市西船5丁目22番3号 西船橋グランドハイツ703]]
本人確認：運転免許証で確認済み。
担当：[[PERSON|小西 秀樹]]"""),

    ("ja", """商談ログ：[[PERSON|野村]]（営業2課）
相手先：医療法人 光誠会（理事長 [[PERSON|中野 光]]先生）
場所：中野駅前クリニック
内容：電子カルテ更新。現行システムのサポートは2027年3月で終了。
先生の携帯 [[PHONE|090-4402-6618]] は緊急時のみ、通常は事務長 [[PERSON|桜井 颯]] 氏（[[PHONE|03-3387-2290]]）経由で。"""),

    ("ja", """顧客メモ
[[PERSON|吉田 みのり]]様（リピーター、年3回程度ご来店）
・好み：和菓子、抹茶系
・アレルギー：くるみ
・ご家族：お嬢様の[[PERSON|ひなた]]ちゃん（小学生）
・誕生日DM送付先：[[EMAIL|minori.y@example.jp]]
・ポイントカード番号：[[KEEP:MEMBER|6029-4418-7730]]"""),

    ("ja", """[CRM] 取引先責任者
氏名：[[PERSON|下田 康介]]
会社：株式会社シモダ・エンタープライズ
直通：[[PHONE|+81 3-6868-4125]]
携帯：[[PHONE|+81 90 3306 1772]]
メール：[[EMAIL|kosuke.shimoda@shimoda-ent.example.com]]
アシスタント：[[PERSON|澤村 紀子]]（[[EMAIL|n.sawamura@shimoda-ent.example.com]]）
最終接触日：2026-11-26"""),

    # ---- Japanese invoices and quotations ---------------------------------------------------
    ("ja", """請　求　書
請求番号：[[KEEP:INVOICE|2026-1204-0058]]
発行日：2026年12月4日

株式会社アオバ企画　御中
ご担当：[[PERSON|青柳 美奈子]] 様

株式会社ライトハウス・デザイン
登録番号：T[[CORPORATE_NUMBER|8760024705647]]
〒[[POSTAL_CODE|150-0002]] [[ADDRESS|東京都渋谷区渋谷2丁目19番15号 宮益坂ビルディング609]]
TEL：[[PHONE|03-6427-3385]]

品目　　　　　　　数量　単価　　　金額
Webサイト改修　　1式　　480,000　480,000
保守（12月分）　 1　　　 35,000　 35,000
小計 515,000　消費税(10%) 51,500　合計 ¥566,500

お振込先：みずほ銀行 渋谷中央支店 普通 [[BANK_ACCOUNT|1284473]] カ）ライトハウスデザイン"""),

    ("ja", """御見積書
見積No. [[KEEP:QUOTE|MT-26-0883]]　有効期限：2027年1月15日
宛先：[[PERSON|岡田 俊]] 様
件名：社用車リース（3台）
車種：プリウス 2.0 Z（トヨタ）、アルファード（トヨタ）、フィット（ホンダ）
月額合計：¥214,500（税込）
担当：[[PERSON|前川 七海]]　[[EMAIL|maekawa.nanami@lease-one.example.co.jp]]　[[PHONE|03-5403-7719]]"""),

    ("ja", """納品書兼請求書
No.[[KEEP:INVOICE|D-004417]]
[[PERSON|東 美奈子]] 様
ご住所：〒[[POSTAL_CODE|760-0025]] [[ADDRESS|香川県高松市古新町8-1 古新町マンション505号]]

商品コード　　　　　商品名　　　　　数量　金額
[[KEEP:JAN|4971812668473]]　讃岐うどん詰合せ　2　6,480
[[KEEP:JAN|4916490932164]]　いりこだし　　　　3　1,620
送料　800
合計 ¥8,900
お支払い：コンビニ払い（払込票番号 [[KEEP:PAYMENT|7730 2291 4481 0056]]）"""),

    ("ja", """請求書（個人事業主）
発行者：[[PERSON|武田 麻衣]]（屋号：マイ・トランスレーション）
登録番号：なし（免税事業者）
住所：[[ADDRESS|広島県広島市中区大手町2-6-3 大手町コーポ4F]]
電話：[[PHONE|082-247-6613]]
請求先：株式会社グローバルリンク 御中
翻訳料（日→英、12,400字）　¥124,000
源泉徴収税額　　　　　　　▲¥12,660
お振込先：広島銀行 本店営業部 普通 [[BANK_ACCOUNT|3108824]] タケダ マイ"""),

    ("ja", """支払通知書
お取引先コード：[[KEEP:VENDOR|V-30118]]
[[PERSON|宇野 まどか]]様（フリーランス）
下記のとおりお支払いいたします。
支払日：2026年12月25日　支払額：¥88,000
振込先：ゆうちょ銀行 記号番号 [[BANK_ACCOUNT|10170-28413361]]
問い合わせ：株式会社クリエイト・ジャム 経理 [[PERSON|増井]]（[[EMAIL|keiri@createjam.example.jp]]）"""),

    # ---- Japanese shipping forms ---------------------------------------------------------------
    ("ja", """宅急便 送り状（発払い）
お届け先
　〒[[POSTAL_CODE|980-0811]]
　[[ADDRESS|宮城県仙台市青葉区一番町4-10-8 アーバンスクエア一番町1203]]
　[[PERSON|佐藤 健一]] 様
　電話 [[PHONE|022-263-5518]]
ご依頼主
　〒[[POSTAL_CODE|350-1305]]
　[[ADDRESS|埼玉県狭山市入間川3-22-14]]
　[[PERSON|佐藤 千代子]]
　電話 [[PHONE|04-2954-1187]]
品名：衣類・食品（冷蔵）
お問い合わせ伝票番号：[[KEEP:TRACKING|4481-2207-6693]]"""),

    ("ja", """ゆうパック ラベル
おところ：[[ADDRESS|沖縄県那覇市おもろまち4丁目17番3号 ハーバービュー那覇1504]]
おなまえ：[[PERSON|比嘉 しおり]]　様
でんわ：[[PHONE|098-861-3429]]
郵便番号：[[POSTAL_CODE|900-0006]]
差出人：[[PERSON|金城 勇]]（[[PHONE|0980-82-4416]]）
品名：泡盛　われもの注意
追跡番号：[[KEEP:TRACKING|1174-8822-0356]]"""),

    ("ja", """出荷指示書
出荷番号：[[KEEP:SHIPMENT|SH-2612-00873]]
出荷日：12/5　便：西濃運輸
納品先：株式会社オガワ電機 厚木工場 資材受入
　住所：〒[[POSTAL_CODE|243-0021]] [[ADDRESS|神奈川県厚木市岡田3050 厚木アクストメインタワー棟B2荷受場]]
　受入担当：[[PERSON|小川 哲也]]　TEL [[PHONE|046-229-7816]]
品目：制御基板 ASSY（品番 [[KEEP:PART|CB-7720-R3]]）× 120
　ロット：[[KEEP:LOT|L26-1128-04]]
指示者：[[PERSON|松本]]"""),

    ("ja", """配送伝票（コピー）
届け先住所 [[ADDRESS|大阪府堺市堺区南瓦町2番1号]] 堺市役所 前 ※誤記のため取消
正：〒[[POSTAL_CODE|591-8025]] [[ADDRESS|大阪府堺市北区長曽根町130-42 さかい新事業創造センター306]]
届け先氏名：[[PERSON|ペレス・ガルシア・マリア]]（[[PERSON|Maria Perez Garcia]]）
電話：[[PHONE|072-255-9013]]
時間指定：19-21時
備考：不在時は宅配ボックスへ"""),
    ("ja", """送り状番号 [[KEEP:TRACKING|5520-3318-4097]]
品名 書籍（ISBN [[KEEP:ISBN|9784248145723]]）
お届け先 [[PERSON|ﾔﾏｸﾞﾁ ﾄﾓﾐ]] 様
〒[[POSTAL_CODE|064-0809]] [[ADDRESS|札幌市中央区南9条西4丁目3-15 ｻﾝｺｰﾄ南9条 205]]
TEL [[PHONE|011-521-0348]]"""),

    # ---- Japanese HR memos ---------------------------------------------------------------------
    ("ja", """人事発令（2027年1月1日付）
総務部長　　[[PERSON|栗田 雅之]]　（現 経理部長）
経理部長　　[[PERSON|西村 佳奈]]　（現 経理部 課長）
大阪支店長　[[PERSON|Rahul Deshpande]]　（現 海外事業部 部長）
以上
人事部長 [[PERSON|古川 剛志]]"""),

    ("ja", """【マイナンバー提出のお願い】
[[PERSON|山内 翔平]]さん
年末調整のため、扶養家族を含むマイナンバーの提出をお願いします。
本人：[[MY_NUMBER|2898 8800 8136]]
配偶者（[[PERSON|山内 由美]]）：[[MY_NUMBER|124596887830]]
長男（[[PERSON|山内 湊]]）：未提出
※社員番号 [[KEEP:EMPLOYEE|E2019-0447]] で人事システムに登録済みです。
人事部 給与チーム [[PERSON|中島]]（内線 2215）"""),

    ("ja", """入社手続き書類チェックリスト
氏名：[[PERSON|ブイ・ティ・マイ]]（[[PERSON|Bùi Thị Mai]]）
入社日：2027年1月6日
部署：品質管理課
□ 雇用契約書　済
□ 在留カード写し　済
□ 個人番号　[[MY_NUMBER|128163424432]]　済
□ 給与振込口座　ゆうちょ銀行 [[BANK_ACCOUNT|12140-39917281]]　済
□ 緊急連絡先　[[PERSON|Bùi Văn Hùng]]（兄）[[PHONE|+84 912 447 308]]
担当：[[PERSON|岸本]]"""),

    ("ja", """育児休業取得のお知らせ（社内掲示）
開発部の[[PERSON|橋本 創]]さんが、12月16日から3か月間の育児休業を取得します。
休業中の窓口は[[PERSON|松原]]さん、[[PERSON|リュウ ハオラン]]さんです。
なお、社内報の「パパ育休インタビュー」で[[PERSON|橋本]]さんの記事が1月号に掲載予定です。"""),

    ("ja", """退職者情報（給与担当用・社外秘）
氏名：[[PERSON|大森 紗英]]
退職日：2026年12月31日
最終給与振込口座：三菱UFJ銀行 目黒支店 普通 [[BANK_ACCOUNT|0917265]]
源泉徴収票送付先：〒[[POSTAL_CODE|153-0063]] [[ADDRESS|東京都目黒区目黒1丁目4番16号 目黒ガーデンハウス904]]
個人番号：[[MY_NUMBER|9924-8152-9630]]
健康保険証回収：済（記号 [[KEEP:INSURANCE|1204]] 番号 [[KEEP:INSURANCE|3371]]）"""),

    ("ja", """評価面談の実施について
対象：チームリーダー [[PERSON|宮下]]、メンバー [[PERSON|上田 美帆]]、[[PERSON|Kittipong Rattanakul]]、[[PERSON|星 恵理子]]
面談者：部長 [[PERSON|大島 敬]]
期間：12月8日〜12月19日
面談シートは人事ポータルの「2026下期評価」から提出してください。"""),

    ("ja", """通勤経路変更届
氏名：[[PERSON|桐島 真琴]]　社員番号：[[KEEP:EMPLOYEE|K-88137]]
新住所：[[ADDRESS|東京都練馬区豊玉北5-18-4 練馬レジデンス1階102]]
旧住所：[[ADDRESS|東京都杉並区高円寺南3-44-10]]
経路：練馬駅→（西武池袋線）→池袋駅→（丸ノ内線）→大手町駅
定期代：¥14,820／月
緊急連絡先：[[PHONE|03-3994-2087]]（自宅）"""),

    ("ja", """社内報「新しい仲間」
12月入社の[[PERSON|アブディ・モハメド]]さん（ソマリア出身、前職は商社）と、[[PERSON|三好 つばさ]]さん（新卒）が営業部に加わりました。
[[PERSON|アブディ]]さんは英語・アラビア語・ソマリ語が話せます。
[[PERSON|三好]]さんの趣味は吉祥寺のカフェ巡りだそうです。"""),

    # ---- Japanese meeting minutes ----------------------------------------------------------------
    ("ja", """第12回 商品企画会議 議事録
日時：2026年12月2日(水) 14:00-15:30
場所：本社 第3会議室 / Zoom
出席：[[PERSON|日高]]（議長）、[[PERSON|森田 慎一]]、[[PERSON|小林 千夏]]、[[PERSON|Tran Quoc Bao]]、[[PERSON|黄 志強]]（オンライン）
欠席：[[PERSON|野口 航]]
1. 春の新商品「サクラ・ブレンド」パッケージ案 → B案で決定
2. JANコード取得：[[KEEP:JAN|4997427391865]]（250g）、[[KEEP:JAN|4989338073114]]（500g）
3. 次回 12/16 同時刻
記録：[[PERSON|小林 千夏]]"""),

    ("ja", """理事会議事録（マンション管理組合）
出席理事：[[PERSON|加藤]]理事長、[[PERSON|村上]]副理事長、[[PERSON|Oliver Brandt]]理事、[[PERSON|遠藤 智恵]]理事
議題1：大規模修繕工事の業者選定 → 3社から見積取得済み。最安は株式会社ナカノ工務店（¥48,600,000）
議題2：駐輪場の放置自転車 → 12月中に撤去告知
議題3：305号室 [[PERSON|岡本]]様より騒音の苦情 → 掲示で注意喚起
次回：1月18日(日) 10:00 集会室"""),

    ("ja", """定例ミーティング議事メモ（12/3）
参加：[[PERSON|Priya]]、[[PERSON|けんじ]]、[[PERSON|アイ]]、[[PERSON|ソムチャイ]]
- ステージング環境（[[IP_ADDRESS|10.50.3.21]]）の証明書が12/10で期限切れ → [[PERSON|けんじ]]が更新
- バージョン [[KEEP:VERSION|4.2.0-rc.3]] のQA結果：重大バグ 0、軽微 7
- 顧客デモは12/9、担当 [[PERSON|Priya]]
- [[PERSON|ソムチャイ]]さんは12/22から一時帰国（タイ）"""),

    ("ja", """取締役会議事録（抜粋）
議長 代表取締役社長 [[PERSON|藤原 誠一郎]] は定刻に開会を宣し、議事に入った。
第1号議案 本店移転の件
　議長より、本店を[[ADDRESS|東京都中央区日本橋本町3丁目8番4号 日本橋ライフサイエンスビル5階]]へ移転したい旨の説明があり、全員異議なく承認可決した。
第2号議案 重要な使用人の選任の件
　執行役員 経営企画室長に [[PERSON|高木 里美]] を選任することを全員一致で承認した。
出席取締役 [[PERSON|藤原 誠一郎]]、[[PERSON|杉田 忠]]、[[PERSON|白井 瑠美]]"""),

    # ---- Japanese call-centre transcripts ----------------------------------------------------
    ("ja", """[通話録音 文字起こし 2026-12-03 10:14 通話ID [[KEEP:CALL|CL-77391024]]]
オペレーター：お電話ありがとうございます。ハートフル保険、担当の[[PERSON|谷川]]でございます。
お客様：あの、自動車保険の住所変更をお願いしたいんですけど。
オペレーター：かしこまりました。ご契約者様のお名前をお願いいたします。
お客様：[[PERSON|市川 大和]]です。
オペレーター：[[PERSON|市川 大和]]様ですね。ご本人確認のため生年月日をお願いします。
お客様：昭和60年5月3日です。
オペレーター：ありがとうございます。新しいご住所をお願いいたします。
お客様：郵便番号が[[POSTAL_CODE|223-0061]]で、[[ADDRESS|横浜市港北区日吉2丁目5の11 ヒヨシハイム301]]です。
オペレーター：復唱いたします。[[ADDRESS|横浜市港北区日吉2丁目5番11号 ヒヨシハイム301号室]]、でお間違いないでしょうか。
お客様：はい。"""),

    ("ja", """はいお電話ありがとうございますサンクス通販カスタマーセンターの[[PERSON|小池]]でございます えっとすいません注文した商品がまだ届かなくて はい大変申し訳ございませんお調べいたしますのでご注文者様のお名前をお願いできますでしょうか [[PERSON|やまもと]]です[[PERSON|山本 さおり]] はい[[PERSON|山本 さおり]]様ですねお電話番号もお願いいたします [[PHONE|09033725518]] ありがとうございます確認いたしますので少々お待ちください"""),

    ("ja", """えーとですね注文番号が[[KEEP:ORDER|T88201347]]でお届け先が[[ADDRESS|福島県郡山市堂前町12の7 さくらコーポ102]]なんですけど不在票が入ってて再配達をお願いしたいんです はいかしこまりましたお名前をお伺いしてもよろしいでしょうか [[PERSON|すずき]]です[[PERSON|鈴木 ゆうき]] [[PERSON|鈴木]]様ですね再配達のご希望日時はございますか 明日の午前中でお願いします かしこまりましたご連絡先のお電話番号は末尾4412でお間違いないですか はいそうです"""),

    ("ja", """【応対記録】
日時：12/4 15:22〜15:31　受付者：[[PERSON|三浦]]
発信者：[[PERSON|ホセ・ラミレス]]様（スペイン語通訳 [[PERSON|パウラ]]さん同席）
電話番号：[[PHONE|080-7142-6630]]
内容：ガス開栓の立会い日変更。12/6→12/8 午後。
住所：[[ADDRESS|群馬県太田市東本町16-30 ラ・フォーレ東本町B-203]]
対応：作業班（[[PERSON|吉岡]]班）に連絡済み。"""),

    ("ja", """オペ：お待たせいたしました、カード紛失のご連絡ですね。
客：はい。財布ごと落としてしまって。
オペ：カード番号はお分かりになりますか。
客：控えがあります、[[CREDIT_CARD|4914 5856 3074 0774]]です。
オペ：ありがとうございます。お名前をお願いいたします。
客：[[PERSON|長尾 瞳]]です。
オペ：[[PERSON|長尾 瞳]]様、ただいまカードの利用を停止いたしました。再発行カードはご登録住所にお送りします。"""),

    ("ja", """通話要約（AI自動生成）
顧客：[[PERSON|中尾 恭平]]（法人：ナカオ設備）
要件：エアコン（型番 [[KEEP:PART|AS-X563P2-W]]、製造番号 [[KEEP:SERIAL|2610448173]]）の異音。
訪問先：[[ADDRESS|茨城県つくば市竹園1丁目6-1 つくばスクエア2F]]
希望日：12/9 午前
連絡先：[[PHONE|029-852-6024]]
次アクション：サービス担当 [[PERSON|荻野]]が訪問予約を確定し、SMSで通知。"""),

    ("ja", """もしもし[[PERSON|あいだ]]ですけどあの先週お願いした見積もりの件でお電話したんですが担当の[[PERSON|みなみ]]さんいらっしゃいますか あいにく[[PERSON|南]]は外出しておりまして戻り次第折り返しいたします お電話番号をいただけますか [[PHONE|0466-27-3815]]です[[PERSON|相田]]です 承知いたしました[[PERSON|相田]]様ですね"""),

    ("ja", """ボイスメール（自動文字起こし）
「もしもし、株式会社グリーンフィールドの[[PERSON|ジョナサン・ミラー]]です。明日のアポイントの件ですが、15時から16時に変更していただけますでしょうか。折り返しは携帯[[PHONE|080-2231-9047]]までお願いします。よろしくお願いします。」
受信日時：12/4 19:02　発信番号：[[PHONE|03-5781-6620]]"""),

    # ---- Japanese CSV, JSON and logs --------------------------------------------------------------
    ("ja", """会員ID,氏名,フリガナ,郵便番号,住所,電話番号,メール
[[KEEP:MEMBER|100482]],[[PERSON|大野 健]],[[PERSON|オオノ ケン]],[[POSTAL_CODE|371-0022]],[[ADDRESS|群馬県前橋市千代田町2-5-1 前橋中央ビル3F]],[[PHONE|027-231-4478]],[[EMAIL|ken.ono@example.jp]]
[[KEEP:MEMBER|100483]],[[PERSON|井上 ひとみ]],[[PERSON|イノウエ ヒトミ]],[[POSTAL_CODE|870-0035]],[[ADDRESS|大分県大分市中央町1丁目2-3 ガレリア中央806]],[[PHONE|097-538-2216]],[[EMAIL|hitomi_inoue@example.ne.jp]]
[[KEEP:MEMBER|100484]],[[PERSON|Nguyen Thi Thu Ha]],[[PERSON|グエン ティ トゥ ハー]],[[POSTAL_CODE|501-6004]],[[ADDRESS|岐阜県羽島郡岐南町徳田西3-71]],[[PHONE|080-1294-3357]],[[EMAIL|thuha.ng@example.com]]"""),

    ("ja", """社員番号	氏名	所属	内線	携帯
[[KEEP:EMPLOYEE|A10233]]	[[PERSON|岡 真理子]]	経営企画	3301	[[PHONE|090-6651-2087]]
[[KEEP:EMPLOYEE|A10561]]	[[PERSON|李 明]]	海外営業	3318	[[PHONE|080-3362-9941]]
[[KEEP:EMPLOYEE|A11020]]	[[PERSON|堤 航平]]	情報システム	3455	[[PHONE|070-4418-2273]]"""),

    ("ja", """{"order_id": "[[KEEP:ORDER|ORD-2026-889104]]", "customer": {"name": "[[PERSON|小田 桃子]]", "kana": "[[PERSON|オダ モモコ]]", "tel": "[[PHONE|03-3461-7792]]", "email": "[[EMAIL|momoko.oda@example.jp]]"}, "ship_to": {"zip": "[[POSTAL_CODE|150-0043]]", "address": "[[ADDRESS|東京都渋谷区道玄坂1-12-3 マークシティレジデンス1408]]"}, "items": [{"jan": "[[KEEP:JAN|4921048149635]]", "qty": 1, "price": 3980}], "status": "shipped"}"""),

    ("ja", """2026-12-04T09:31:07+09:00 INFO  auth.login user=[[EMAIL|h.kamiya@tsubasa-ind.example.co.jp]] src=[[IP_ADDRESS|133.242.18.90]] result=success
2026-12-04T09:31:45+09:00 WARN  auth.login user=[[EMAIL|admin@tsubasa-ind.example.co.jp]] src=[[IP_ADDRESS|45.76.211.8]] result=failure reason=bad_password
2026-12-04T09:32:02+09:00 INFO  profile.update user_id=[[KEEP:USER|u-000318]] field=display_name value="[[PERSON|神谷 隼]]\""""),

    ("ja", """[ERROR] 2026/12/04 11:02:13 送信失敗: 宛先 [[EMAIL|y-matsuoka@kaisei-gakuen.example.ed.jp]] (550 User unknown)
[INFO ] 2026/12/04 11:02:14 再送キュー登録 message-id=<[[KEEP:MSGID|20261204110213.7781]]@mail.example.jp>
[INFO ] 2026/12/04 11:02:20 SMS送信 to=[[PHONE|+819012847731]] template=reminder_v2 name=[[PERSON|松岡 陽子]]"""),

    # ---- Japanese OCR'd forms -------------------------------------------------------------------
    ("ja", """［ＯＣＲ結果］口座振替依頼書
お名前（カナ）　[[PERSON|ｸﾎﾞ ｱｷﾗ]]
お名前（漢字）　[[PERSON|久保　明]]
ご住所　〒[[POSTAL_CODE|８１０－００４１]]　[[ADDRESS|福岡市中央区大名２丁目６－１１　大名ハイツ５０２]]
電話番号　[[PHONE|０９２－７１２－４４０８]]
金融機関　西日本シティ銀行　天神支店
預金種目　普通　口座番号　[[BANK_ACCOUNT|１３７２０４６]]
お客様番号　[[KEEP:CUSTOMER|２２０４７１９３]]"""),

    ("ja", """ｽｷｬﾝ文書 p.1/2
申込者ﾌﾘｶﾞﾅ: [[PERSON|ｶﾜｼﾏ ﾘｮｳﾍｲ]]
申込者氏名: [[PERSON|川島 良平]]
生年月日: 平成２年８月１９日
自宅TEL: [[PHONE|O3-3718-2O64]]
勤務先: ｶﾌﾞｼｷｶﾞｲｼｬ ｱｻﾋﾃﾞﾝｼ
勤務先TEL: [[PHONE|044-577-83l2]]
※読取精度: 82%"""),

    ("ja", """健康診断問診票（ＯＣＲ）
受診者番号　[[KEEP:PATIENT|Ｒ２６－０４４１８]]
氏　　名　　[[PERSON|野田　さやか]]
ふりがな　　[[PERSON|のだ　さやか]]
住　　所　　[[ADDRESS|埼玉県さいたま市浦和区高砂３－１２－９　浦和ガーデン７０８]]
電　　話　　[[PHONE|０４８（８３１）６２７７]]
既往歴　　　なし
緊急連絡先　[[PERSON|野田　浩二]]（夫）　[[PHONE|０９０（５５１８）３３０２]]"""),

    ("ja", """転入届（読取データ）
新住所：[[ADDRESS|京都市左京区北白川東久保田町１５番地の２ 北白川ハイツ１０１]]
世帯主：[[PERSON|ＣＨＡＮＧ　ＨＳＩＡＯ－ＷＥＮ]]
氏名：[[PERSON|張　暁雯]]
前住所：台湾 台北市
電話：[[PHONE|０７５－７２１－９９３８]]
国籍・地域：台湾"""),

    ("ja", """ﾁｹｯﾄ申込書(FAX受信) 
ｵﾅﾏｴ [[PERSON|ﾀｶﾊｼ ｱﾕﾐ]]
ｺﾞｼﾞｭｳｼｮ 〒[[POSTAL_CODE|761-8074]] [[ADDRESS|ｶｶﾞﾜｹﾝ ﾀｶﾏﾂｼ ﾀﾃﾞｲｼﾝﾏﾁ 5-3]]
ﾃﾞﾝﾜ [[PHONE|087-868-0415]]
ｺｳｴﾝﾒｲ ｸﾘｽﾏｽｺﾝｻｰﾄ 12/24 S席 2ﾏｲ
FAX送信元: [[PHONE|087-868-0416]]"""),

    ("ja", """ＯＣＲ：名刺データ
株式会社　ミライ・ロジスティクス
物流企画部　マネージャー
[[PERSON|Ａｎａｎｙａ　Ｉｙｅｒ]]
[[PERSON|アナニャ・アイヤー]]
〒[[POSTAL_CODE|１０５－０００４]]　[[ADDRESS|東京都港区新橋４－２１－３　新橋東急ビル８Ｆ]]
ＴＥＬ　[[PHONE|０３－５４０８－６２１７]]
Ｅ-ｍａｉｌ　[[EMAIL|a.iyer@mirai-logi.example.co.jp]]"""),

    # ---- long unbroken Japanese text ---------------------------------------------------------
    ("ja", """先日はお忙しいところ弊社の説明会にご参加いただきありがとうございました当日ご質問いただいた件について営業部の[[PERSON|戸田]]より回答申し上げます導入時の初期費用は台数に関わらず一律で設定しておりまして保守費用は月額で端末一台あたり千二百円となりますまた御社の[[PERSON|石川]]様からご依頼のありましたデモ機の貸し出しにつきましては来週月曜日に[[ADDRESS|静岡県静岡市葵区紺屋町11番地の1 葵タワー10階]]の御社受付宛てに発送いたしますのでご確認のほどよろしくお願いいたします不明な点がございましたら[[PERSON|戸田 亜紀]]までお電話[[PHONE|054-273-6651]]またはメール[[EMAIL|a-toda@shizuoka-system.example.jp]]にてお気軽にお問い合わせください"""),

    ("ja", """本日の現場報告です午前中は[[PERSON|河野]]さんと二人で三階の配線作業を行い午後からは施主の[[PERSON|レオナルド・シルバ]]さんの立ち会いのもとで照明器具の取り付け位置を確認しました[[PERSON|シルバ]]さんの奥様の[[PERSON|カミラ]]さんから玄関ホールのペンダントライトを一段低くしてほしいとのご要望がありましたので明日[[PERSON|河野]]さんに対応してもらう予定です資材は品番[[KEEP:PART|LGB-16971]]が二台不足しているため[[PERSON|宮田]]課長に発注をお願いしました"""),

    ("ja", """お客様からいただいたアンケートをまとめましたところ全体の満足度は前年よりやや上昇しておりましたが配送の遅れに関するご意見が目立ちました特に北海道東北地方のお客様からの声が多く物流センターの体制見直しが必要と考えます具体的なご意見の例としては札幌市の[[PERSON|吉村]]様から注文から到着まで十日かかったとのご指摘があり盛岡市の[[PERSON|佐野 絵美]]様からは配送状況が追跡できなかったとのご指摘がありました以上簡単ではございますがご報告いたします報告者[[PERSON|矢野]]"""),

    # ---- more Japanese: names of many origins, handles, cards --------------------------------
    ("ja", """件名: 来日スケジュールのご連絡
[[PERSON|Kim Min-jun]]様（[[PERSON|キム・ミンジュン]]様）ご一行の来日スケジュールです。
12/8 成田着 KE703、ホテルは品川
12/9 10:00 弊社訪問（対応：[[PERSON|朴 智妍]]、[[PERSON|久米]]）
12/10 大阪へ移動、[[PERSON|ハン・ジェウォン]]様と合流
緊急連絡先：[[PHONE|+82 10-4471-2238]]（[[PERSON|Kim]]様携帯）"""),

    ("ja", """[[PERSON|のぞみ]]へ
お母さんです。荷物送りました。お米とみかんと、[[PERSON|はるか]]おばさんからのマフラーが入ってます。
着いたら連絡してね。
追跡番号は [[KEEP:TRACKING|6620-1189-3047]] です。"""),

    ("ja", """ご予約確認（タイ料理 バーン・ラック）
ご予約者：[[PERSON|Siriporn Chaiyaporn]] 様（[[PERSON|シリポーン]]様）
日時：12月20日(土) 19:00　4名様
お電話：[[PHONE|080-3394-7156]]
お席：個室
※シェフ[[PERSON|ソムサック]]の特別コースをご希望"""),

    ("ja", """オンライン決済 控え
ご利用者：[[PERSON|ARJUN MEHTA]]
カード番号：[[CREDIT_CARD|4526-8463-3214-2655]]
有効期限：09/29
ご利用金額：¥38,400
加盟店：ホテル京阪 天満橋
承認番号：[[KEEP:AUTH|071834]]
取引ID：[[KEEP:TRANSACTION|TX-9F3A-22C1-8804]]"""),

    ("ja", """名刺交換リスト（展示会2日目）
・[[PERSON|Mohammed Al-Farsi]]（[[PERSON|モハメド・アルファルシ]]）ドバイ、商社　[[EMAIL|m.alfarsi@gulfline-trading.example.ae]]
・[[PERSON|Ayşe Demir]]（イスタンブール）テキスタイル　[[PHONE|+90 212 318 44 57]]
・[[PERSON|Reza Tehrani]]（テヘラン）　名刺なし
・[[PERSON|戎 哲也]]さん（大阪の問屋、恵比寿ではなく「戎」の字）
担当：[[PERSON|ちひろ]]"""),

    ("ja", """ゲーム内ギルド申請フォーム
キャラ名：[[PERSON|Makoto_Ishizaka]]
本名（任意）：[[PERSON|石坂 誠]]
連絡用メール：[[EMAIL|makoto.ishizaka.game@example.com]]
紹介者：[[PERSON|ayane_fujii]]"""),

    ("ja", """新規契約（法人）
商号：株式会社ハヤブサ・ネットワークス
法人番号：[[CORPORATE_NUMBER|2519296660311]]
代表者：[[PERSON|隼田 光太郎]]
本店：〒[[POSTAL_CODE|060-0807]] [[ADDRESS|北海道札幌市北区北七条西2丁目20番地 NCO札幌駅北口3F]]
契約回線：光ファイバー 1Gbps、固定IP [[IP_ADDRESS|219.117.204.66]]
IPv6プレフィックス：[[IP_ADDRESS|2400:4050:a1c2:7e00::1]]"""),

    ("ja", """保育園からのお知らせ（れんらくちょう）
[[PERSON|そうた]]くん　きょうは　すなあそびを　たのしみました。
おむかえは　おばあちゃん（[[PERSON|田村 よし子]]さん）と　うかがっています。
はなぐみ　たんにん　[[PERSON|こばやし]]"""),

    ("ja", """件名: テスト用カード番号について
開発チーム各位
決済ステージングでは以下のテストカードを使ってください。本番カードは絶対に入力しないこと。
　VISA　[[CREDIT_CARD|4111 1111 1111 1111]]
　Master　[[CREDIT_CARD|5555555555554444]]
　JCB　[[CREDIT_CARD|3530-1113-3330-0000]]
　AMEX　[[CREDIT_CARD|3782 822463 10005]]
有効期限は未来の任意の日付、CVCは任意の3桁（AMEXは4桁）です。
[[PERSON|ファン・ティ・ラン]]（QA）"""),

    ("ja", """タイムカード修正申請
申請者：[[PERSON|Nomvula Mkhize]]（[[PERSON|ノムヴラ・ムクヒゼ]]）
対象日：12/2
修正内容：退勤打刻漏れ 18:30
承認者：[[PERSON|中井]]マネージャー"""),

    # ---- Japanese texts without personal data ------------------------------------------------
    ("ja", """【新商品のご案内】
春限定「さくら抹茶ラテ」を2月1日より全国の店舗で発売いたします。
　JANコード：[[KEEP:JAN|4915097379112]]（6本入）、[[KEEP:JAN|4991168433921]]（24本入）
　希望小売価格：1本 180円（税抜）
　賞味期間：製造日より270日
お取引先様のご希望に応じて販促物もご用意しております。"""),

    ("ja", """ご来店のお客様へ
誠に勝手ながら、12月29日から1月3日まで年末年始休業とさせていただきます。
年始は1月4日(月)10時より通常営業いたします。
なお、オンラインストアのご注文は休業中も受け付けておりますが、発送は1月5日以降となります。"""),

    ("ja", """社員旅行しおり（名古屋）
1日目：名古屋駅 集合 9:00 → 徳川美術館 → 昼食（吉野家 栄店）→ 大須商店街 → ホテル
2日目：トヨタ産業技術記念館 → 豊田市美術館 → 名古屋駅 解散 17:00
持ち物：社員証、雨具
集合場所は中央コンコース「金の時計」前です。"""),

    ("ja", """リリースノート v3.8.2（2026-12-01）
- 請求書PDFのフォント埋め込み不具合を修正（#[[KEEP:ISSUE|4471]]）
- 郵便番号検索APIのタイムアウトを10秒に延長
- 依存ライブラリを更新：pdfkit 0.14.3、requests 2.32.5
- 既知の問題：Safari 17 で印刷プレビューが崩れる（v3.9.0 で対応予定）"""),

    ("ja", """参考文献
1. 『物流DXの教科書』日経BP、2024年、ISBN [[KEEP:ISBN|9784458709036]]
2. 『在庫管理の基本』中央経済社、2022年、ISBN [[KEEP:ISBN|978-4-237-75532-2]]
3. 『需要予測入門』朝倉書店、2021年、ISBN [[KEEP:ISBN|4-87311-778-X]]"""),

    ("ja", """ご注文ありがとうございます
ご注文番号：[[KEEP:ORDER|249-7718302-5561047]]
お届け予定：12月7日(月)
商品：USB-C ハブ 7in1（型番 [[KEEP:PART|HB-C7-GY]]）× 1　¥4,280
お支払い：クレジットカード（末尾 8821）
配送業者：ヤマト運輸　お問い合わせ番号：[[KEEP:TRACKING|4471-3306-2289]]"""),

    ("ja", """本日の運行情報（12月4日 7:45現在）
小田急小田原線：平常運転
京王線：新宿〜調布駅間で遅延（人身事故の影響）
西武池袋線：平常運転
JR中央線快速：三鷹駅での信号点検のため10分程度の遅れ
振替輸送を実施しています。"""),

    ("ja", """光回線の開通工事について
工事日当日は作業員が宅内に伺います。所要時間は約1時間です。
工事完了後、ルーター（型番 [[KEEP:PART|RX-600KI]]、製造番号 [[KEEP:SERIAL|S26B0441972]]）の電源を入れ、ランプが緑に点灯することをご確認ください。
ご希望の工事日の変更はマイページから承ります。"""),

    ("ja", """在庫集計（12/4 17:00）
品番,JAN,倉庫,在庫数
[[KEEP:PART|KT-1001]],[[KEEP:JAN|4999815947449]],東京,1240
[[KEEP:PART|KT-1002]],[[KEEP:JAN|4593829761475]],大阪,880
[[KEEP:PART|KT-2040]],[[KEEP:JAN|4501557213890]],福岡,316"""),

    ("ja", """社内規程の改定について
2027年4月1日付で旅費規程を改定します。主な変更点は次のとおりです。
（1）宿泊費の上限を東京23区・大阪市で1泊14,000円に引き上げ
（2）グリーン車の利用は部長職以上に限定
（3）海外出張の日当を地域別に見直し
詳細は社内ポータルの規程集をご参照ください。"""),

    # ---- English e-mails ----------------------------------------------------------------------
    ("en", """Subject: RE: Q1 shipment schedule

Hi [[PERSON|Grace]],

Thanks for the quick turnaround. We can take the first pallet on Jan 12 at the Newark DC.
Please ask the carrier to call our receiving desk at [[PHONE|(973) 555-0148]] an hour before arrival.

Best,
[[PERSON|Bill Hargreaves]]
Supply Chain Manager | Northgate Home Goods
[[ADDRESS|400 Raymond Blvd, Suite 1210]], Newark, NJ [[POSTAL_CODE|07105]]
m: [[PHONE|+1 862 555 0193]]

-----Original Message-----
From: [[PERSON|Grace Obi]] <[[EMAIL|grace.obi@lagosline-exports.example.com]]>
Sent: Thursday, December 3, 2026 4:17 PM
To: [[PERSON|Bill Hargreaves]] <[[EMAIL|bhargreaves@northgatehome.example.com]]>
Subject: Q1 shipment schedule

Dear [[PERSON|Bill]], please find attached the revised schedule (PO [[KEEP:ORDER|PO-55102-B]])."""),

    ("en", """Subject: Welcome aboard!

Hi [[PERSON|Hope]],

Welcome to the team! I'm [[PERSON|Mark Donnelly]], your onboarding buddy. A few things for Monday:
- Building access: report to reception at [[ADDRESS|55 Water Street, 14th Floor]], New York, NY [[POSTAL_CODE|10041]]
- Your laptop tag is [[KEEP:ASSET|NYC-LT-20417]]
- Lunch with [[PERSON|Priya Raghunathan]] (your manager) at 12:30

If anything comes up, text me on [[PHONE|917-555-0162]].
Cheers,
[[PERSON|Mark]]"""),

    ("en", """Subject: Invoice 88213 - payment details updated

Dear customer,

Please note that our bank details have changed. With effect from 1 January, kindly remit to:

Account name: Halden & Royce Ltd
IBAN: [[BANK_ACCOUNT|GB51 NWBK 5260 1815 9083 01]]
SWIFT/BIC: [[BANK_ACCOUNT|NWBKGB2L]]
Reference: invoice [[KEEP:INVOICE|88213]]

Should you have any questions, please contact [[PERSON|Dawn Pritchard]] in credit control on [[PHONE|+44 20 7946 0721]] or [[EMAIL|d.pritchard@haldenroyce.example.co.uk]].

Halden & Royce Ltd, [[ADDRESS|Unit 4, Riverside Works, 18 Canal Road]], Leeds [[POSTAL_CODE|LS12 2DU]]"""),

    ("en", """Subject: Re: Speaker confirmation - Lagos Fintech Summit

Hello [[PERSON|Oluwaseun]],

Confirming that Dr. [[PERSON|Chiamaka Nwosu]] will speak on the payments panel on 14 February.
Her assistant, [[PERSON|Ifeanyi]], will send the slides by 7 February.

> On Mon, Dec 1, 2026 at 9:02 AM [[PERSON|Oluwaseun Bakare]] <[[EMAIL|seun.bakare@lfs-events.example.ng]]> wrote:
> Could you confirm whether Dr [[PERSON|Nwosu]] is available? Our office line is [[PHONE|+234 1 463 2290]].

Kind regards,
[[PERSON|Titilayo Ojo]]
Programme Office"""),

    ("en", """Subject: Visa invitation letter for Mr. [[PERSON|Khan]]

Dear Sir/Madam,

This is to confirm that [[PERSON|Mohammed Rafiq Khan]], passport holder of Pakistan, is invited to attend meetings at our office from 10 to 21 January 2027.
All expenses will be covered by Brightwater Analytics Pte Ltd.

Yours faithfully,
[[PERSON|Joyce Tan]]
Head of Operations, Brightwater Analytics Pte Ltd
[[ADDRESS|8 Marina View, #32-05 Asia Square Tower 1]], Singapore [[POSTAL_CODE|018960]]
Tel: [[PHONE|+65 6812 4470]] | [[EMAIL|joyce.tan@brightwater.example.sg]]"""),

    ("en", """Subject: Out of office: Re: contract renewal

Thank you for your email. I am out of the office until 4 January with limited access to email.
For urgent matters please contact [[PERSON|Will Tanner]] ([[EMAIL|will.tanner@crestmoor.example.com]]) or call the main office on [[PHONE|+61 2 9374 4012]].

[[PERSON|Summer Nguyen]]
Crestmoor Partners | [[ADDRESS|Level 9, 1 Farrer Place]], Sydney NSW [[POSTAL_CODE|2000]]"""),

    ("en", """Subject: Fwd: Parking permit renewal

FYI - see below. [[PERSON|Penny]], can you handle this while I'm away?
[[PERSON|Frank]]

---------- Forwarded message ---------
From: City of Cambridge Parking <[[EMAIL|parking@cambridge.example.gov]]>
Date: Wed, Dec 2, 2026
Subject: Parking permit renewal

Resident: [[PERSON|Franklin Osei-Bonsu]]
Address: [[ADDRESS|27 Inman Street, Apt 3]], Cambridge, MA [[POSTAL_CODE|02139-1142]]
Permit number: [[KEEP:PERMIT|RP-2026-118734]]
Vehicle plate: 4HT-719 (MA)
Renew online before Dec 31 to avoid a late fee."""),

    ("en", """Subject: Your interview with Lumina Health

Hi [[PERSON|Deepika]],

Thank you for applying for the Data Analyst role. We'd like to invite you to a video interview with [[PERSON|Sanjay Venkataraman]] and [[PERSON|Harpreet Kaur Sandhu]] on Tuesday, 15 December, 10:00 IST.

Please confirm by replying to this email or calling [[PHONE|+91 80 4718 2260]].

Regards,
Talent Acquisition, Lumina Health
[[ADDRESS|3rd Floor, Prestige Tech Park, Outer Ring Road, Kadubeesanahalli]], Bengaluru [[POSTAL_CODE|560103]]"""),

    ("en", """Subject: Re: Re: Lost luggage claim LHR

Dear Ms. [[PERSON|Wiśniewska]],

We have located your bag (tag [[KEEP:BAGTAG|BA 427718]]) and will deliver it tomorrow between 2 pm and 6 pm to:
[[ADDRESS|Flat 12, Montague Court, 44 Kensington Church Street]], London [[POSTAL_CODE|W8 4DB]]

> Please deliver to my hotel instead if possible.
> [[PERSON|Natalia Wiśniewska]]
> [[PHONE|+48 601 227 945]]

Baggage Services"""),

    ("en", """Subject: Quote request - 200 units

Hello,

We're interested in 200 units of your 27" monitor (EAN [[KEEP:EAN|8400467577534]], model [[KEEP:PART|VX27-Q4]]).
Please send your best price including delivery to our warehouse:
[[ADDRESS|1180 Industrial Parkway North]], Brunswick, OH [[POSTAL_CODE|44212]]

Thanks,
[[PERSON|Ramon Villanueva]]
Purchasing | Keystone IT Solutions
[[PHONE|330.555.0177]] ext. 214 | [[EMAIL|rvillanueva@keystone-it.example.com]]"""),

    ("en", """Subject: Jury duty - need cover for Thursday

Team,
I've been called for jury duty on Thursday. [[PERSON|Chase]] has agreed to take my 2pm with Johnson & Johnson, and [[PERSON|Amber]] will cover the Mary Kay call.
My phone will be off most of the day; urgent stuff to [[PERSON|Chase Whitfield]] on [[PHONE|214-555-0139]].
- [[PERSON|Hunter]]"""),

    ("en", """Subject: Re: Thesis submission

Dear Professor [[PERSON|Adeyemi]],

Thank you for your comments. I have revised chapter 3 as suggested and attached the new draft.

Best regards,
[[PERSON|Kwame Mensah]]
PhD candidate, Department of Economics
Student ID: [[KEEP:STUDENT|20231187]]

On 30 Nov 2026, at 11:41, [[PERSON|Folake Adeyemi]] <[[EMAIL|f.adeyemi@univ.example.ac.uk]]> wrote:
> [[PERSON|Kwame]], chapter 3 needs a clearer identification strategy. Let's discuss on Friday."""),

    ("en", """Subject: Refund for order #A77201
From: Orchard & Vine Support <[[EMAIL|help@orchardvine.example.com]]>

Hi [[PERSON|Faith]],

We're sorry your candles arrived broken. We've issued a full refund of $64.90 to your card ending in 3309. It may take 5-10 business days to appear.

Order: [[KEEP:ORDER|A77201]]
Shipped to: [[PERSON|Faith Mutua]], [[ADDRESS|1904 Larkspur Lane]], Boise, ID [[POSTAL_CODE|83704]]

Warmly,
[[PERSON|Joy]] from Orchard & Vine"""),

    ("en", """Subject: Board pack - December meeting

Dear Directors,

Please find the board pack attached. Apologies have been received from [[PERSON|Lars-Erik Lindqvist]] and [[PERSON|Sigrid Haugen]].
The meeting will be held at our Oslo office, [[ADDRESS|Dronning Eufemias gate 16]], [[POSTAL_CODE|0191]] Oslo, and by video.
Dial-in: [[PHONE|+47 21 93 48 20]], PIN [[KEEP:PIN|448 192 07]]

Kind regards,
[[PERSON|Freya Dahl]]
Company Secretary"""),

    # ---- English chat logs --------------------------------------------------------------------
    ("en", """[09:14] <[[PERSON|marco.rossi]]> morning all, is the vpn down again?
[09:15] <[[PERSON|jenny]]> yep, [[PERSON|dmitri]] is on it
[09:15] <[[PERSON|dsokolov]]> should be back in 5. gateway [[IP_ADDRESS|198.51.100.23]] was rebooting
[09:21] <[[PERSON|marco.rossi]]> works now, thx [[PERSON|dmitri]]"""),

    ("en", """WhatsApp - "Wedding planning 💍"
Aunty [[PERSON|Rose]]: Florist confirmed for Saturday!! her number is [[PHONE|+254 712 448 309]]
[[PERSON|Baraka]]: asante sana aunty 🙏
[[PERSON|Zawadi]]: who is picking up grandpa [[PERSON|Juma]] from the airport?
[[PERSON|Baraka]]: me, flight lands 3pm
Aunty [[PERSON|Rose]]: [[PERSON|wanjiru]] said the tent guys will come friday evening"""),

    ("en", """#eng-oncall
[[PERSON|sipho.ndlovu]] 02:13
paging: api error rate 14% on prod-eu. looks like db primary [[IP_ADDRESS|10.112.4.8]] is saturated
[[PERSON|thandiwe]] 02:15
on it. failing over to replica
[[PERSON|sipho.ndlovu]] 02:31
recovered. postmortem owner: [[PERSON|Thandiwe Dlamini]], ticket [[KEEP:TICKET|INC-20417]]"""),

    ("en", """Customer chat transcript
Agent ([[PERSON|Lucy]]): Hi, thanks for contacting Brightline Broadband! How can I help?
Customer: hi my internet keeps dropping every evening
Agent ([[PERSON|Lucy]]): Sorry to hear that. Can I have the account holder's name and the postcode?
Customer: [[PERSON|tomasz zielinski]], [[POSTAL_CODE|M14 6HT]]
Agent ([[PERSON|Lucy]]): Thanks [[PERSON|Tomasz]]. I can see your router ([[KEEP:SERIAL|BL-HH5-88301744]]) rebooted 6 times yesterday. I'll send a replacement to [[ADDRESS|41 Ladybarn Lane]], is that right?
Customer: yes"""),

    ("en", """Teams chat - Procurement
[[PERSON|Elif Şahin]] 10:02
Has anyone got the contact at the Izmir supplier?
[[PERSON|Burak Öztürk]] 10:04
[[PERSON|Emre]] from Kaya Tekstil, [[PHONE|+90 232 441 87 20]], [[EMAIL|emre@kayatekstil.example.com.tr]]
[[PERSON|Elif Şahin]] 10:05
thanks!"""),

    ("en", """discord #general
[[PERSON|kai_lindgren]]: anyone selling a spare gpu?
[[PERSON|bjorn]]: maybe, dm me
u/tokyo_dad_88: i have a 3080, shipping from osaka only
[[PERSON|kai_lindgren]]: [[PERSON|bjorn]] sent you a msg
svc-modbot: reminder: no trading in #general, use #marketplace"""),

    ("en", """SMS thread
Me: hey is this [[PERSON|ngozi]]? got your number from [[PERSON|obinna]] about the apartment
[[PHONE|+234 803 552 1947]]: yes this is [[PERSON|Ngozi Eze]]. still interested?
Me: yes! can i view it saturday?
[[PHONE|+234 803 552 1947]]: 11am works. its [[ADDRESS|14 Adeola Odeku Street, Flat 2B]], Victoria Island"""),

    ("en", """Slack DM
[[PERSON|hana.kobayashi]] 3:02 PM
[[PERSON|raj]] can you send me the vendor's bank details for the wire?
[[PERSON|rajesh.pillai]] 3:10 PM
Beneficiary: Vasquez Logistics SA de CV
Bank: BBVA Mexico, SWIFT [[BANK_ACCOUNT|BCMRMXMMPYM]]
Account (CLABE): [[BANK_ACCOUNT|012180001234567897]]
[[PERSON|hana.kobayashi]] 3:11 PM
thank you!!"""),

    ("en", """[Zoom chat]
From [[PERSON|Abebe Bekele]] to Everyone: sorry my video is off, bad connection in Addis
From [[PERSON|Meron]] to Everyone: can someone share the deck link again
From Host to Everyone: https://docs.example.com/d/q4-review
From [[PERSON|Dawit Alemu]] to Everyone: my number if the call drops: [[PHONE|+251 911 43 7728]]"""),

    ("en", """group chat: Saturday 5-a-side
[[PERSON|sunny]]: we need one more player
[[PERSON|liam o'connor]]: my cousin [[PERSON|Declan]] can play
[[PERSON|sunny]]: legend. pitch is at [[ADDRESS|Unit 3, Ballymount Road Upper]]
[[PERSON|mo]]: i'll bring the bibs"""),

    # ---- English support tickets ------------------------------------------------------------
    ("en", """Ticket #[[KEEP:TICKET|HD-448190]] | Priority: P2 | Status: Open
Requester: [[PERSON|Olumide Fashola]] <[[EMAIL|o.fashola@greenway-energy.example.com]]>
Subject: Cannot connect to shared drive

Since this morning I can't map the S: drive. Error [[KEEP:ERROR|0x80070035]]. My machine IP is [[IP_ADDRESS|10.3.44.187]].

-- Internal note ([[PERSON|Kerry-Ann]]): DNS record was stale, fixed. Waiting for user to confirm."""),

    ("en", """Support request
Name: [[PERSON|Aino Virtanen]]
Email: [[EMAIL|aino.virtanen@example.fi]]
Phone: [[PHONE|+358 40 718 2294]]
Product: Nordic Trail Backpack 45L (EAN [[KEEP:EAN|6418237705515]])
Message: The hip belt buckle broke after two weeks. Receipt attached. I would like a replacement shipped to [[ADDRESS|Mannerheimintie 48 B 17]], [[POSTAL_CODE|00260]] Helsinki."""),

    ("en", """Issue: Duplicate charge
Reported by: [[PERSON|Carlos Eduardo Méndez Ruiz]]
Card: Visa ending 4471
Transactions: $129.00 on 12/01 (auth [[KEEP:AUTH|558201]]) and $129.00 on 12/01 (auth [[KEEP:AUTH|558214]])
Callback: [[PHONE|(305) 555-0186]]
Notes: customer was on the phone with [[PERSON|Brianna]] for 40 min; escalated to billing."""),

    ("en", """Case [[KEEP:CASE|00418827]] - Warranty claim
Contact: [[PERSON|Imran Qureshi]]
Company: Qureshi Textiles (Pvt) Ltd
Address: [[ADDRESS|Plot 42, Sector 24, Korangi Industrial Area]], Karachi [[POSTAL_CODE|74900]]
Phone: [[PHONE|+92 21 3506 1148]]
Unit serial: [[KEEP:SERIAL|CMP-7H2-004418]]
Fault: compressor tripping on startup"""),

    ("en", """From the web form:
full name: [[PERSON|nusrat jahan]]
email: [[EMAIL|nusrat.j1994@example.com]]
phone: [[PHONE|01711-428390]]
message: hello i ordered the blue saree 2 weeks ago (order [[KEEP:ORDER|BD-300741]]) and it has not arrived, please check"""),

    ("en", """JIRA SUP-2231: Account locked after password reset
Reporter: [[PERSON|Mariam Al-Sayegh]]
Assignee: [[PERSON|Tobias]]
Description:
User [[EMAIL|mariam.alsayegh@dune-holdings.example.ae]] locked out after 5 failed attempts from [[IP_ADDRESS|94.200.17.61]].
Comment ([[PERSON|Tobias Keller]]): unlocked, asked user to enroll MFA. Closing."""),

    # ---- English CRM notes ---------------------------------------------------------------------
    ("en", """Account: Meridian Foods (Pty) Ltd
Contact: [[PERSON|Bongani Zulu]], Procurement Lead
Last touch: 02 Dec - call, 25 min. Interested in cold-chain sensors for 14 trucks. Budget approved in Feb.
Next step: site visit at their Durban depot, [[ADDRESS|112 Umgeni Road, Greyville]]
Owner: [[PERSON|Riaan]]"""),

    ("en", """Lead: [[PERSON|Lucía Martínez de la Fuente]] (CFO, Grupo Alameda)
Source: LinkedIn InMail, replied 11/30
Notes: prefers Spanish; her EA [[PERSON|Paloma]] manages the calendar. Mentioned they're unhappy with current ERP vendor (renewal June).
Do not call before 10am Madrid time. Mobile [[PHONE|+34 612 448 901]]"""),

    ("en", """Opportunity note - Henderson Dental Group
Met Dr. [[PERSON|Mei-Ling Hsu]] again at the Chicago Midwinter Meeting; she's now managing partner.
Still using paper charts at 3 of 7 clinics. Wants a demo for her office manager, [[PERSON|Roxanne Pike]].
Follow-up booked for Jan 8."""),

    ("en", """Contact record
Name: [[PERSON|Chukwuemeka Okafor]] ("[[PERSON|Emeka]]")
Title: Country Manager, Nigeria
Mobile: [[PHONE|0802 317 6645]]
Email: [[EMAIL|emeka.okafor@sahelpay.example.com]]
Assistant: [[PERSON|Blessing Adewale]]
Tags: decision-maker, golf, Arsenal fan"""),

    ("en", """Renewal risk notes (Q4)
- Pinecrest Schools: champion [[PERSON|Jordan Blake]] left in October; new IT director unknown.
- Harbor Freight Lines: happy, expanding to Jordan and Georgia offices (the countries, not the states).
- Wellspring Clinics: [[PERSON|Victor Amsel]] complained about SSO outages; CSM [[PERSON|Leticia]] to follow up."""),

    # ---- English invoices ------------------------------------------------------------------
    ("en", """INVOICE
Invoice no.: [[KEEP:INVOICE|INV-2026-0412]]
Date: 4 December 2026
Bill to: [[PERSON|Eirik Solberg]], Solberg Arkitekter AS, [[ADDRESS|Kirkegata 15]], [[POSTAL_CODE|0153]] Oslo, Norway
From: Northlight Studio Ltd, [[ADDRESS|3 Clerkenwell Green]], London [[POSTAL_CODE|EC1R 0DE]]
VAT reg: [[KEEP:VAT|GB 318 2241 07]]
Description: 3D visualisation, 12 renders ........ GBP 4,800.00
Payment: IBAN [[BANK_ACCOUNT|GB27BARC66131860913909]], BIC [[BANK_ACCOUNT|BARCGB22]]"""),

    ("en", """TAX INVOICE
PT Sinar Kopi Nusantara
[[ADDRESS|Jl. Gatot Subroto Kav. 18, Gedung Wisma Mulia 2 Lt. 9]], Jakarta Selatan [[POSTAL_CODE|12710]]
Customer: [[PERSON|Wulan Sari]]
Invoice: [[KEEP:INVOICE|SKN/INV/2026/12/0087]]
Item: Arabica Gayo 1kg x 20 @ IDR 320,000 = IDR 6,400,000
Transfer to: Bank Mandiri a/c [[BANK_ACCOUNT|1230007718245]] a.n. PT Sinar Kopi Nusantara"""),

    ("en", """Receipt #[[KEEP:RECEIPT|R-004417]]
The Copper Kettle Café, [[ADDRESS|19 High Street]], Hay-on-Wye [[POSTAL_CODE|HR3 5AE]]
2 x Flat white  £7.00
1 x Welsh cake  £2.20
Card: Mastercard ****5521
Served by: [[PERSON|Gwen]]
Thank you!"""),

    ("en", """Statement of account - December 2026
Customer: [[PERSON|Akosua Asante]]
Account: [[KEEP:ACCOUNT|SUB-77204]]
Plan: Business Fibre 500, GHS 890.00/month
Payment method: card [[CREDIT_CARD|5276 2002 9004 3175]], auto-debit on the 5th
Questions? Call [[PHONE|+233 30 274 1180]]"""),

    # ---- English shipping forms -----------------------------------------------------------------
    ("en", """COMMERCIAL INVOICE / PACKING LIST
Shipper: Tanaka Precision Co., Ltd., [[ADDRESS|2-14-7 Shimomaruko, Ota-ku]], Tokyo [[POSTAL_CODE|146-0092]], Japan, tel [[PHONE|+81 3-3759-2210]]
Consignee: [[PERSON|Kavitha Subramaniam]], Ascend Robotics Pvt Ltd, [[ADDRESS|No. 17, SIPCOT IT Park, Siruseri]], Chennai [[POSTAL_CODE|603103]], India, tel [[PHONE|+91 44 4740 2215]]
AWB: [[KEEP:TRACKING|176-44817203]]
HS code: 8483.40, 24 pcs ball screws, JPY 1,248,000"""),

    ("en", """UPS label
SHIP TO:
[[PERSON|DIVINA MACAPAGAL]]
[[ADDRESS|UNIT 1508 ONE SERENDRA, 11TH AVE COR 28TH ST, BGC]]
TAGUIG CITY [[POSTAL_CODE|1634]] PHILIPPINES
[[PHONE|+63 917 448 2216]]
TRACKING #: [[KEEP:TRACKING|1Z 4E7 W83 04 4418 2271]]
WEIGHT: 2.4 KG"""),

    ("en", """Return authorisation
RMA: [[KEEP:RMA|RMA-55218]]
Customer: [[PERSON|Jiří Dvořák]]
Return from: [[ADDRESS|Vinohradská 1511/230]], [[POSTAL_CODE|100 00]] Praha 10, Czech Republic
Item: espresso grinder, serial [[KEEP:SERIAL|EG-220-19C4471]]
Reason: burr motor noise"""),

    ("en", """Delivery note
To: Maple Leaf Outfitters, attn. [[PERSON|Genevieve Tremblay]]
[[ADDRESS|2280 Rue Sainte-Catherine Ouest, Bureau 400]], Montréal QC [[POSTAL_CODE|H3H 1M8]]
Phone: [[PHONE|514-555-0127]]
Carrier: Purolator, PIN [[KEEP:TRACKING|335744180216]]
Contents: 40 x winter parka (SKU [[KEEP:SKU|MLO-PK-XL-BLK]])"""),

    # ---- English HR memos and meeting minutes ------------------------------------------------
    ("en", """MEMO - CONFIDENTIAL
To: Payroll
From: HR Business Partner, [[PERSON|Keisha Robinson]]
Re: Salary change effective 1 January

Employee: [[PERSON|Andrés Gómez Herrera]] (ID [[KEEP:EMPLOYEE|EMP-30918]])
New base salary: USD 96,500
Direct deposit unchanged (routing [[KEEP:ROUTING|021000021]], account [[BANK_ACCOUNT|4471 0928 3316]])
Please confirm once processed."""),

    ("en", """Announcement: New starters this month
Please welcome [[PERSON|Oleksandr Kovalenko]] (Backend), [[PERSON|Ximena Rodríguez Salazar]] (Design) and [[PERSON|Thilini Perera]] (Finance).
[[PERSON|Oleksandr]] joins us from Kyiv and will be based in the Warsaw hub. Say hi in #welcome!"""),

    ("en", """Leave request
Employee: [[PERSON|Sunil Shrestha]]
Type: Annual leave (home visit)
Dates: 21 Dec - 8 Jan
Contact while away: [[PHONE|+977 1-4412208]] (Kathmandu)
Cover: [[PERSON|Grace Wanjiku]]
Approved by: [[PERSON|Hamid]]"""),

    ("en", """Disciplinary hearing - notes
Present: [[PERSON|Tigist Haile]] (HR), [[PERSON|Connor McBride]] (line manager), employee [[PERSON|Dale Fitzgerald]], companion [[PERSON|Sharon Kowalczyk]] (union rep)
Allegation: repeated unauthorised absence (3 occasions in November)
Outcome: first written warning, to be confirmed in writing by 11 December."""),

    ("en", """Minutes - Product Steering Committee, 3 Dec 2026
Attendees: [[PERSON|Priyanka Ghosh]] (chair), [[PERSON|Tom Ashworth]], [[PERSON|Yuki]] (notes), [[PERSON|Fernando Alves]]
1. Pricing for Nova 2.0: agreed on three tiers; [[PERSON|Tom]] to update the deck.
2. Launch date moved to 17 March because of the App Store review backlog.
3. Beta feedback: 412 responses, NPS 38.
Actions: [[PERSON|Fernando]] - localisation quote for pt-BR and es-MX."""),

    ("en", """Minutes of the Annual General Meeting of Riverside Allotment Society
Held at St Luke's Church Hall, 7:30pm
Chair: [[PERSON|Margaret Ellison]]. Secretary: [[PERSON|Huw Pritchard]].
Apologies: Mr and Mrs [[PERSON|Okonjo]], [[PERSON|Stanisław]] from plot 14.
1. Treasurer's report: balance £2,318.40. Annual fee stays at £35.
2. Water troughs to be replaced before spring; [[PERSON|Huw]] to get quotes.
3. Waiting list: 23 names. New plots offered in order of application.
Meeting closed 9:05pm."""),

    # ---- English call-centre transcripts ----------------------------------------------------
    ("en", """AGENT: Thank you for calling Summit Bank, my name is [[PERSON|Darnell]], who am I speaking with?
CALLER: Hi, this is [[PERSON|Rebecca Haddad]].
AGENT: Thanks, Ms [[PERSON|Haddad]]. For security, can you confirm the last four digits of your card and your date of birth?
CALLER: 8834, and March 2nd, 1981.
AGENT: Thank you. How can I help today?
CALLER: I'd like to set up a transfer to my sister in Amman, [[PERSON|Layla Nasser]]. Her IBAN is [[BANK_ACCOUNT|JO72 ARAB 1130 3982 5979 1907 4833 78]]."""),

    ("en", """hi thanks for calling northside pharmacy this is [[PERSON|kayla]] how can i help you yeah hi im calling to refill a prescription for my mom her name is [[PERSON|rosa delgado]] d e l g a d o okay and her date of birth july fourth nineteen fifty two okay and whats a good callback number [[PHONE|773 555 0154]] perfect ill have it ready by four"""),

    ("en", """Call summary (auto-generated)
Caller: [[PERSON|Hemi Walker]]
Intent: change delivery address
New address: [[ADDRESS|17 Karangahape Road, Apartment 6]], Auckland [[POSTAL_CODE|1010]]
Verified with: order number [[KEEP:ORDER|NZ-448172]] and email [[EMAIL|hemi.walker@example.co.nz]]
Sentiment: neutral
Agent: [[PERSON|Aroha]]"""),

    ("en", """yes hello my name is [[PERSON|vikram nair]] i have an appointment on thursday with doctor [[PERSON|fernandes]] but i need to move it okay can i get your patient number yes its [[KEEP:PATIENT|PT 558 204]] okay mr [[PERSON|nair]] i have friday at ten thirty or monday at two friday is good"""),

    ("en", """IVR log - caller [[PHONE|+44 7700 900417]]
00:00 greeting
00:07 menu option 2 (billing)
00:41 transferred to agent [[PERSON|Chloe B.]]
01:12 caller identified as [[PERSON|Oscar Lindberg]], account [[KEEP:ACCOUNT|0044817729]]
06:30 call ended, disposition: payment plan agreed"""),

    ("en", """Agent: Good afternoon, Maple Insurance, [[PERSON|Trevor]] speaking.
Caller: Hi, I'm calling about claim [[KEEP:CLAIM|CLM-2026-33817]]. I'm the policy holder, [[PERSON|Parisa Moradi]].
Agent: Thanks [[PERSON|Parisa]]. I see the adjuster, [[PERSON|Kaveh Jafari]], visited on Monday.
Caller: Yes, and he said the payout would go to my account at TD, but I closed it. Can I give you a new one?
Agent: Sure, I'll send you a secure form by email to [[EMAIL|parisa.moradi@example.ca]]."""),

    # ---- English CSV, JSON and logs -------------------------------------------------------------
    ("en", """customer_id,first_name,last_name,email,phone,zip
[[KEEP:CUSTOMER|C-90017]],[[PERSON|Dana]],[[PERSON|Kowalski]],[[EMAIL|dana.kowalski@example.com]],[[PHONE|608-555-0119]],[[POSTAL_CODE|53703]]
[[KEEP:CUSTOMER|C-90018]],[[PERSON|Hector]],[[PERSON|Quispe Mamani]],[[EMAIL|hquispe@example.pe]],[[PHONE|+51 984 227 315]],
[[KEEP:CUSTOMER|C-90019]],[[PERSON|Ama]],[[PERSON|Boateng]],[[EMAIL|ama.boateng@example.com]],[[PHONE|(404) 555-0172]],[[POSTAL_CODE|30309-4418]]"""),

    ("en", """{
  "event": "user.signup",
  "timestamp": "2026-12-04T08:12:44Z",
  "user": {
    "id": "[[KEEP:USER|usr_8f31c0a2]]",
    "display_name": "[[PERSON|Siddharth Rao]]",
    "handle": "[[PERSON|sid_rao]]",
    "email": "[[EMAIL|siddharth.rao@example.in]]",
    "phone": "[[PHONE|+919845011273]]"
  },
  "client_ip": "[[IP_ADDRESS|49.207.51.118]]",
  "app_version": "[[KEEP:VERSION|5.12.3]]"
}"""),

    ("en", """Dec 04 10:22:17 mail01 postfix/smtpd[22817]: connect from unknown[[[IP_ADDRESS|185.220.101.44]]]
Dec 04 10:22:18 mail01 postfix/smtpd[22817]: NOQUEUE: reject: RCPT from unknown[[[IP_ADDRESS|185.220.101.44]]]: 554 5.7.1 <[[EMAIL|ceo@halvorsen-shipping.example.no]]>: Relay access denied
Dec 04 10:22:18 mail01 postfix/smtpd[22817]: disconnect from unknown[[[IP_ADDRESS|185.220.101.44]]]"""),

    ("en", """name	role	email	desk
[[PERSON|Anneke de Vries]]	Product Owner	[[EMAIL|a.devries@example.nl]]	3.14
[[PERSON|Sem Bakker]]	Developer	[[EMAIL|sem.bakker@example.nl]]	3.15
[[PERSON|Fatima Zahra Benali]]	QA	[[EMAIL|fz.benali@example.nl]]	3.16"""),

    ("en", """[2026-12-04 14:03:11,482] WARNING payments.webhook: card declined customer=[[PERSON|Ingrid Johansson]] card=[[CREDIT_CARD|4807032948888342]] amount=SEK 1 249,00 reason=insufficient_funds
[2026-12-04 14:03:11,490] INFO payments.webhook: notified [[EMAIL|ingrid.johansson@example.se]]"""),

    ("en", """GET /api/v2/users/search?q=[[PERSON|osei]]&limit=20 HTTP/1.1
Host: crm.internal.example.com
X-Forwarded-For: [[IP_ADDRESS|2a02:c7c:5c4e:8700:1d4b:9a21:6f0e:3c11]]
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15
Authorization: Bearer <redacted>"""),

    ("en", """- name: [[PERSON|Dmitri Volkov]]
  team: platform
  slack: "@[[PERSON|dvolkov]]"
  oncall_phone: "[[PHONE|+7 916 448-22-71]]"
- name: [[PERSON|Leila Karimi]]
  team: platform
  slack: "@[[PERSON|leila.k]]"
  oncall_phone: "[[PHONE|+1 650 555 0131]]\""""),

    # ---- German -----------------------------------------------------------------------------------
    ("en", """Betreff: AW: Terminbestätigung Montage

Sehr geehrte Frau [[PERSON|Hoffmann]],

hiermit bestätigen wir den Montagetermin am Dienstag, 15.12., zwischen 8 und 12 Uhr an folgender Adresse:
[[ADDRESS|Lindenstraße 42, 3. OG links]], [[POSTAL_CODE|10969]] Berlin

Bei Rückfragen erreichen Sie unseren Monteur [[PERSON|Jens Albrecht]] unter [[PHONE|0171 4482913]].

Mit freundlichen Grüßen
[[PERSON|Sabine Krüger]]
Kundendienst, Küchenwelt Nord GmbH
Tel. [[PHONE|+49 30 2218 4470]]"""),

    ("en", """Rechnung Nr. [[KEEP:INVOICE|RE-2026-1187]]
Leistungszeitraum: November 2026
Empfänger: Dr. med. [[PERSON|Hakan Yılmaz]], Hausarztpraxis, [[ADDRESS|Königsallee 60]], [[POSTAL_CODE|40212]] Düsseldorf
Betrag: 1.428,00 EUR inkl. 19 % USt.
Bitte überweisen Sie den Betrag bis zum 31.12.2026 auf das Konto
IBAN [[BANK_ACCOUNT|DE63 2492 7007 6114 4581 24]] · BIC [[BANK_ACCOUNT|GENODEF1S12]]
Steuernummer: [[KEEP:TAX|133/5812/0447]]"""),

    ("en", """Gesprächsnotiz 03.12.2026
Anrufer: Herr [[PERSON|Wolfgang Schmid]], Hausverwaltung Schmid & Partner
Anliegen: Heizungsausfall in der [[ADDRESS|Goethestraße 7, Hinterhaus, Whg. 12]], [[POSTAL_CODE|80336]] München
Mieterin: Frau [[PERSON|Aylin Çelik]], erreichbar unter [[PHONE|0157 33819264]]
Rückruf durch [[PERSON|Uwe]] bis 14 Uhr zugesagt."""),

    ("en", """Hallo zusammen,
kurze Info: ab Januar übernimmt [[PERSON|Lena Weber]] die Urlaubsplanung von [[PERSON|Klaus]]. Anträge bitte an [[EMAIL|lena.weber@brauhaus-mueller.example.de]].
Die Brauerei-Führung für die Kunden von Paulaner findet am 20.01. statt.
Viele Grüße, [[PERSON|Steffi]]"""),

    ("en", """Lieferschein [[KEEP:DELIVERY|LS-448120]]
Lieferanschrift: Müller Maschinenbau AG, z. Hd. Herrn [[PERSON|Matthias Brandstätter]], [[ADDRESS|Industriestraße 14-16, Halle 3]], [[POSTAL_CODE|73230]] Kirchheim unter Teck
Artikel: Hydraulikpumpe HP-40, EAN [[KEEP:EAN|4004567048815]], Menge 4
Fahrer: [[PERSON|Goran Petrović]], Tel. [[PHONE|+49 160 99281174]]"""),

    # ---- French -------------------------------------------------------------------------------------
    ("en", """Objet : Réservation confirmée – séminaire d'équipe

Bonjour Madame [[PERSON|Lefebvre]],

Nous avons le plaisir de confirmer votre réservation pour 18 personnes du 28 au 30 janvier.
Adresse : Domaine des Tilleuls, [[ADDRESS|12 chemin des Vignes]], [[POSTAL_CODE|84160]] Lourmarin
Pour toute question, contactez [[PERSON|Aurélie Marchand]] au [[PHONE|04 90 68 27 15]].

Bien cordialement,
[[PERSON|Aurélie Marchand]]
[[EMAIL|reservations@domainedestilleuls.example.fr]]"""),

    ("en", """Facture n° [[KEEP:INVOICE|F2026-00912]]
Client : [[PERSON|Jean-Baptiste Moreau]]
Adresse de facturation : [[ADDRESS|45 rue de la République, Bât. B, Apt 12]], [[POSTAL_CODE|69002]] Lyon
Montant TTC : 2 340,00 €
Règlement par virement : IBAN [[BANK_ACCOUNT|FR02 5866 3588 9048 5057 4410 644]]
SIRET : [[KEEP:SIRET|832 447 190 00018]]"""),

    ("en", """Compte rendu de réunion – 2 décembre
Présents : [[PERSON|Amadou Diallo]], [[PERSON|Claire Dubois]], [[PERSON|Youssef Benjelloun]], [[PERSON|Mathilde]] (stagiaire)
- Le salon de Bordeaux est confirmé ; [[PERSON|Amadou]] s'occupe du stand.
- Le fournisseur de Lille a augmenté ses prix de 8 %.
Prochaine réunion : mardi 16 décembre, salle Saint-Exupéry."""),

    ("en", """Bonjour, je m'appelle [[PERSON|Fatou Ndiaye]], j'ai commandé une machine à café (commande [[KEEP:ORDER|CMD-7741902]]) et elle ne s'allume pas. Vous pouvez me rappeler au [[PHONE|+33 6 12 44 87 39]] ? Merci d'avance."""),

    ("en", """Note interne – dossier client
Nom : [[PERSON|Gagnon]], [[PERSON|Marie-Ève]]
Courriel : [[EMAIL|marieeve.gagnon@example.qc.ca]]
Adresse : [[ADDRESS|1120, avenue Cartier, app. 3]], Québec (Québec) [[POSTAL_CODE|G1R 2S8]]
Remarque : préfère être contactée en français."""),

    # ---- Spanish ----------------------------------------------------------------------------------
    ("en", """Asunto: Confirmación de pedido

Estimada Sra. [[PERSON|García López]]:

Le confirmamos que su pedido [[KEEP:ORDER|ES-2026-55103]] será entregado el jueves en:
[[ADDRESS|Calle de Alcalá 214, 5º B]], [[POSTAL_CODE|28028]] Madrid

Atentamente,
[[PERSON|Javier Ortega Villalobos]]
Atención al cliente – [[PHONE|+34 912 448 301]]"""),

    ("en", """Acta de reunión – Comité de Seguridad
Asistentes: [[PERSON|Alejandro Torres Quintero]] (presidente), [[PERSON|María José Fernández Ruiz]], [[PERSON|Pedro Ramírez]], [[PERSON|Guadalupe]] (RR. HH.)
1. Se aprobó el nuevo protocolo de evacuación de la planta de Monterrey.
2. [[PERSON|Pedro]] enviará el informe de accidentes de noviembre.
Próxima reunión: 14 de enero."""),

    ("en", """Hola [[PERSON|Vale]]!! soy [[PERSON|Nico]], te paso el número del plomero que te dije: [[PHONE|11 4872-3391]], se llama [[PERSON|Osvaldo]]. Vive en [[ADDRESS|Av. Corrientes 3247, piso 6 dpto. C]], CABA, por si querés pasar. Besos"""),

    ("en", """Datos de facturación
Razón social: Distribuidora del Pacífico S.A. de C.V.
RFC: [[KEEP:RFC|DPA180412KT3]]
Contacto: Lic. [[PERSON|Ernesto Villaseñor]]
Domicilio: [[ADDRESS|Av. Vallarta 6503, Local 12, Col. Ciudad Granja]], Zapopan, Jal., C.P. [[POSTAL_CODE|45010]]
Tel.: [[PHONE|33 3110 4829]]"""),

    ("en", """Ticket #[[KEEP:TICKET|SOP-33019]] – No puedo acceder a mi cuenta
Cliente: [[PERSON|camila fuentes]]
Correo: [[EMAIL|cami.fuentes@example.cl]]
Teléfono: [[PHONE|+56 9 8471 2203]]
Mensaje: hola, cambié de celular y no me llega el código de verificación, ayuda por favor"""),

    # ---- Portuguese -------------------------------------------------------------------------------
    ("en", """Assunto: Proposta comercial – Serviços de limpeza

Prezado Sr. [[PERSON|Thiago Albuquerque]],

Segue em anexo nossa proposta para o condomínio situado na [[ADDRESS|Av. Paulista, 1842, conj. 155]], São Paulo – SP, CEP [[POSTAL_CODE|01310-200]].
Valor mensal: R$ 18.400,00.

Atenciosamente,
[[PERSON|Ana Beatriz Souza]]
Limpa Bem Serviços Ltda. – CNPJ [[KEEP:CNPJ|12.448.903/0001-27]]
[[PHONE|(11) 98412-3307]]"""),

    ("en", """Olá [[PERSON|Gonçalo]], tudo bem?
A reunião com a [[PERSON|Inês Tavares]] ficou para quinta às 15h, no escritório da [[ADDRESS|Rua Augusta 118, 3.º Esq.]], [[POSTAL_CODE|1100-053]] Lisboa.
Se precisares de alguma coisa liga-me: [[PHONE|912 448 306]].
Abraço, [[PERSON|Rui]]"""),

    ("en", """Nota fiscal – dados do destinatário
Nome: [[PERSON|Mariana Costa e Silva]]
CPF: [[KEEP:CPF|448.129.330-71]]
Endereço: [[ADDRESS|Rua Voluntários da Pátria, 89, apto 702, Botafogo]], Rio de Janeiro – RJ
CEP: [[POSTAL_CODE|22270-010]]
E-mail: [[EMAIL|mariana.costasilva@example.com.br]]"""),

    ("en", """Transferência internacional
Beneficiário: [[PERSON|João Pedro Carvalho]]
Banco: Banco do Brasil
IBAN: [[BANK_ACCOUNT|BR4143021449265607261555827NL]]
SWIFT: [[BANK_ACCOUNT|BRASBRRJBHE]]
Valor: USD 2.500,00
Finalidade: pagamento de serviços de consultoria"""),

    ("en", """Ata – Reunião de pais e mestres
Presentes: professora [[PERSON|Rosângela]], [[PERSON|Cláudio Nogueira]] (pai do [[PERSON|Davi]]), [[PERSON|Patrícia Lima]] (mãe da [[PERSON|Sofia]]).
A festa de encerramento será no dia 18/12 no salão da igreja São Judas Tadeu."""),

    # ---- Indonesian ------------------------------------------------------------------------------
    ("en", """Yth. Bapak [[PERSON|Agus Prasetyo]],

Bersama email ini kami sampaikan undangan rapat koordinasi vendor pada hari Selasa, 15 Desember 2026 pukul 10.00 WIB di kantor kami, [[ADDRESS|Jl. Jend. Sudirman Kav. 52-53, Gedung Artha Graha Lt. 12]], Jakarta [[POSTAL_CODE|12190]].
Konfirmasi kehadiran dapat disampaikan kepada Ibu [[PERSON|Putri Anggraini]] di [[PHONE|0812-9044-7316]].

Hormat kami,
[[PERSON|Rizky Ramadhan]]"""),

    ("en", """Chat CS Tokopedia-style
Pembeli: halo kak, paket saya belum sampai, no resi [[KEEP:TRACKING|JP4471820336]]
CS [[PERSON|Dinda]]: Halo kak, boleh info nama dan alamat lengkapnya?
Pembeli: [[PERSON|eko wahyudi]], [[ADDRESS|Jl. Kaliurang Km 7,5 Gg. Mawar No. 14]], Sleman, Yogyakarta [[POSTAL_CODE|55581]]
CS [[PERSON|Dinda]]: Baik kak [[PERSON|Eko]], kami cek ke kurir dulu ya 🙏"""),

    ("en", """Data karyawan baru
Nama: [[PERSON|Siti Rahmawati]]
Jabatan: Staf Akuntansi
No. HP: [[PHONE|+62 856 4129 7730]]
Email: [[EMAIL|siti.rahmawati@example.co.id]]
Rekening gaji: BCA [[BANK_ACCOUNT|8410772391]]
Kontak darurat: [[PERSON|Sutrisno]] (ayah)"""),

    ("en", """Notulen rapat RT 05 / RW 02
Hadir: Pak [[PERSON|Hendra]] (Ketua RT), Bu [[PERSON|Kartika]], Pak [[PERSON|Made Suardana]], Mas [[PERSON|Yoga]]
1. Iuran kebersihan naik menjadi Rp 30.000 per bulan mulai Januari.
2. Kerja bakti tanggal 20 Desember, kumpul di pos ronda jam 07.00."""),

    # ---- Vietnamese --------------------------------------------------------------------------------
    ("en", """Kính gửi anh [[PERSON|Trần Văn Minh]],

Công ty chúng tôi xin xác nhận lịch giao hàng vào ngày 10/12 tại địa chỉ: [[ADDRESS|Số 27 đường Nguyễn Huệ, phường Bến Nghé, Quận 1]], TP. Hồ Chí Minh.
Người liên hệ: chị [[PERSON|Phạm Thị Lan]], điện thoại [[PHONE|090 448 2719]].

Trân trọng,
[[PERSON|Lê Hoàng Nam]]"""),

    ("en", """Tin nhắn Zalo
[[PERSON|Võ Thanh Tùng]]: em ơi gửi anh số tài khoản để chuyển tiền cọc nhé
[[PERSON|Hoa Nguyễn]]: dạ Vietcombank [[BANK_ACCOUNT|0071004471829]], chủ tài khoản [[PERSON|NGUYEN THI HOA]]
[[PERSON|Võ Thanh Tùng]]: ok anh chuyển rồi nha"""),

    ("en", """Biên bản họp
Thành phần: [[PERSON|Đặng Quốc Bảo]] (chủ trì), [[PERSON|Hoàng Đức Anh]], [[PERSON|Ngô Thị Thanh Thảo]]
Nội dung: kế hoạch mở chi nhánh tại Đà Nẵng, dự kiến thuê mặt bằng trên đường Lê Lợi và Trần Phú.
Kết luận: anh [[PERSON|Đức Anh]] khảo sát giá thuê trước 20/12."""),

    ("en", """Phiếu gửi hàng
Người nhận: [[PERSON|Bùi Thị Ngọc Ánh]]
Địa chỉ: [[ADDRESS|Số 112 Trần Hưng Đạo, phường Cửa Nam, quận Hoàn Kiếm]], Hà Nội
Điện thoại: [[PHONE|+84 24 3825 7716]]
Mã vận đơn: [[KEEP:TRACKING|VN26120448173]]"""),

    # ---- more English: names and formats of other countries ----------------------------------
    ("en", """Hi [[PERSON|Sanne]], the keys for the Amsterdam flat are with the concierge at [[ADDRESS|Prinsengracht 412-2]], [[POSTAL_CODE|1016 GV]] Amsterdam. Rent goes to [[BANK_ACCOUNT|NL24ABNA7865797543]] as usual. - [[PERSON|Pieter]]"""),

    ("en", """Visitor registration - Seoul office
Guest: [[PERSON|Park Ji-yeon]] (Hanbit Logistics)
Host: [[PERSON|Choi Dong-hyun]]
Office: [[ADDRESS|12F, 521 Teheran-ro, Gangnam-gu]], Seoul [[POSTAL_CODE|06164]]
Host mobile: [[PHONE|010-4418-2736]]"""),

    ("en", """Hotel booking confirmation
Guest name: [[PERSON|Somchai Wongsawat]]
Hotel: Riverside Sathorn, [[ADDRESS|257 Charoen Nakhon Road, Samre, Thon Buri]], Bangkok [[POSTAL_CODE|10600]]
Check-in: 22 Dec 2026, 2 nights
Guarantee: Amex [[CREDIT_CARD|3439 892109 36803]]"""),

    ("en", """Speaker list - Taipei Semiconductor Forum
1. [[PERSON|Lin Chih-wei]], VP Process Engineering
2. [[PERSON|Tsai Ying-chun]], Director, Packaging R&D
3. [[PERSON|Zhang Wei]], Shenzhen, substrate supply
4. [[PERSON|Kuo Shu-fen]], moderator
Venue: Taipei Nangang Exhibition Center, Hall 2"""),

    ("en", """Supplier onboarding - Riyadh
Company: Al-Qahtani Trading Est.
Contact: [[PERSON|Khalid bin Saeed Al-Qahtani]]
Bank: Al Rajhi Bank, IBAN [[BANK_ACCOUNT|SA9280045254723880929183]]
Phone: [[PHONE|+966 11 218 4470]]"""),

    ("en", """hey it's [[PERSON|jun-jun]] 😅 lost my phone, this is my new number [[PHONE|0917 552 8841]]. tell tita [[PERSON|Baby]] i'll be at the reunion"""),

    ("en", """Meeting room booking
Room: Thames 4
Booked by: [[PERSON|Ravindra Jayasuriya]]
Guests: [[PERSON|Amelia Hart]], [[PERSON|Oyelaran Adeyinka]]
Reception: [[ADDRESS|30 St Mary Axe]], London [[POSTAL_CODE|EC3A 8EP]]"""),

    ("en", """Server inventory (excerpt)
web-01   [[IP_ADDRESS|203.0.113.15]]   Ubuntu 24.04   owner: [[PERSON|Miguel Ángel Castro]]
web-02   [[IP_ADDRESS|203.0.113.16]]   Ubuntu 24.04   owner: [[PERSON|Miguel Ángel Castro]]
db-01    [[IP_ADDRESS|fd00:4e2:1a::10]]   Postgres 16    owner: [[PERSON|Astrid Nilsen]]"""),

    # ---- English and other texts without personal data -------------------------------------
    ("en", """Spring catalogue - new listings
EAN [[KEEP:EAN|4012236370136]]  Ceramic pour-over set, white, EUR 34.90
EAN [[KEEP:EAN|8414238215679]]  Olive wood serving board, 40 cm, EUR 27.50
EAN [[KEEP:EAN|7600894887935]]  Swiss alpine tea, 20 bags, CHF 8.90
EAN [[KEEP:EAN|6904045210391]]  Bamboo steamer 25 cm, EUR 19.00
Minimum order: 12 units per SKU. Prices exclude VAT."""),

    ("en", """Release 2.7.0 (2026-12-02)
Added: export to Parquet, bulk tagging API.
Fixed: timezone offset in scheduled reports (#[[KEEP:ISSUE|8812]]); crash when a CSV header is empty.
Upgraded: openssl 3.0.15, libxml2 2.12.9.
Build: [[KEEP:BUILD|20261202.4471]] (commit 7f3c9e1)
Checksum (sha256): 4e1f0c9a7b2d5e8f3a6c1b9d0e7f2a4c5b8d1e3f6a9c2b5d8e1f4a7c0b3d6e9f"""),

    ("en", """NYC offsite - logistics
Day 1: breakfast near Washington Square Park, then workshops at the venue on Lincoln Center Plaza.
Day 2: team lunch at Tim Hortons? No - we're in Manhattan, so Shake Shack at Madison Square Park.
Evening flight from JFK; allow 90 minutes from Grand Central."""),

    ("en", """Industry briefing, week 49
- Johnson & Johnson reported stronger pharma sales; Mary Kay opened a new distribution centre near Dallas.
- Ford and Wells Fargo announced a fleet-financing partnership.
- Morgan Stanley raised its target for Philip Morris.
- Estée Lauder and Tommy Hilfiger both cut guidance for the holiday quarter."""),

    ("en", """Your order has shipped!
Order [[KEEP:ORDER|113-4471029-8830152]]
Items: 1 x Noise-cancelling headphones (ASIN [[KEEP:ASIN|B0CX4T7Q2M]]), 1 x USB-C cable 2 m
Carrier: UPS, tracking [[KEEP:TRACKING|1Z999AA10123456784]]
Estimated delivery: Tuesday, December 8
Order total: $279.98"""),

    ("en", """2026-12-04 03:00:01 backup[3317]: starting nightly job svc-backup (policy daily-30)
2026-12-04 03:14:52 backup[3317]: 48,112 files, 212.4 GiB, dedup ratio 6.1
2026-12-04 03:14:53 backup[3317]: snapshot [[KEEP:SNAPSHOT|snap-0a91c4e7f2b3]] created
2026-12-04 03:14:53 backup[3317]: job finished with status OK (exit 0)"""),

    ("en", """Store hours over the holidays
Dec 24: 9am - 3pm
Dec 25 & 26: closed
Dec 31: 9am - 5pm
Jan 1: closed
Our Victoria Station kiosk and the Wendy's next door keep their usual hours. Gift cards (e.g. [[KEEP:GIFTCARD|6006 4918 0044 1275]]) are valid at all locations."""),

    ("en", """Reading list - Data Engineering guild
1. Designing Data-Intensive Applications, ISBN [[KEEP:ISBN|9781492078005]]
2. Fundamentals of Data Engineering, ISBN [[KEEP:ISBN|978-0-8242-7097-1]]
3. Streaming Systems, ISBN [[KEEP:ISBN|3-611-15270-6]]
Book club meets every other Thursday, 4pm, room Everest."""),

    ("en", """Störungsmeldung S-Bahn Berlin
Wegen einer Weichenstörung am Alexanderplatz verkehren die Linien S5, S7 und S75 zwischen Ostkreuz und Westkreuz nur im 20-Minuten-Takt.
Die U5 (Karl-Marx-Allee) fährt regulär. Ersatzverkehr ist eingerichtet. Stand: 04.12.2026, 07:40 Uhr."""),

    ("en", """Horário de funcionamento – fim de ano
A loja da Avenida Paulista estará aberta das 10h às 22h até o dia 23/12.
Nos dias 24 e 31/12, funcionamento das 10h às 16h. Fechado nos dias 25/12 e 01/01.
Trocas de presentes a partir de 02/01 mediante nota fiscal."""),

    # ---- more Japanese: numbers and readings ------------------------------------------------
    ("ja", """扶養控除等申告書（入力内容確認）
本人氏名：[[PERSON|長谷川 葵]]　個人番号：[[MY_NUMBER|0372-7646-8570]]
控除対象配偶者：[[PERSON|長谷川 拓真]]　個人番号：[[MY_NUMBER|400579971302]]
※入力内容に誤りがある場合は、12月11日までに給与課へご連絡ください。"""),

    ("ja", """取引先登録申請
商号：合同会社ソラマメ・ファーム
法人番号：[[CORPORATE_NUMBER|3926726972495]]
インボイス登録番号：T[[CORPORATE_NUMBER|2074395245646]]（親会社 株式会社ソラマメHD）
担当者：[[PERSON|鳥居 かすみ]]"""),

    ("ja", """海外送金依頼書（控）
受取人：[[PERSON|Mikkel Sørensen]]
受取人口座：[[BANK_ACCOUNT|DK5137162753564290]]
受取銀行SWIFT：[[BANK_ACCOUNT|DABADKKK]]
送金額：DKK 42,000
送金目的：ソフトウェア開発委託費
依頼人：株式会社ノルディック・ブリッジ　担当 [[PERSON|江口]]"""),

    ("ja", """ゆうびん不在連絡票
[[PERSON|みやざき まこと]] さま
おとどけものを おあずかりしています。
再配達のご依頼は お電話 [[PHONE|0800-0800-111]] または インターネットで。
お問い合わせ番号 [[KEEP:TRACKING|7715-4420-8831]]"""),

    ("ja", """社内公募 応募者一覧（選考委員限り）
1. [[PERSON|Siddiqui Ayesha]]（[[PERSON|アイシャ]]）— 海外営業部
2. [[PERSON|宗像 亮介]] — 法務部
3. [[PERSON|照屋 美咲]] — 沖縄営業所
面接日：12月17日"""),

    ("ja", """旅館 宿泊者名簿
代表者：[[PERSON|Jakob Lindström]]
同行者：[[PERSON|Maja Lindström]]、[[PERSON|Elsa]]（子）
国籍：スウェーデン
旅券番号：記載あり（表示省略）
連絡先：[[EMAIL|jakob.lindstrom@example.se]]"""),

    ("en", """Quick note from the front desk: the parcel for [[PERSON|Gabriel Moyo]] arrived; it is in the mail room under tracking [[KEEP:TRACKING|TBA304417726000]]."""),
]

NAME_LIKE: list[str] = [
    # companies, brands and shops
    "Johnson & Johnson", "Mary Kay", "Wendy's", "Tim Hortons", "Philip Morris", "Morgan Stanley",
    "Wells Fargo", "Estée Lauder", "Tommy Hilfiger", "Ford", "Paulaner", "Qureshi Textiles",
    "Al-Qahtani Trading", "Solberg Arkitekter", "Schmid & Partner", "Tanaka Precision",
    "Henderson Dental", "吉野家", "トヨタ", "本田技研工業", "松下電器", "豊田通商", "長谷部工業",
    "篠田メタル", "小田急", "京王", "西武",
    # places, stations and streets
    "Washington Square", "Lincoln Center", "Madison Square", "Grand Central", "Victoria Station",
    "Victoria Island", "Dallas", "Jordan", "Georgia", "Alexanderplatz", "Karl-Marx-Allee",
    "Goethestraße", "Königsallee", "Avenida Paulista", "Rua Augusta", "Gatot Subroto", "Sudirman",
    "Nguyễn Huệ", "Trần Hưng Đạo", "Lê Lợi", "Trần Phú", "Hồ Chí Minh", "St Mary Axe", "St Luke's",
    "São Judas Tadeu", "Saint-Exupéry", "Sainte-Catherine", "Adeola Odeku", "Charoen Nakhon",
    "Inman Street", "Farrer Place", "徳川美術館", "豊田市", "中野駅", "吉祥寺", "恵比寿", "日比谷",
    # ordinary words that are also given names
    "ご希望", "誠に", "光回線",
]
