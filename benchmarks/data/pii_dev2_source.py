"""Development set for the privacy guard (pii_dev2), written 2026-12-08 by a helper session.

The writer read only the labelling conventions (the docstring of pii_blind_source.py) and the
builder make_pii_fresh.py (its TYPES, KEEP kinds, check digits and lint); not the recognizers,
their name lists or patterns, nor the texts of any earlier set.  Unlike the held-out sets
(pii_holdout, pii_fresh, pii_blind, pii_blind2) this set IS meant for tuning the guard: look at
what it misses here, change the recognizers, and measure the result on the held-out sets.

Every value is fictional: names, e-mail addresses, phone numbers, addresses, account and card
numbers, My Numbers and corporate numbers were made up for this set (numbers with check digits
carry valid ones); no value occurs in more than one text.

Markup and conventions are those of pii_blind_source.py / pii_fresh_source.py:
    [[TYPE|value]]        personal data; TYPE is one of PERSON, EMAIL, PHONE, POSTAL_CODE,
                          ADDRESS, MY_NUMBER, CORPORATE_NUMBER, CREDIT_CARD, BANK_ACCOUNT,
                          IP_ADDRESS
    [[KEEP:KIND|value]]   a code or look-alike that must NOT be redacted (JAN, EAN, ISBN, ORDER,
                          TRACKING, INVOICE, SERIAL, PART, VERSION, DATE, AMOUNT, MEMBER,
                          EMPLOYEE, PATIENT, POLICY, CUSTOMER, TICKET, MODEL, SKU, ...)
  * PERSON is the name only, without honorifics or titles; a furigana reading is its own span;
    chat display names, signatures, lower-case names and handles built from a name are PERSON.
  * PHONE is the whole number as written, an extension outside; POSTAL_CODE without 〒, ZIP,
    CEP or PIN; ADDRESS is a Japanese address from the prefecture or city to the building and
    room, elsewhere the street part (number, street, flat, district) without city, state,
    country or postal code.  Company e-mails, phones and street addresses are labelled too.
  * Not labelled: last-4 card fragments, dates of birth, ages, bank and branch names, company
    names, names inside company, product, place, station or street names.
  * lang is "ja" for Japanese and "en" for every text in Latin letters; a comment names the
    language of the texts that are not English.

NAME_LIKE lists words in the texts that look like person names but are not persons here.

Build (refuses to write the file if a check fails):

    cd /work/main && .venv/bin/python benchmarks/data/make_pii_fresh.py --source benchmarks/data/pii_dev2_source.py --out benchmarks/data/pii_dev2.jsonl --prefix d2 --lint
"""

from __future__ import annotations

TEXTS: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- Japanese
    ("ja", """件名：ご注文商品の配送先変更のお願い

株式会社ミドリ通販 カスタマーサポート御中

いつもお世話になっております。[[PERSON|岩崎 真由美]]と申します。
先日注文した商品（注文番号：[[KEEP:ORDER|MD-2026-118734]]）の配送先を、下記に変更していただけますでしょうか。

〒[[POSTAL_CODE|158-0094]]
[[ADDRESS|東京都世田谷区玉川三丁目17番2号 リバーサイド玉川 402号室]]
電話：[[PHONE|090-4172-8836]]

お手数をおかけしますが、よろしくお願いいたします。
[[PERSON|岩崎]]"""),
    ("ja", """[10:02] [[PERSON|まこと]]: 今日の定例、15時からでいい？
[10:03] [[PERSON|りこ]]: おっけー。会議室Bとっとくね
[10:04] [[PERSON|まこと]]: ありがと。[[PERSON|ゆうき]]にも声かけといて
[10:06] [[PERSON|りこ]]: 了解〜 [[PERSON|ゆうき]]今日在宅だからTeamsで入るって
[10:07] [[PERSON|まこと]]: 資料は共有フォルダの v3 でよろしく"""),
    ("ja", """ﾆｭｳｷﾝ ﾒｲｻｲ 2026/11
11/05 ﾌﾘｺﾐ [[PERSON|ﾔﾏｸﾞﾁ ｹﾝｼﾞ]]         38,500
11/12 ﾌﾘｺﾐ ｶ)ｻｸﾗｼｮｳｼﾞ        120,000
11/19 ﾌﾘｺﾐ [[PERSON|ｲｼﾀﾞ ﾐﾎ]]            9,800
11/28 ﾘｿｸ                        12
ｻﾞﾝﾀﾞｶ                     [[KEEP:AMOUNT|1,204,316]]"""),
    ("ja", """申 込 書
氏 名　　[[PERSON|山 内 智 子]]
フリガナ　[[PERSON|ヤマウチ トモコ]]
電話番号　[[PHONE|０４５－８８２－３１０７]]
住 所　　[[ADDRESS|神奈川県横浜市青葉区美しが丘２－１９－６]]
生年月日　昭和６２年４月３日
受付印　　　　　　　　　　　　　　　　　受付No.　０２１７"""),
    ("ja", """【入社手続き書類】
社員番号：[[KEEP:EMPLOYEE|E-20417]]
氏名：[[PERSON|大西 彩花]]（[[PERSON|オオニシ アヤカ]]）
生年月日：1996年8月21日
現住所：〒[[POSTAL_CODE|530-0041]] [[ADDRESS|大阪府大阪市北区天神橋4丁目7-12 天神橋グランドメゾン803]]
携帯：[[PHONE|080-2261-5590]]
個人番号：[[MY_NUMBER|2640 9054 3129]]
給与振込口座：りそな銀行 天満支店 普通 [[BANK_ACCOUNT|4471826]]
緊急連絡先：[[PERSON|大西 正志]]（父） [[PHONE|06-6358-2714]]"""),
    ("ja", """請求書
請求書番号：[[KEEP:INVOICE|INV-2026-1208-033]]
発行日：2026年12月8日
株式会社青葉システムズ 御中

株式会社ことぶき印刷
登録番号：T[[CORPORATE_NUMBER|5892223101650]]
〒[[POSTAL_CODE|460-0008]] [[ADDRESS|愛知県名古屋市中区栄三丁目15番27号 栄センタービル6階]]
TEL [[PHONE|052-261-4408]] / FAX [[PHONE|052-261-4409]]
担当：経理部 [[PERSON|野々村]]

品名：会社案内パンフレット A4 8P 3,000部
小計 ¥412,000
消費税(10%) ¥41,200
合計 [[KEEP:AMOUNT|¥453,200]]

お振込先：三菱UFJ銀行 栄町支店 普通預金 口座番号 [[BANK_ACCOUNT|3085517]] 口座名義 カ）コトブキインサツ"""),
    ("ja", """お届け先：〒[[POSTAL_CODE|９８０－０８１１]]
[[ADDRESS|宮城県仙台市青葉区一番町４丁目９－１８　一番町ハイツ１１０２]]
[[PERSON|小野寺　孝之]]　様
TEL：[[PHONE|０２２－７１５－３３９２]]
ご依頼主：株式会社ベルウッド（福井県福井市）
お問い合わせ伝票番号：[[KEEP:TRACKING|4417-2298-0653]]
品名：衣類　　個数：2　　配達希望：12/10 午前中"""),
    ("ja", """会員番号,氏名,フリガナ,メールアドレス,電話番号,都道府県
[[KEEP:MEMBER|M-004127]],[[PERSON|川端 瑞穂]],[[PERSON|カワバタ ミズホ]],[[EMAIL|mizuho.kawabata@hanamizuki-mail.jp]],[[PHONE|090-3318-7702]],京都府
[[KEEP:MEMBER|M-004128]],[[PERSON|Tran Thi Lan]],[[PERSON|チャン ティ ラン]],[[EMAIL|lan.tran88@example.com]],[[PHONE|080-9924-1035]],大阪府
[[KEEP:MEMBER|M-004129]],[[PERSON|森下 晃]],[[PERSON|モリシタ アキラ]],[[EMAIL|a-morishita@kumo-net.ne.jp]],[[PHONE|03-5843-2267]],東京都"""),
    ("ja", """【応対履歴】2026/11/30 14:22 受付：オペレーター No.118
顧客ID：[[KEEP:CUSTOMER|C-7730218]]
お客様 [[PERSON|ふじもと]]様（女性）より入電。11/28に届いたドライヤー（型番 [[KEEP:MODEL|HD-K720]]）の電源が入らないとのこと。
折り返し先：[[PHONE|070-6623-4189]]（日中は不在がち、18時以降希望）
交換対応で手配。回収伝票番号 [[KEEP:TRACKING|3390-5512-8861]]。
次回対応：[[PERSON|藤本]]様へ発送完了のSMS連絡"""),
    ("ja", """議事録（営業企画会議）
日時：2026年11月18日（水）10:00〜11:30
場所：本社 7F 大会議室／松本営業所・福井工場とオンライン接続
出席者：[[PERSON|高木]]（部長）、[[PERSON|江口 優奈]]、[[PERSON|宮之原 慎]]、[[PERSON|佐々木 拓海]]（松本）
議題：
1. 松本営業所の年末キャンペーン
2. 福井工場ライン増設（予算 3,800万円）
決定事項：
・キャンペーン告知は12/1開始。担当 [[PERSON|江口]]
・ライン増設の見積は[[PERSON|宮之原]]が再取得し、次回（12月2日）に報告"""),
    ("ja", """【障害チケット [[KEEP:TICKET|INC-48213]]】
報告者：情報システム部 [[PERSON|shimizu.r]]
事象：VPN接続後に社内ポータルへアクセスできない。
クライアントIP：[[IP_ADDRESS|10.28.144.53]]
接続先ゲートウェイ：[[IP_ADDRESS|203.0.113.77]]
クライアントバージョン：[[KEEP:VERSION|1.2.3.4]]（最新は [[KEEP:VERSION|1.2.4.0]]）
ログ抜粋：
2026-12-03 09:14:22 auth ok user=[[PERSON|shimizu.r]] src=[[IP_ADDRESS|10.28.144.53]]
2026-12-03 09:14:25 tunnel up mtu=1400 dns=[[IP_ADDRESS|10.0.0.2]] timeout"""),
    ("ja", """業務委託契約書

株式会社ハルカゼ（以下「甲」という）と[[PERSON|桐谷 俊輔]]（以下「乙」という）は、次のとおり業務委託契約を締結する。
（中略）
第12条（通知）本契約に関する通知は、以下の宛先に書面で行う。
甲：〒[[POSTAL_CODE|105-0014]] [[ADDRESS|東京都港区芝二丁目28番8号 芝ウエストビル9階]]（法人番号 [[CORPORATE_NUMBER|5750318451621]]）
乙：〒[[POSTAL_CODE|213-0011]] [[ADDRESS|神奈川県川崎市高津区久本1-4-22-305]]

2026年12月1日
甲 代表取締役 [[PERSON|長谷部 恵理]]　　乙 [[PERSON|桐谷 俊輔]]"""),
    ("ja", """■会員登録内容のご確認
お名前：[[PERSON|ＮＡＫＡＧＡＷＡ　ＳＡＫＩ]]
メールアドレス：[[EMAIL|ｓａｋｉ．ｎａｋａｇａｗａ＠ｍｂ．ｍｉｒａｉ－ｍａｉｌ．ｎｅ．ｊｐ]]
郵便番号：[[POSTAL_CODE|３３０－０８４６]]
住所：[[ADDRESS|埼玉県さいたま市大宮区大門町２丁目１１８番地　パークサイド大宮５０５]]
電話番号：[[PHONE|048-641-2285]]
生年月日：2001/05/17
パスワード：********
※内容に誤りがある場合はマイページから変更してください。"""),
    ("ja", """京都本店 移転のお知らせ
平素より格別のご愛顧を賜り、誠にありがとうございます。
このたび京都本店は下記へ移転いたします。
新住所：〒[[POSTAL_CODE|604-8152]] [[ADDRESS|京都府京都市中京区烏丸通錦小路上ル手洗水町645番地 からすま京ビル3F]]
新電話番号：[[PHONE|075-221-6043]]（12月15日より）
※地下鉄烏丸線「四条」駅 北改札より徒歩3分"""),
    ("ja", """【出荷依頼】
届け先：[[PERSON|上原 ハル]] 様
〒[[POSTAL_CODE|399-9301]] [[ADDRESS|長野県北安曇郡白馬村大字北城4987番地12]]
TEL [[PHONE|0261-72-3856]]
品物：りんご（サンふじ）10kg ×2箱
備考：松本駅前店より発送、12/20着希望。代引きなし。"""),
    ("ja", """ご予約確認書
予約番号：[[KEEP:ORDER|RSV-77120-OK]]
ご宿泊者名：[[PERSON|MIYAGI KAITO]] 様（[[PERSON|宮城 海斗]] 様）
ご住所：[[ADDRESS|沖縄県島尻郡与那原町字与那原2781番地3]]
ご連絡先：[[PHONE|+81 98-946-3170]]
チェックイン：2026年12月27日 15:00〜
宿泊料金：[[KEEP:AMOUNT|¥86,400]]（2泊・朝食付）
ご不明な点は当ホテルフロントまでお問い合わせください。"""),
    ("ja", """新商品のご案内
「ほうじ茶ラテ スティック 10本入」
JANコード：[[KEEP:JAN|4901162397501]]
希望小売価格：648円（税込）
発売日：2027年1月15日
販売地域：全国（松本・福井・豊田の各地区は1月8日より先行販売）
※パッケージデザインは予告なく変更する場合があります。"""),
    ("ja", """#dev-infra
[[PERSON|hiro.tanabe]]  9:41
デプロイ止めます。ステージングの [[IP_ADDRESS|172.16.40.12]] が応答なし
[[PERSON|さくら]]  9:43
了解、見てみます。昨日の [[KEEP:VERSION|v2.14.0]] のリリース以降？
[[PERSON|hiro.tanabe]]  9:44
たぶん。ロールバックするなら [[KEEP:VERSION|2.13.5]] で
[[PERSON|さくら]]  9:52
再起動で復旧しました。原因は cron の設定ミス。詳細は [[KEEP:TICKET|INFRA-2291]] に書いときます"""),
    ("ja", """[[PERSON|白石]]様

お世話になっております。アテンド担当の[[PERSON|Nakamura Yui]]です。
来週来日される[[PERSON|Daniel Whitfield]]様の行程をお送りいたします。

12/9（火）羽田着、ホテルへ移動
12/10（水）10:00 本社訪問、午後は工場見学（豊田）
12/11（木）帰国

当日なにかあれば、[[PERSON|Nakamura]]の携帯 [[PHONE|+81-80-5571-2093]] までご連絡ください。"""),
    ("ja", """【12月第2週シフト】
月：[[PERSON|あやね]] 10-16 ／ [[PERSON|こうへい]] 16-22
火：[[PERSON|りな]] 10-16 ／ [[PERSON|こうへい]] 16-22
水：定休日
木：[[PERSON|あやね]]、[[PERSON|みさき]]
※[[PERSON|みさき]]さん、木曜は15時上がりでOKです（店長 [[PERSON|関]]）"""),
    ("ja", """ご予約の確認
診察券番号：[[KEEP:PATIENT|0048213]]
患者氏名：[[PERSON|須藤 蒼]]（[[PERSON|スドウ アオイ]]）様
ご予約日時：12月12日（金）9:30　小児科
持ち物：保険証、医療証、母子手帳
変更・キャンセルは前日までに [[PHONE|0120-558-213]] へお電話ください。"""),
    ("ja", """入居申込書（写）
物件名：ヴィラ新町 201号室
物件所在地：[[ADDRESS|京都市下京区新町通仏光寺下ル岩戸山町438番地 ヴィラ新町201]]
申込者：[[PERSON|荻野 航平]]（[[PERSON|オギノ コウヘイ]]）
現住所：〒[[POSTAL_CODE|606-8267]] [[ADDRESS|京都府京都市左京区北白川西町71-2 白川荘8号]]
勤務先：株式会社ロームテック（京都市南区）
年収：約420万円
連帯保証人：[[PERSON|荻野 恭子]]（母） [[PHONE|0773-62-1948]]"""),
    ("ja", """保険金請求書（控）
証券番号：[[KEEP:POLICY|P-3318-40921]]
被保険者：[[PERSON|坂口 美穂子]]
事故日：2026年10月30日
請求金額：[[KEEP:AMOUNT|¥152,000]]
振込先：ゆうちょ銀行 記号番号 [[BANK_ACCOUNT|10170-28834651]]
口座名義：[[PERSON|サカグチ ミホコ]]"""),
    ("ja", """給与所得者の扶養控除等（異動）申告書（抜粋）
本人：[[PERSON|村瀬 大輔]]　個人番号 [[MY_NUMBER|820855197399]]
配偶者：[[PERSON|村瀬 里美]]　個人番号 [[MY_NUMBER|8899-4979-6512]]
16歳未満の扶養親族：[[PERSON|村瀬 陽向]]（12歳）
住所：[[ADDRESS|千葉県船橋市本町4-31-7]]
提出先：株式会社東邦ロジテック 人事総務部"""),
    ("ja", """ご不在連絡票
お荷物をお届けにあがりましたが、ご不在でしたので持ち帰りました。
お問い合わせ番号：[[KEEP:TRACKING|5508-1127-4093]]
お届け予定：12月9日 14時〜16時
再配達のご依頼は、ドライバー直通ではなく当社サービスセンターのウェブサイトからお願いします。
※このご案内をSMSで送ることはありません。"""),
    ("ja", """株式会社ミナトロジ
営業本部 第二営業部 課長
[[PERSON|佐伯 隆之]]
[[PERSON|Takayuki Saeki]]
〒[[POSTAL_CODE|650-0024]] [[ADDRESS|神戸市中央区海岸通3-1-5 KAIGANビル 5F]]
TEL [[PHONE|078-332-5610]]　FAX [[PHONE|078-332-5611]]
Mobile [[PHONE|090-8720-4417]]
[[EMAIL|t-saeki@minatologi.co.jp]]"""),
    ("ja", """（チャット）
お客様：すみません、さっきの決済エラーになりました。カード番号もう一度送ります [[CREDIT_CARD|4356 5096 2482 4415]] 有効期限 08/29
担当[[PERSON|ヒラタ]]：お客様、申し訳ございません。カード番号はチャットに送らないでください。こちらのメッセージは削除いたします。
お客様：すみません…末尾4415のカードです
担当[[PERSON|ヒラタ]]：確認のため、ご登録のお電話番号の下4桁をお願いします。"""),
    ("ja", """電話メモ　12/4 11:20 受
[[PERSON|山田]]様（ヤマダ設計事務所）より。
見積書の件で確認したいことがあるので折り返しほしいとのこと。
折り返し先：[[PHONE|03(3461)2270]] 内線 15
※午後は外出、16時以降なら在席　　受：[[PERSON|あさの]]"""),
    ("ja", """TO: [[EMAIL|k.ishikawa@tsubame-works.co.jp]]; [[EMAIL|ohno-h@tsubame-works.co.jp]]
CC: [[EMAIL|eigyo-support@tsubame-works.co.jp]]
件名：RE: 12月度 在庫照会

[[PERSON|石川]]さん、[[PERSON|大野]]さん

在庫確認しました。
品番 [[KEEP:PART|TW-3302-BK]]：在庫 120（新潟倉庫）
品番 [[KEEP:PART|TW-3302-WH]]：在庫 0（入荷予定 12/18）

[[PERSON|内田]]"""),
    ("ja", """アンケート自由記述
Q. 本サービスを知ったきっかけ
A. 娘の[[PERSON|はるか]]が学校で教えてもらったそうです。親子で楽しく使っています。
Q. ご意見・ご要望
A. 送料無料の基準（3,980円以上）をもう少し下げてほしいです。
（回答者ID：[[KEEP:MEMBER|U-88213-K]]、40代、女性）"""),
    ("ja", """[[PERSON|福井]]さん

来週の福井出張の件、新幹線とホテルを手配しました。
12/15（月）東京 8:24発 → 福井 11:27着
宿泊：駅前のビジネスホテル（2泊、領収書は会社宛）
先方は福井県庁 産業政策課、13:30〜です。
総務 [[PERSON|小松 奈央]]"""),
    ("ja", """[[PERSON|松本]]：明日の松本市内回り、レンタカーでいい？
[[PERSON|たくみ]]：いいよ。松本駅10時集合で
[[PERSON|松本]]：了解。最初は浅間温泉の旅館さん、そのあと波田のぶどう農家さん
[[PERSON|たくみ]]：名刺足りないかも、予備持ってきて〜"""),
    ("ja", """配送先住所確認のお願い
ご注文番号 [[KEEP:ORDER|20261203-5521]] の配送先が、番地まで確認できませんでした。
登録住所：〒[[POSTAL_CODE|060-0063]] [[ADDRESS|北海道札幌市中央区南3条西7丁目4-2 すすきのスクエア1205]]
受取人：[[PERSON|佐藤 亮太]] 様
お手数ですが、部屋番号に誤りがないかご確認のうえ、本メールにご返信ください。"""),
    ("ja", """お疲れ様です、[[PERSON|鶴田]]です。
先ほどの電話の件ですが、
先方の担当者は[[PERSON|五十嵐]]
さんではなく、[[PERSON|五十嵐 健吾]]さんの部下の
[[PERSON|藤原 ちひろ]]さんに変わったそうです。
連絡先は
[[EMAIL|c.fujiwara@kitaguni-foods.jp]]
[[PHONE|011-252-7781]]（代表）
です。
あと、来月の展示会（ブース番号 [[KEEP:BOOTH|7-A12]]）の件は
また改めて相談させてください。"""),
    ("ja", """技能実習生 受入れ名簿（抜粋）
No.1 [[PERSON|グエン・ヴァン・ナム]]（[[PERSON|Nguyễn Văn Nam]]） ベトナム 配属：第二工場
No.2 [[PERSON|パク・ジフン]]（[[PERSON|Park Ji-hoon]]） 韓国 配属：品質管理課
No.3 [[PERSON|Bishnu Prasad Gurung]]（ネパール） 配属：第一工場
No.4 [[PERSON|Siti Rahmawati]]（インドネシア） 配属：包装ライン
※在留カードの写しは別紙（施錠保管）"""),
    ("ja", """アクセスログ調査報告（速報）
不審なログイン試行が以下の送信元から確認されました。
・[[IP_ADDRESS|2001:db8:4f2a:1c::35]]（12/01 02:14）
・[[IP_ADDRESS|198.51.100.204]]（12/01 02:16）
・[[IP_ADDRESS|fe80::1a2b:3cff:fe4d:5e6f]]（社内セグメント、誤検知の可能性あり）
対象アカウント：[[PERSON|ogawa.m]]
対応：パスワードリセット済み、多要素認証を必須化（変更管理番号 [[KEEP:TICKET|CHG-10384]]）"""),
    ("ja", """年末年始休業のお知らせ
誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。
休業期間：2026年12月27日（日）〜2027年1月4日（月）
休業期間中にいただいたお問い合わせは、1月5日（火）以降、順次対応いたします。
なお、オンラインストアでのご注文は休業期間中も受け付けております。
今後ともよろしくお願い申し上げます。"""),
    ("ja", """SKU,商品名,JAN,在庫,単価
[[KEEP:SKU|SK-10231]],ステンレスボトル 500ml シルバー,[[KEEP:JAN|4925830942299]],240,1980
[[KEEP:SKU|SK-10232]],ステンレスボトル 500ml ローズ,[[KEEP:JAN|4987888534611]],85,1980
[[KEEP:SKU|SK-10240]],保冷バッグ M,[[KEEP:JAN|4986781830103]],0,1280
[[KEEP:SKU|SK-10251]],ランチボックス 2段,[[KEEP:JAN|4500161171107]],312,2480"""),
    ("ja", """図書発注リスト（12月）
1.『はじめての統計学』 ISBN[[KEEP:ISBN|978-4-445-77863-2]] 2冊
2.『物流の基礎 第3版』 ISBN [[KEEP:ISBN|978-4-509-90873-9]] 1冊
3.『Python実践入門』 ISBN[[KEEP:ISBN|4-516-72210-0]] 1冊
合計金額：[[KEEP:AMOUNT|9,680円]]（税込）
納品先：本館3階 資料室"""),
    ("ja", """（LINE公式アカウント）
[[PERSON|ゆいな]]：こんにちは！明日の17時に予約してる者です
スタッフ：[[PERSON|ゆいな]]様、ご連絡ありがとうございます😊
[[PERSON|ゆいな]]：30分くらい遅れそうで…大丈夫ですか？
スタッフ：はい、17:30で承りました。担当は引き続き[[PERSON|あおい]]です。お気をつけてお越しください。"""),
    ("ja", """履 歴 書　　　　2026年12月5日現在
ふりがな　[[PERSON|みずの そうた]]
氏　　名　[[PERSON|水野 颯太]]
学歴
2019年4月　千葉県立佐倉高等学校 入学
2022年4月　同校 卒業、明和大学 商学部 入学
2026年3月　同大学 卒業見込み
資格　TOEIC 865点、日商簿記2級
連絡先　[[EMAIL|sota.mizuno.0417@gmail.com]]"""),
    ("ja", """各位

[[PERSON|井上]]部長、[[PERSON|根本]]課長のご承認をいただきましたので、
来年度の研修計画（案）を確定版として共有いたします。
・新人研修：4月7日〜4月25日（松本研修センター）
・管理職研修：6月（外部講師 Dr. [[PERSON|Amara Okonkwo]] 予定）
資料は社内ポータルの「人事＞研修」フォルダにあります。
人材開発課 [[PERSON|戸田]]"""),
    ("ja", """海外送金依頼書
受取人名：[[PERSON|Katarzyna Nowicka]]
受取人住所：[[ADDRESS|Schillerstraße 41, 2. OG]], [[POSTAL_CODE|10627]] Berlin, Germany
受取人口座（IBAN）：[[BANK_ACCOUNT|DE18 3948 0434 6804 6378 77]]
SWIFTコード：[[BANK_ACCOUNT|BKMZDEBBXXX]]
送金額：EUR 2,450.00
送金目的：業務委託料（11月分）
依頼人：株式会社ルミナス 経理部 [[PERSON|相沢]]"""),
    ("ja", """お迎え変更届
園児名：[[PERSON|早川 いちか]]（ひよこ組）
お迎え日：12月11日（木）
お迎えに来る人：祖母 [[PERSON|早川 キヨ]]
連絡先：[[PHONE|080-3307-6612]]
保護者署名：[[PERSON|早川 純]]"""),
    ("ja", """古書 買取申込
お名前：[[PERSON|神崎 透]]
ご住所：〒[[POSTAL_CODE|101-0051]] [[ADDRESS|東京都千代田区神田神保町一丁目三番地 神保町レジデンス二〇四]]
お電話：[[PHONE|03-3291-7735]]
買取希望：文庫本 約120冊、全集 1セット
査定結果のご連絡方法：メール（[[EMAIL|kanzaki_toru@yomu-hon.jp]]）"""),
    ("ja", """宛名ラベル
[[POSTAL_CODE|8120011]]
[[ADDRESS|福岡県福岡市博多区博多駅前３－２１－１０　ＯＫビル４Ｆ]]
[[PERSON|吉永]] 様
[[PHONE|092-481-3375]]
品名：書類在中"""),
    ("ja", """取引先一覧（2026年度）
・鈴木精機株式会社（浜松市）　窓口：購買課
・本田ゴム工業株式会社（狭山市）
・山崎フーズ合同会社（松戸市）
・株式会社吉田屋本店（金沢市）
・豊田通信サービス株式会社（豊田市）
※取引条件は各社との基本契約書を参照のこと。"""),
    ("ja", """Registration / 参加登録
Name (as in passport): [[PERSON|OKADA Ren]]
氏名（漢字）：[[PERSON|岡田 蓮]]
Email: [[EMAIL|ren.okada@seiran-u.ac.jp]]
住所：[[ADDRESS|広島県広島市南区皆実町1-5-30-1402]]
郵便番号：[[POSTAL_CODE|734-0007]]
所属：青嵐大学 工学研究科 修士1年
参加区分：学生（参加費 3,000円）"""),
    ("ja", """伝票番号,届先名,届先ｶﾅ,郵便番号,住所,電話
[[KEEP:TRACKING|392847561204]],[[PERSON|原田 美咲]],[[PERSON|ﾊﾗﾀﾞ ﾐｻｷ]],[[POSTAL_CODE|273-0011]],[[ADDRESS|千葉県船橋市湊町2-10-3 ｱｰﾊﾞﾝﾋﾙｽﾞ船橋301]],[[PHONE|047-424-0981]]
[[KEEP:TRACKING|392847561215]],[[PERSON|金城 翼]],[[PERSON|ｷﾝｼﾞｮｳ ﾂﾊﾞｻ]],[[POSTAL_CODE|135-0061]],[[ADDRESS|東京都江東区豊洲5-6-15 ﾄﾖｽﾍﾞｲﾀﾜｰ2108]],[[PHONE|09026614830]]"""),
    ("ja", """診療情報提供書
紹介先：市立みなと病院 整形外科 [[PERSON|森 一輝]] 先生
患者：[[PERSON|井口 千代子]] 様（82歳 女性）
ID：[[KEEP:PATIENT|MH-0093317]]
傷病名：右大腿骨頸部骨折疑い
紹介目的：精査・加療のお願い
紹介元：あおば内科クリニック 院長 [[PERSON|清水 敏郎]]
電話 [[PHONE|0463-21-5567]]"""),
    ("ja", """表 彰 状

[[PERSON|石 田 賢 治]] 殿

あなたは永年にわたり当社の発展に貢献されました
よってここに勤続三十年を記念し記念品を贈り表彰します

令和八年十二月一日
株式会社三和製作所
代表取締役社長 [[PERSON|大 槻 誠 一 郎]]"""),
    ("ja", """2027年度 年会費のお振込みについて
年会費 5,000円を下記口座へ12月25日までにお振込みください。
ゆうちょ銀行 振替口座 [[BANK_ACCOUNT|１４０８０－５３３２１９６１]]
加入者名：ミナミ音楽愛好会
※通信欄に会員番号（例：[[KEEP:MEMBER|MO-0721]]）をご記入ください。
会計担当 [[PERSON|梶原 里香]]"""),
    ("ja", """お支払い情報（控え）
カード種別：JCB
カード番号：[[CREDIT_CARD|3561-6561-5420-8395]]
名義：[[PERSON|TAKUYA HOSOKAWA]]
有効期限：11/28
ご利用金額：[[KEEP:AMOUNT|32,780円]]
※この控えは大切に保管してください。"""),
    ("ja", """[00:00:12] [[PERSON|kenji.morita]]: じゃあ始めます、今日は来期予算の件です
[00:00:20] [[PERSON|aya_kondo]]: 音声大丈夫です
[00:01:05] [[PERSON|kenji.morita]]: 営業部からは前年比 105% で出てます
[00:01:40] [[PERSON|aya_kondo]]: 広告費は据え置きでいいですか？ 福岡の展示会分だけ追加で
[00:02:02] meeting-bot: 録音を開始しました"""),
    ("ja", """変更履歴
[[KEEP:VERSION|1.10.2.3]]（2026/11/20）
・3.2.1項「バックアップ手順」を改訂
・CSV出力の文字コードをUTF-8（BOM付き）に変更
[[KEEP:VERSION|1.10.1.0]]（2026/10/02）
・初版からの誤記修正（表4-2の単位 MB→GB）
次回改訂予定：2027年3月　文書管理者：[[PERSON|三上 理沙]]"""),
    ("ja", """物件概要書
所在地：[[ADDRESS|京都府京都市上京区今出川通寺町西入ル大原口町215-3]]
土地面積：98.45㎡（29.78坪）
建物：木造2階建て（築42年）
価格：[[KEEP:AMOUNT|3,480万円]]
交通：京阪「出町柳」駅 徒歩6分
取引態様：媒介　担当 [[PERSON|桑原]]（[[PHONE|075-212-8830]]）"""),
    ("ja", """ドライバー日報　12/02
1件目 [[ADDRESS|旭川市4条通8丁目1703番地 ウィンズ4条502]] [[PERSON|三浦]]様 不在→再配達12/03
2件目 [[ADDRESS|旭川市東光12条3丁目2-8]] 受領済（サイン：[[PERSON|ﾀｹｳﾁ]]）
3件目 [[ADDRESS|北海道上川郡東神楽町ひじり野北1条5丁目4-19]] 受領済
走行距離 84km　給油 32.5L"""),
    ("ja", """件名：【重要】パスワード再設定のご案内
[[PERSON|林田 ゆかり]] 様
パスワード再設定のリクエストを受け付けました。
以下のリンクから30分以内に再設定を完了してください。
https://members.example-shop.jp/reset?token=8f3a2c91
本メールにお心当たりがない場合は、お手数ですが [[EMAIL|support@example-shop.jp]] までご連絡ください。
（ログイン元IP：[[IP_ADDRESS|202.241.37.118]]）"""),
    ("ja", """ひまわりサッカークラブ　冬季合宿 参加申込
なまえ：[[PERSON|たかはし ひなた]]（小学4年）
保護者：[[PERSON|高橋 亜希]]
緊急連絡先：[[PHONE|090 6618 2047]]
アレルギー：そば、キウイ
集合：12月26日 7:30 市民グラウンド駐車場
参加費：12,000円（当日集金）"""),
    ("ja", """（FAX受信・OCR）
注文書
御社名：有限会社タケダ電設
ご担当：[[PERSON|竹田 昌平]]
TEL [[PHONE|O9O-2214-7788]]
FAX [[PHONE|0I2O-34-5617]]
品番 [[KEEP:PART|LX-4410-W]] ×12
納品先：〒 [[POSTAL_CODE|330-0063]] [[ADDRESS|さいたま市浦和区高砂3丁目15-1 第2倉庫]]"""),
    ("ja", """東京営業所 移転に伴うアクセス案内（社内向け）
最寄り駅：JR神田駅 北口 徒歩4分、東京メトロ銀座線 神田駅 6番出口 徒歩2分
上野・秋葉原方面からは山手線外回りが便利です。
来客用駐車場はありません。近隣のコインパーキング（30分 300円）をご案内ください。
受付は8階です。入館証は総務の[[PERSON|柚木]]さん（内線 2201）から受け取ってください。"""),
    ("ja", """製品仕様
型番：[[KEEP:MODEL|KX-7720B]]
定格：AC100V 50/60Hz　消費電力 1,200W
外形寸法：幅 320 × 奥行 245 × 高さ 180 mm
質量：約 3.4 kg
JANコード：[[KEEP:JAN|4991461762186]]
製造番号の位置：本体底面のラベル（例：[[KEEP:SERIAL|SN 2611-0047-3382]]）"""),
    ("ja", """2027年3月期 第2四半期決算の概要
売上高 [[KEEP:AMOUNT|1,284億6,200万円]]（前年同期比 8.4%増）
営業利益 96億1,300万円（同 12.1%増）
経常利益 101億5,800万円
主な要因：トヨタ向け車載部品の回復、ソニー向けセンサー部材の増加。
通期予想は据え置き（売上高 2,600億円）。"""),
    ("ja", """（グループチャット）
[[PERSON|マーク]]さん、マークシートの集計ありがとうございました！
[[PERSON|ジェシカ]]：助かります〜。回収率は 92% でした
[[PERSON|れん]]：残りの8%は明日の朝イチで回収します
[[PERSON|れん]]：あと、用紙のマーク欄がかすれてるのが何枚かありました"""),
    ("ja", """お問い合わせフォーム受付
お名前：[[PERSON|Ｈｅｌｅｎａ Ｍüｌｌｅｒ]]
電話番号：[[PHONE|＋８１－３－６２０５－４４１８]]
メール：[[EMAIL|helena.mueller@posteo.example]]
お問い合わせ内容：
日本語は少しわかります。来年2月に御社のショールーム（青山）を見学したいです。
英語で案内できる方はいますか？"""),
    ("ja", """件名：面接日程のご連絡（[[PERSON|藤沢 直樹]]）
From: [[EMAIL|naoki.fujisawa.work@gmail.com]]

採用ご担当者様

先日エントリーいたしました[[PERSON|藤沢]]です。
現在は藤沢市在住のため、12月17日（水）以降であれば、本社（横浜）での面接に伺えます。
何卒よろしくお願いいたします。"""),
    ("ja", """回覧板　桜台二丁目町内会
【ごみ当番】12月：3班（[[PERSON|中西]]さん宅 → [[PERSON|大津]]さん宅）
【防災訓練】12月14日（日）9:00 桜台公園
【お知らせ】[[ADDRESS|桜台2丁目12-5]]の空き家の植木について、所有者の方へ連絡済みです。
会長 [[PERSON|久保田 勲]]"""),
    ("ja", """問診票（初診）
氏名：[[PERSON|西岡 律]]　　性別：男　年齢：34歳
保険証 記号 [[KEEP:INSURANCE|3120-441]] 番号 [[KEEP:INSURANCE|87]]
現在の症状：3日前から喉の痛み、37.8℃の発熱
服用中の薬：なし
電話：[[PHONE|080-7731-2096]]"""),
    ("ja", """Re: ご請求内容の確認

[[PERSON|和田]]様

お世話になっております。株式会社ネクストリンク サポートの[[PERSON|Chloé Martin]]です。
ご指摘の12月分の請求（[[KEEP:INVOICE|NL-INV-774102]]）は、プラン変更前の料金で計算されておりました。
差額 [[KEEP:AMOUNT|¥4,400]] は来月のご請求から差し引きます。
ご不明な点は TEL: [[PHONE|03-6812-4450]] (ext. 2031) までお問い合わせください。"""),
    ("ja", """（Instagram DM）
はじめまして！@[[PERSON|kaho.tsujimura]] さんのポストを見てご連絡しました。
当店の新作ケーキのPRをお願いできないでしょうか？
謝礼は 30,000円＋商品でご相談させてください。
パティスリー・ミエル　広報担当 [[PERSON|のぞみ]]"""),
    ("ja", """給与明細書　2026年11月分
社員番号 [[KEEP:EMPLOYEE|00731]]　[[PERSON|本間 幸子]] 様
基本給 268,000
時間外手当 21,450
通勤手当 12,300
健康保険 14,355　厚生年金 26,230　所得税 6,940
差引支給額 [[KEEP:AMOUNT|251,225]]
振込先 ●●銀行 普通 ****382"""),
    ("ja", """預金口座振替依頼書
金融機関コード 0009　支店コード 251
預金種目 普通　口座番号 [[BANK_ACCOUNT|0915374]]
口座名義（カナ） [[PERSON|ｵｵﾂｶ ﾏｻﾙ]]
お届け印　㊞
委託者：株式会社ライフガス　契約番号 [[KEEP:CONTRACT|LG-220931-05]]"""),
    ("ja", """経費精算申請
申請者：[[PERSON|Raghavan Subramaniam]]（情報システム部）
利用日：2026/11/27
内容：クラウドサービス年間ライセンス（USD 1,188.00）
法人カード：[[CREDIT_CARD|3711-833374-85614]]
承認者：[[PERSON|梅田 聡]]
備考：為替レート 1USD＝151.20円で換算"""),
    ("ja", """現地調査報告
調査地：[[ADDRESS|岩手県紫波郡紫波町大字桜町字下川原52番地]]
調査日：2026年11月21日
立会人：[[PERSON|菊池 ミツ]]（土地所有者）、[[PERSON|菊池 和也]]（長男）
結果：境界杭 4本のうち1本（No.3）が滅失。復元測量が必要。"""),
    ("ja", """お引越し先のお知らせ
このたび下記へ転居いたしました。お近くにお越しの際はお立ち寄りください。
〒[[POSTAL_CODE|590-0115]]
[[ADDRESS|大阪府堺市南区茶山台1丁3番 7号棟 304号]]
[[PERSON|辻 浩二]]・[[PERSON|真奈美]]・[[PERSON|大和]]
電話番号は変わりません。"""),
    ("ja", """ショールーム来場予約
ご来場者：[[PERSON|Emma Lindqvist]] 様 ほか2名
ご予約日時：2027年2月3日（水）14:00
場所：[[ADDRESS|東京都渋谷区神宮前6-23-4 ＡＯＹＡＭＡ ＨＩＬＬＳ #802]]
ご案内担当：[[PERSON|シン ソヨン]]（英語・韓国語対応）"""),
    ("ja", """督促状
契約番号：[[KEEP:CONTRACT|RT-5520193]]
ご契約者：[[PERSON|荒木 俊也]] 様
未納額：[[KEEP:AMOUNT|17,600円]]（2026年10月分・11月分）
お支払期限：2026年12月20日
期限までにお支払いが確認できない場合、サービスを停止する場合がございます。"""),
    ("ja", """週報（11/24〜11/28）　営業2課 [[PERSON|市川 蒼真]]
・11/25 株式会社ミツワ物産（静岡）訪問、[[PERSON|望月]]部長と来期取引条件の協議
・11/26 [[PERSON|Liu Yang]]氏（上海の代理店）とWeb会議、見本 3点を発送（[[KEEP:TRACKING|EX 4412 7730 9JP]]）
・11/27 社内：見積フロー改善WG
来週：福岡・熊本出張"""),
    ("ja", """ルーター設定メモ（本社3F）
機種：[[KEEP:MODEL|WXR-5950AX12]]　ファームウェア [[KEEP:VERSION|3.1.0.12]]
管理画面：[[IP_ADDRESS|192.168.11.1]]
WAN側固定IP：[[IP_ADDRESS|153.142.77.9]]
DHCP範囲：.100〜.199
※ファームウェア [[KEEP:VERSION|3.1.0.12]] → [[KEEP:VERSION|3.1.1.0]] へは12/20夜に更新予定"""),
    ("ja", """祇園の料亭より予約確認
ご予約名：[[PERSON|Kealoha Kahananui]] 様（ホノルルより）
日時：12月22日（月）18:30　4名様
お店：[[ADDRESS|京都市東山区四条通大和大路東入祇園町北側275]]
ご連絡先（ホテル経由）：[[PHONE|075-541-0912]]
※お料理はベジタリアン対応1名"""),
    ("ja", """[[PERSON|ちなつ]]姉　あした何時にくる？
母　11時ごろかな〜。[[PERSON|けんたろう]]のお昼も作っとくね
[[PERSON|ちなつ]]姉　ありがと！[[PERSON|けんたろう]]、おばあちゃん来るってよ"""),
    ("ja", """ご相談窓口（コールセンター）記録
相談者：匿名希望（男性・60代）
内容：息子を名乗る人物から「携帯を替えた」と電話があり、その後「会社のお金を落とした、300万円必要」と言われた。
対応：特殊詐欺の典型例と説明し、警察相談専用電話（#9110）を案内。
金銭の受け渡しは未発生。個人情報の聴取はなし。"""),
    ("ja", """【予約完了】レンタカー
予約番号：[[KEEP:ORDER|RC-88204711]]
運転者：[[PERSON|片山 しおり]]
貸出：12/29 9:00 高松空港店　返却：12/31 18:00 同店
車種：コンパクト（フィット同等）
お支払い：現地精算 [[KEEP:AMOUNT|21,340円]]
お問い合わせ：[[EMAIL|rent-takamatsu@setouchi-drive.jp]]"""),
    ("ja", """法人間 秘密保持契約（NDA）当事者
開示者：株式会社カナメテック　法人番号 [[CORPORATE_NUMBER|6225680723591]]　[[ADDRESS|東京都品川区大崎1-11-2 大崎ノースプレイス12階]]
受領者：あすなろデータ株式会社　法人番号 [[CORPORATE_NUMBER|7824079743827]]　[[ADDRESS|福岡県福岡市中央区天神2丁目14-9 天神ミナミビル7階]]
締結日：2026年12月8日　有効期間：3年"""),
    ("ja", """さくら通り商店街　歳末大売り出し・福引のご案内
期間：12月20日（土）〜12月28日（日）
お買い上げ 500円ごとに福引券1枚。特賞は温泉旅行ペア券！
抽選会場：さくら通り中央広場（雨天時は集会所）
当日の司会は商店街の看板娘、八百屋の[[PERSON|そら]]がつとめます。"""),
    # ---------------------------------------------------------------- Latin script
    ("en", """Subject: Wrong size delivered - order #[[KEEP:ORDER|US-4471902]]

Hi,

I received the jacket today but it's a Medium instead of the Large I ordered. Could you send the right size to the same address?

[[ADDRESS|2218 Alder Creek Lane, Unit 14]]
Boise, ID [[POSTAL_CODE|83706]]

You can reach me at [[PHONE|(208) 555-0147]] after 5pm.

Thanks,
[[PERSON|Rachel Kowalczyk]]"""),
    ("en", """#release-2027q1
[[PERSON|Mark]]: pushed the hotfix, can someone review?
[[PERSON|Grace]]: on it
[[PERSON|Grace]]: LGTM, one nit about the retry loop
[[PERSON|Mark]]: fixed. merging after CI
ci-bot: build 4821 passed ([[KEEP:VERSION|v5.3.1]])
[[PERSON|Grace]]: Mark as resolved in the tracker pls"""),
    ("en", """Hi team,

[[PERSON|Will]] from procurement asked me to forward this: the new laptops (PO [[KEEP:ORDER|PO-77310]]) will arrive on June 12. [[PERSON|Will]], please confirm the delivery address for the Leeds office:

[[ADDRESS|Unit 4, Kirkstall Forge Business Park, 7 Abbey Walk]]
Leeds [[POSTAL_CODE|LS5 3BW]]

and whether someone will be on site between 8 and 10.

Cheers,
[[PERSON|Priyanka Deshmukh]]"""),
    ("en", """Call notes - 3 Dec
Spoke with [[PERSON|Hope Adeyemi]] (finance lead) and [[PERSON|Bill Navarro]] (ops).
[[PERSON|Hope]] confirmed the Q1 budget. [[PERSON|Bill]] wants a revised quote with the extended warranty before the board meeting.
Next step: send revised quote to [[EMAIL|b.navarro@harbourline-logistics.com]] by Friday.
Follow-up call booked for 10 Dec, 15:00 GMT."""),
    ("en", """Order confirmation #[[KEEP:ORDER|EB-2026-903317]]
Item: Wireless earbuds Pro, colour Rose Gold, qty 1
Item: Charging case cover, colour Midnight, qty 1
Ship to: [[PERSON|Rosalind Achterberg]]
[[ADDRESS|Flat 9, 31 Kingfisher Court, Harbour Road]], Bristol [[POSTAL_CODE|BS1 6UD]]
Estimated delivery: 11-12 December
Total paid: [[KEEP:AMOUNT|£149.98]] (card ending 7731)"""),
    ("en", """shift-swap channel
[[PERSON|rose]]: can someone cover my sat shift? 10-6
[[PERSON|dominik]]: i can do 10-2
[[PERSON|rose]]: ty!! anyone for 2-6?
[[PERSON|tomasz]]: me
[[PERSON|rose]]: perfect, updating the rota now"""),
    # German
    ("en", """Sehr geehrte Frau [[PERSON|Wiśniewska]],

vielen Dank für Ihre Bestellung Nr. [[KEEP:ORDER|DE-5512094]]. Die Lieferung erfolgt an:
[[ADDRESS|Lindenallee 23, 3. OG links]]
[[POSTAL_CODE|50968]] Köln

Bei Rückfragen erreichen Sie uns unter [[PHONE|+49 221 48930712]].
Bitte überweisen Sie den Betrag von 389,00 EUR auf unser Konto IBAN [[BANK_ACCOUNT|CH28 3703 4949 1799 3947 7]].

Mit freundlichen Grüßen
[[PERSON|Jonas Brandtner]]
Kundenservice"""),
    # French
    ("en", """Bonjour Madame [[PERSON|Lefèvre-Diallo]],

Suite à votre appel, nous confirmons l'intervention de notre technicien le 16 décembre entre 8h et 12h à l'adresse suivante :
[[ADDRESS|14 bis rue des Glycines, Bât. C, 3e étage]], [[POSTAL_CODE|69007]] Lyon.
En cas d'empêchement, merci de nous prévenir au [[PHONE|04 72 61 38 90]].
Le montant sera prélevé sur le compte [[BANK_ACCOUNT|FR79 0565 7550 7651 0296 0302 014]].
Votre référence client : [[KEEP:CUSTOMER|CL-558120]]

Cordialement,
[[PERSON|Antoine Girard]]"""),
    # Spanish
    ("en", """Estimado Sr. [[PERSON|Ortega Salcedo]]:

Le confirmamos la reserva del salón para el 23 de enero (80 personas).
Dirección de facturación: [[ADDRESS|Calle de Bravo Murillo 212, 4º izq.]], [[POSTAL_CODE|28020]] Madrid
Teléfono de contacto: [[PHONE|+34 612 48 77 30]]
Forma de pago: transferencia a [[BANK_ACCOUNT|ES56 9953 2017 8665 0399 4722]]

Atentamente,
[[PERSON|Lucía Ferrer]]
Departamento de Eventos"""),
    # Portuguese (Brazil)
    ("en", """Olá, Sra. [[PERSON|Fernanda Albuquerque]]!
Seu pedido nº [[KEEP:ORDER|8812-BR]] foi enviado para:
[[ADDRESS|Rua das Acácias, 118, apto 52 – Vila Mariana]], São Paulo – SP, CEP [[POSTAL_CODE|04101-300]]
Código de rastreio: [[KEEP:TRACKING|BR482019334BR]]
Dúvidas? Fale conosco pelo [[PHONE|(11) 98812-4470]] ou [[EMAIL|atendimento@lojaverde.com.br]]."""),
    # Portuguese (Portugal)
    ("en", """Exmo. Sr. [[PERSON|Duarte Figueira]],
Junto enviamos a fatura [[KEEP:INVOICE|FT 2026/1187]] referente aos serviços de novembro.
Valor: 1.845,00 EUR. Pagamento por transferência para o IBAN [[BANK_ACCOUNT|PT76 0016 7969 7978 4268 0351 0]].
Morada de faturação: [[ADDRESS|Avenida da Liberdade 245, 5.º Dto.]], [[POSTAL_CODE|1250-143]] Lisboa.
Com os melhores cumprimentos,
[[PERSON|Inês Carvalho]]"""),
    # Vietnamese
    ("en", """Chào anh [[PERSON|Hùng]],
Em là [[PERSON|Nguyễn Thị Mai]] bên phòng kế toán. Hóa đơn tháng 11 em đã gửi qua email [[EMAIL|mai.nguyen@saigontrade.vn]], anh kiểm tra giúp em nhé.
Địa chỉ giao hàng mới: [[ADDRESS|123 Nguyễn Trãi, Phường 7, Quận 5]], TP.HCM.
Có gì anh gọi em số [[PHONE|0903 418 276]].
Cảm ơn anh!"""),
    # Indonesian
    ("en", """Yth. Bapak [[PERSON|Agus Setiawan]],
Terima kasih atas pesanan Anda (No. [[KEEP:ORDER|INV/2026/XII/0457]]).
Barang akan dikirim ke [[ADDRESS|Jl. Kenanga No. 27, RT 04/RW 09, Kel. Cempaka Putih Timur, Kec. Cempaka Putih]], Jakarta Pusat [[POSTAL_CODE|10510]].
Kurir akan menghubungi Anda di [[PHONE|+62 812-3349-7710]] sebelum pengiriman.
Salam hangat,
[[PERSON|Dewi Anggraini]]
Toko Batik Sekar"""),
    # Tagalog / Taglish
    ("en", """Hi po Ate [[PERSON|Joy]]! Si [[PERSON|Marites]] po ito from Makati branch.
Pa-confirm lang po yung delivery bukas sa [[ADDRESS|Unit 12B, Tower 2, Lumina Residences, 88 Kalayaan Ave, Brgy. Poblacion]].
Mga 2pm po darating yung truck. Text niyo lang ako sa [[PHONE|0917 552 0184]] kung may problema.
Salamat po!"""),
    # Turkish
    ("en", """Sayın [[PERSON|Elif Demirtaş]],
[[KEEP:ORDER|TR-2026-55812]] numaralı siparişiniz [[ADDRESS|Bağdat Caddesi No: 214 D: 7, Caddebostan, Kadıköy]] adresine teslim edilecektir.
İade tutarı [[BANK_ACCOUNT|TR18 0139 5864 4875 4547 9663 64]] IBAN numaralı hesabınıza yatırılacaktır.
Sorularınız için: [[PHONE|+90 532 418 60 27]]
Saygılarımızla,
Müşteri Hizmetleri"""),
    # Polish
    ("en", """Szanowny Panie [[PERSON|Krzysztofie]],
przesyłam dane do przelewu za fakturę [[KEEP:INVOICE|FV/112/2026]]:
odbiorca: [[PERSON|Krzysztof Zieliński]], [[ADDRESS|ul. Lipowa 14/3]], [[POSTAL_CODE|31-042]] Kraków
rachunek: [[BANK_ACCOUNT|PL38 3224 1739 5313 6552 8121 7221]]
W razie pytań proszę dzwonić: [[PHONE|+48 601 224 873]].
Pozdrawiam serdecznie,
[[PERSON|Agnieszka Wróbel]]"""),
    # Swahili
    ("en", """Habari Bi. [[PERSON|Amina Mwakalinga]],
Tunathibitisha malipo yako ya TSh 250,000 kupitia M-Pesa kutoka namba [[PHONE|+255 754 318 602]].
Namba ya risiti: [[KEEP:RECEIPT|QK71HX29PL]]
Mzigo wako utapelekwa [[ADDRESS|Mtaa wa Uhuru, Nyumba Na. 45, Kariakoo]] siku ya Jumatano.
Asante,
[[PERSON|Juma Mfinanga]]"""),
    # Korean (romanized)
    ("en", """Annyeonghaseyo, [[PERSON|Lee Do-hyun]] nim!
Jumun beonho [[KEEP:ORDER|KR-30918]] baesong-i wallyo-doeeotseumnida.
Baesongji: [[ADDRESS|Teheran-ro 427, 12-cheung, Gangnam-gu]], Seoul [[POSTAL_CODE|06159]]
Munui: [[PHONE|010-4471-2093]] (damdangja [[PERSON|Choi Min-ji]])
Gamsahamnida."""),
    ("en", """New starters - January cohort
1. [[PERSON|Oluwaseun Adebayo-Ogunleye]] - Data Engineer - starts 5 Jan
2. [[PERSON|Folasade Ajayi]] - HR Associate - starts 5 Jan
3. [[PERSON|Chukwuemeka Obi]] - QA Analyst - starts 12 Jan
Buddy pairs: [[PERSON|Seun]] with [[PERSON|Priya]], [[PERSON|Fola]] with [[PERSON|Tomás]]
Laptops are ordered; badges will be ready on day one."""),
    ("en", """emp_id,name,email,mobile,city
[[KEEP:EMPLOYEE|IN-20771]],[[PERSON|Karthikeyan Subramaniam]],[[EMAIL|karthik.s@vellore-tech.in]],[[PHONE|+91 98430 17264]],Chennai
[[KEEP:EMPLOYEE|IN-20772]],[[PERSON|Priya Ramasamy]],[[EMAIL|priya.ramasamy@vellore-tech.in]],[[PHONE|+91 94433 82015]],Coimbatore
[[KEEP:EMPLOYEE|IN-20773]],[[PERSON|Sathish Kumar Velu]],[[EMAIL|sathish.velu@vellore-tech.in]],[[PHONE|+91 70109 45536]],Madurai"""),
    ("en", """BOOKING REF: [[KEEP:BOOKING|QX7HB2]]
PASSENGERS
1. [[PERSON|AL-MANSOURI/KHALID]] MR
2. [[PERSON|AL-MANSOURI/NOURA]] MRS
3. [[PERSON|EL IDRISSI/FATIMA ZAHRA]] MS
CONTACT [[PHONE|+971 50 318 4422]] / [[EMAIL|k.almansouri@gulfmail.example]]
BILLING ADDRESS [[ADDRESS|Villa 12, Street 7b, Al Barsha 2]], Dubai
FARE TOTAL AED 7,840.00"""),
    ("en", """Kuleana Surf School - lesson roster, Sat 7am
Instructor: [[PERSON|Leilani Akana]]
[[PERSON|Makoa Kealamakia]] - beginner
[[PERSON|Noelani Kapule]] - intermediate
Parent contact: [[PERSON|Pualani Kapule]] [[PHONE|(808) 555-0163]]
Meet at the Ala Moana Beach Park lot, bring reef-safe sunscreen."""),
    ("en", """COMMERCIAL INVOICE No. [[KEEP:INVOICE|CI-20261204-07]]
Shipper: [[PERSON|Zhang Weiming]]
[[ADDRESS|Room 1703, Block B, 88 Jianguo Road, Chaoyang District]], Beijing [[POSTAL_CODE|100022]]
Tel: [[PHONE|+86 138 1047 2259]]
Consignee: Hoshino Trading Co., Ltd., Osaka
Goods: network switches, HS code 8517.62, 12 cartons, gross weight 186.4 kg"""),
    ("en", """## Changelog

### [[KEEP:VERSION|4.2.0.17]] (2026-11-30)
- Fixed a crash when the proxy list contained an IPv6 literal
- Timeouts are now configurable per route

### [[KEEP:VERSION|4.2.0.16]] (2026-11-02)
- Updated bundled OpenSSL to [[KEEP:VERSION|3.0.15]]

### [[KEEP:VERSION|4.1.9.255]]
- Last release of the 4.1 line; see section 2.3.1 of the upgrade guide"""),
    ("en", """Nov 30 23:41:07 fw01 kernel: DROP IN=eth0 SRC=[[[IP_ADDRESS|2001:db8:ac10:fe01::2a]]]:51544 DST=[[IP_ADDRESS|198.51.100.12]]:443 PROTO=TCP
Nov 30 23:41:09 fw01 sshd[2214]: Failed password for [[PERSON|olaniyan.t]] from [[IP_ADDRESS|203.0.113.190]] port 60122 ssh2
Nov 30 23:41:15 fw01 sshd[2214]: Accepted publickey for deploy from [[IP_ADDRESS|10.40.2.15]] port 50310 ssh2"""),
    ("en", """Ticket [[KEEP:TICKET|SUP-20931]] - Cannot export PDF
Reporter: [[PERSON|j.okafor]]
Assignee: [[PERSON|mmlynarczyk]]
Priority: P3
[[PERSON|j.okafor]]: Export fails at 99% every time since the update to [[KEEP:VERSION|7.4.2]]
[[PERSON|mmlynarczyk]]: Can you attach the log? Settings > Help > Diagnostics
[[PERSON|j.okafor]]: attached, file is export_log_1203.txt"""),
    ("en", """Agenda - Product sync, Thursday
1. Will the June release slip? Current estimate says no.
2. Grace period for the legacy API ends 31 March; customers get two reminders.
3. Bill of materials for the new router: two parts still on allocation.
4. Hope Street office: move is on hold until the lease is signed.
5. AOB
Please add items to the shared doc before Wednesday noon."""),
    ("en", """Create your account
Full name: [[PERSON|Siobhán Ní Bhriain]]
Date of birth: 14/02/1991
Email: [[EMAIL|siobhan.nibhriain@eirmail.example]]
Mobile: [[PHONE|07700 900482]]
Address line 1: [[ADDRESS|Flat 3, 41 Harrowgate Road]]
Town: Darlington
Postcode: [[POSTAL_CODE|DL1 4QX]]
[x] I agree to the terms and conditions
[ ] Send me offers by email"""),
    ("en", """CALL LOG 04/12 10:42 AEDT
Caller: [[PERSON|June]] (daughter of account holder [[PERSON|Arthur Pennington]])
Reason: moving her dad into aged care, wants to close the account and redirect the final bill.
New billing address: [[ADDRESS|Unit 5/22 Wattle Street]], Ryde NSW [[POSTAL_CODE|2112]]
Callback: [[PHONE|0491 570 156]]
Verified: DOB + last 4 of account number
Outcome: closure request [[KEEP:TICKET|CR-448120]] raised, final bill to new address.
Agent: [[PERSON|Tuan Ngo]]"""),
    ("en", """MASTER SERVICES AGREEMENT

This Agreement is entered into as of December 1, 2026 by and between Bluefin Analytics, Inc., a Delaware corporation with offices at [[ADDRESS|500 Harbor Boulevard, Suite 1200]], Weehawken, NJ [[POSTAL_CODE|07086]] ("Client"), and Corvid Labs LLC, [[ADDRESS|77 West Jackson Street, 4th Floor]], Chicago, IL [[POSTAL_CODE|60604]] ("Vendor").

12.3 Notices. Notices to Client shall be sent to the attention of the General Counsel at [[EMAIL|legal@bluefin-analytics.com]].

IN WITNESS WHEREOF:
Bluefin Analytics, Inc. - By: [[PERSON|Margaret O'Connor]], Chief Executive Officer
Corvid Labs LLC - By: [[PERSON|Darnell Washington]], Managing Member"""),
    ("en", """Moving notice - please update your records
Name: [[PERSON|Aleksandra Petrović]]
Old address: [[ADDRESS|88 Elm Grove Ave, Apt 4]], Toronto ON [[POSTAL_CODE|M6K 2H9]]
New address: [[ADDRESS|Apt 1207, 350 Queens Quay West]], Toronto ON [[POSTAL_CODE|M5V 3A7]]
Phone (unchanged): [[PHONE|+1 416 555 0199]]
Effective: January 3, 2027"""),
    ("en", """Delivery instructions
Deliver to: [[ADDRESS|No. 14, 3rd Cross, 5th Main, Koramangala 4th Block]], Bengaluru [[POSTAL_CODE|560034]]
Contact person: [[PERSON|Anand Venkatesh]], [[PHONE|+91 80 4123 7780]]
GSTIN: [[KEEP:GSTIN|29AAKCV4412M1ZQ]]
Gate pass required - security desk closes at 7 pm."""),
    ("en", """Hi [[PERSON|Tolu]],
Thanks for making time for the meeting today. As promised, here are the revised figures for the Ibadan rollout (attached).
If it's easier to talk it through, I'm at the office until 6 - [[ADDRESS|Plot 22, Admiralty Way, Lekki Phase 1]], Lagos - or call me on [[PHONE|+234 803 555 2917]].
Best,
[[PERSON|Chinedu Eze]]"""),
    ("en", """[chat] Customer: here is my card so you can just charge it [[CREDIT_CARD|5466 9312 9700 3008]] exp 04/28
[chat] Agent [[PERSON|Nadia]]: Please don't share full card numbers in chat - I've masked your message. I can send you a secure payment link instead.
[chat] Customer: ok sorry. it's the one ending 3008
[chat] Agent [[PERSON|Nadia]]: Thanks! The link has been sent to the email on file."""),
    ("en", """Visitor list - Osaka plant tour, 9 Dec
- [[PERSON|Haruki Sato]] ([[PERSON|Sato Haruki]]) - Procurement
- [[PERSON|SUZUKI, Rin]] - QA
- Mr. [[PERSON|Kobayashi]] - Plant Manager (host)
- [[PERSON|Akiko Mori-Blanchard]] - Interpreter
Pick-up at Shin-Osaka station, north exit, 9:15. Lunch at the plant canteen."""),
    ("en", """INVOICE [[KEEP:INVOICE|HG-0931]]
Date: 05/12/2026
From: Hollowgate Studio Ltd, [[ADDRESS|Studio 6, 19 Curtain Road]], London [[POSTAL_CODE|EC2A 3LT]]
VAT Reg No: [[KEEP:VAT|GB 318 4471 20]]
Bill to: Perrin & Shaw LLP, Accounts Payable
Description: Brand refresh - phase 2 (design and artwork)
Amount due: [[KEEP:AMOUNT|£6,480.00]] within 30 days
Bank: IBAN [[BANK_ACCOUNT|GB33 NWBK 0811 7244 0733 84]], BIC [[BANK_ACCOUNT|HGSTGB21]]
Queries: [[EMAIL|accounts@hollowgate.studio]]"""),
    ("en", """PACKING SLIP
Order: [[KEEP:ORDER|WS-100482733]]
Ship to: [[PERSON|Marisol Vega-Trujillo]]
[[ADDRESS|4410 N Cedar Hollow Rd]]
Spokane, Washington [[POSTAL_CODE|99208]]
Tracking: [[KEEP:TRACKING|1Z 4F7 82X 03 9134 2287]]
Items: 2 x Trail running socks (M), 1 x Headlamp 400lm
Gift message: Happy birthday [[PERSON|Mari]]! Love, [[PERSON|Ben]] and the kids"""),
    # Spanish (Mexico)
    ("en", """Estimada Lic. [[PERSON|Ana María de la Cruz Reyes]]:
Le enviamos el contrato de arrendamiento para su revisión. Nuestras oficinas están en [[ADDRESS|Av. Insurgentes Sur 1605, Piso 9, Col. San José Insurgentes]], Benito Juárez, C.P. [[POSTAL_CODE|03900]], Ciudad de México.
Para cualquier duda, comuníquese al [[PHONE|+52 55 5093 4418]].
Saludos cordiales,
[[PERSON|Rodrigo Villaseñor]]"""),
    # Italian
    ("en", """Gentile Dott.ssa [[PERSON|Chiara Bellandi]],
in allegato la parcella n. [[KEEP:INVOICE|47/2026]] per la consulenza di novembre.
Il pagamento può essere effettuato con bonifico sul conto [[BANK_ACCOUNT|IT72 X111 9375 9248 8563 8668 655]] intestato a Studio Ferraresi, [[ADDRESS|Via Giuseppe Garibaldi 18]], [[POSTAL_CODE|40124]] Bologna.
Cordiali saluti,
[[PERSON|Marco Ferraresi]]"""),
    # Dutch
    ("en", """Geachte heer [[PERSON|Van den Berg]],
Hierbij bevestigen wij de ontvangst van uw aanvraag. De borg van EUR 1.200 kunt u overmaken naar [[BANK_ACCOUNT|NL11 RABO 0700 0997 82]].
Het appartement aan de [[ADDRESS|Prinsengracht 412-III]], [[POSTAL_CODE|1016 JB]] Amsterdam is beschikbaar vanaf 1 februari.
Met vriendelijke groet,
[[PERSON|Sanne de Vries]]"""),
    # French (Belgium)
    ("en", """Facture n° [[KEEP:INVOICE|2026-0412]]
Client : [[PERSON|Jean-Baptiste N'Diaye]]
Adresse : [[ADDRESS|Rue du Marché aux Herbes 61, boîte 3]], [[POSTAL_CODE|1000]] Bruxelles
Prestation : traduction juridique FR>NL, 14 pages
Montant : 1 250,00 EUR, à verser sur [[BANK_ACCOUNT|BE58 0978 9106 1328]] (BIC [[BANK_ACCOUNT|LMRBBEBB]]) avant le 31/12."""),
    ("en", """Hi [[PERSON|Victoria]],
Great to meet you yesterday. For Tuesday, shall we meet at the cafe opposite Victoria station, around 9:30?
My mobile is [[PHONE|07700 900317]] in case you're running late.
[[PERSON|Oisín]]"""),
    ("en", """commit 3f9a1c2e7b04d5a6f18c9e2b7d30a4c5e6f7a812
Author: [[PERSON|Wiremu Tane]] <[[EMAIL|wiremu.tane@kauri-dev.nz]]>
Date:   Tue Dec 1 14:02:33 2026 +1300

    Fix off-by-one in pagination (closes #1482)

    Co-authored-by: [[PERSON|Hemi Walker]] <[[EMAIL|hemi@kauri-dev.nz]]>"""),
    ("en", """todo (fri)
- ping [[PERSON|ananya]] re: deck v2
- ask [[PERSON|omar]] if the venue deposit went out
- lunch w/ [[PERSON|kenji]] 12:30
- renew parking permit (expires 12/15)
- mark invoices as paid"""),
    ("en", """Appointment reminder
Patient: [[PERSON|Desmond Achebe-Clarke]]
MRN: [[KEEP:PATIENT|00482913]]
When: Tue 16 Dec, 08:40, Dermatology, Level 3
Please bring a list of your current medications. To reschedule call [[PHONE|+44 20 7946 0852]]."""),
    ("en", """Spec sheet - TrailLite 400 headlamp
EAN: [[KEEP:EAN|4053940017351]]
Part no.: [[KEEP:PART|TL-400-BLK]]
Battery: 3 x AAA (not included), runtime up to 40 h
Waterproof: IPX4
Firmware: [[KEEP:VERSION|1.0.4.2]]
Ships in a 12-unit carton (carton EAN [[KEEP:EAN|5041953463592]])."""),
    ("en", """Reading list - onboarding, data team
- Practical Data Pipelines, 2nd ed. - ISBN [[KEEP:ISBN|978-0-457-10637-1]]
- Statistics Without Tears - ISBN [[KEEP:ISBN|979-1-17-634430-2]]
- The Little Book of Queues - ISBN-10 [[KEEP:ISBN|0-00-846790-0]]
Budget per person: USD 120. Order through the internal bookshop portal; questions to [[PERSON|Mateus]]."""),
    ("en", """Scheduled maintenance
Our billing platform will be unavailable on Sunday 14 December from 01:00 to 05:00 UTC while we upgrade the database cluster.
Will my scheduled payments still run? Yes - they will be processed after the window closes.
Will I be charged twice? No.
Status updates will be posted on our status page.
- [[PERSON|Ingrid Solberg]], Platform Operations"""),
    ("en", """[[PERSON|Wei Ling]]: eh the client meeting shift to 3pm can?
[[PERSON|Ah Seng]]: can lah. venue still same?
[[PERSON|Wei Ling]]: ya, [[ADDRESS|1 Raffles Place, #20-01]]. i book the room liao
[[PERSON|Ah Seng]]: ok i bring the samples"""),
    # Vietnamese
    ("en", """Chị [[PERSON|Thảo]] ơi, em gửi lại thông tin khách: anh [[PERSON|Phạm Quốc Bảo]], [[PHONE|0912 774 305]], [[ADDRESS|số 18 ngõ 45 Hào Nam, Đống Đa]]. Khách hẹn giao 9h sáng thứ Bảy, nhớ gọi trước 15 phút nha chị."""),
    # German
    ("en", """Personalbogen (Neueinstellung)
Name: Herr Dr. [[PERSON|Friedrich Albers]]
Anschrift: [[ADDRESS|Am Sonnenhang 7a]], [[POSTAL_CODE|79117]] Freiburg im Breisgau
Telefon: [[PHONE|0761 458 9920]]
E-Mail: [[EMAIL|f.albers@schwarzwald-mail.de]]
Personalnummer: [[KEEP:EMPLOYEE|P-004417]]
Eintritt: 01.02.2027"""),
    ("en", """Support chat transcript
Customer ([[PERSON|Darius Rahimi]]): my router says the WAN IP is [[IP_ADDRESS|100.64.12.9]] but whatismyip shows [[IP_ADDRESS|81.92.144.207]]
Agent: That's normal, you are behind carrier-grade NAT. Which firmware is the router on?
Customer: [[KEEP:VERSION|2.0.1.8]]. IPv6 is [[IP_ADDRESS|2a02:8108:1c40:7e00:9d3:5ab2:41f0:c11e]] if that helps
Agent: Please update to [[KEEP:VERSION|2.0.2.0]] first, then reboot."""),
    ("en", """Hi [[PERSON|Ngozi]],

Hope you're well. Attached is the final deck - I've added the slide on regional pricing you asked for.

Best,
[[PERSON|Samuel Osei-Bonsu]] | Account Director
M: [[PHONE|+233 24 555 0719]]

> On Tue, Dec 2, 2026 at 9:14 AM [[PERSON|Ngozi Okafor]] <[[EMAIL|ngozi.okafor@brightpath.ng]]> wrote:
> Hi [[PERSON|Sam]], can you send over the final deck before Thursday?"""),
    # Spanish
    ("en", """Hola [[PERSON|Dolores]], ¿puedes cubrir el turno de [[PERSON|Jesús]] el sábado? Tiene dolores de cabeza desde ayer y no creo que venga.
Gracias,
[[PERSON|Maite]]"""),
    ("en", """Mid-year review
Employee: [[PERSON|April Castellanos]]
Manager: [[PERSON|Dawn Whitacre]]
Review period: April - September 2026
Summary: strong delivery on the Summer campaign; needs to delegate more.
Rating: 4 / 5"""),
    ("en", """Press release - 8 December 2026
Northwind Mobility today announced a supply agreement with Ford for battery thermal-management modules. Analysts at Morgan Stanley expect the deal to add 3% to revenue next year.
The modules will be assembled in Lincoln, Nebraska, next to the existing Dell server line.
Media contact: press office, via the website contact form."""),
]

NAME_LIKE: list[str] = [
    "松本", "福井", "豊田", "宮城", "烏丸", "神田", "上野", "佐倉", "鈴木", "本田", "山崎", "吉田",
    "藤沢", "さくら", "マーク",
    "Grace", "Will", "Hope", "Rose", "June", "Mark", "Bill", "April", "Summer", "Victoria",
    "Washington", "Lincoln", "Ford", "Dell", "Morgan Stanley", "Garibaldi", "Benito Juárez",
    "Bravo Murillo", "Nguyễn Trãi", "Raffles", "Ala Moana", "dolores",
]
