"""Fourth held-out set for the privacy guard, written 2026-12-07 blind by a writer (a helper session)
who read neither the recognizers nor the earlier sets' texts; only the labelling conventions (those of
pii_fresh_source.py) and the checks of make_pii_fresh.py.

It therefore measures how the guard generalises to text written by someone who does not know
how it works.  NEVER tune the guard, its patterns, its name lists or its thresholds on these
texts, and do not look at which of their values the guard misses: once a recognizer is changed
because of them they are no longer held out.

Markup and labelling conventions: those of pii_blind_source.py (the writer had them as a separate
file). Built with: make_pii_fresh.py --source pii_blind2_source.py --out pii_blind2.jsonl --prefix c.
NAME_LIKE lists words in the texts that look like person names but are not persons; make_pii_fresh.py
checks that each one occurs in some text outside every PERSON span.

Every value is fictional (e-mail addresses use example domains; numbers carry valid check digits
only so that the format checks pass), and every value occurs in one text only.
"""

TEXTS: list[tuple[str, str]] = [
    # ja: customer e-mail changing a delivery address
    ("ja", """件名：注文内容の変更について（注文番号 [[KEEP:ORDER|ORD-2026-118834]]）

株式会社ミドリ通販　カスタマーサポート御中

いつもお世話になっております。[[PERSON|河野 まゆみ]]と申します。
先日注文した商品の配送先を、実家に変更していただけますでしょうか。

新しい配送先：
〒[[POSTAL_CODE|790-0012]]
[[ADDRESS|愛媛県松山市湊町４丁目１２－８　ハイツ湊２０３号]]
受取人：[[PERSON|河野 幸三]]（父）
電話：[[PHONE|089-941-2276]]

お手数ですがよろしくお願いいたします。
--
[[PERSON|河野 まゆみ]]
[[EMAIL|mayumi.kono@example.jp]]"""),

    # ja: call-centre note, katakana reading in brackets, full-width mobile number
    ("ja", """【応対履歴】2026/11/28 14:05　受付：OP-B12
顧客名：[[PERSON|佐伯 理沙]]（[[PERSON|サエキ リサ]]）様
会員番号：[[KEEP:MEMBER|M-00482913]]
連絡先：[[PHONE|０９０－３８１２－６６０４]]（携帯）
内容：請求額が二重になっているとの申告。カード下4桁 7731 の利用明細を確認したところ、[[KEEP:AMOUNT|¥12,980]] が2回計上されていた。
対応：決済代行に取消依頼済。返金予定日は[[KEEP:DATE|12月10日]]とご案内。折り返し不要とのこと。"""),

    # ja: CRM export as CSV, full-width roman name, katakana readings
    ("ja", """顧客ID,氏名,フリガナ,郵便番号,住所,電話番号,メール
[[KEEP:CUSTOMER|C10231]],[[PERSON|小野寺 健]],[[PERSON|オノデラ ケン]],[[POSTAL_CODE|980-0811]],[[ADDRESS|宮城県仙台市青葉区一番町2-4-17 一番町ビル5F]],[[PHONE|022-215-3390]],[[EMAIL|k.onodera@example.co.jp]]
[[KEEP:CUSTOMER|C10232]],[[PERSON|相馬 みのり]],[[PERSON|ソウマ ミノリ]],[[POSTAL_CODE|960-8041]],[[ADDRESS|福島県福島市大町3-21]],[[PHONE|024-522-8817]],[[EMAIL|minori-soma@example.jp]]
[[KEEP:CUSTOMER|C10233]],[[PERSON|ＤＡＶＩＳ　ＭＡＲＹ]],[[PERSON|デイビス メアリー]],[[POSTAL_CODE|231-0023]],[[ADDRESS|神奈川県横浜市中区山下町１２３－４　ベイサイド山下１１０２]],[[PHONE|045-664-0071]],[[EMAIL|mary.davis@example.com]]"""),

    # ja: team chat with display names and handles
    ("ja", """[09:12] [[PERSON|yuki.hanazawa]]: おはようございます。本日の定例は10時から第3会議室です
[09:13] [[PERSON|大西]] (営業2課): 了解です！資料は昨日の版でOK？
[09:15] [[PERSON|yuki.hanazawa]]: はい、[[KEEP:VERSION|v3.1]]でお願いします。あと[[PERSON|坂口]]さん今日お休みです
[09:16] [[PERSON|Taku_M]]: 承知しました。[[PERSON|坂口]]さんの分の議事録は私が取ります
[09:20] [[PERSON|大西]] (営業2課): 新橋のお客様（株式会社ナカムラ精機）の件も議題に入れてください
[09:21] [[PERSON|Taku_M]]: 👍"""),

    # ja: HR interview note, one long paragraph without line breaks
    ("ja", """面談記録（社外秘）本日午後、人事部の[[PERSON|久保田]]が営業企画課の[[PERSON|今井 翔太]]さんと面談した。[[PERSON|今井]]さんからは、上司である[[PERSON|西村 和彦]]課長との間で業務分担について意見の相違があること、また同じ課の[[PERSON|野口 さくら]]さんの異動に伴って担当顧客が倍増し、残業が月四十五時間を超えていることについて相談があった。[[PERSON|久保田]]からは、まず[[PERSON|西村]]課長を交えて三者で業務量を棚卸しすること、産業医の[[PERSON|石原 典子]]先生との面談を来週中に設定することを提案し、[[PERSON|今井]]さんも了承した。次回面談は年明けの予定。なお本人の希望により、面談内容は[[PERSON|野口]]さんには共有しない。"""),

    # ja: bank transfer slip, name spaced one character at a time, half-width kana holder
    ("ja", """　　　　　　　　　振　込　依　頼　書
ご依頼人　　[[PERSON|松　本　　由　紀　子]]　様
ご依頼人電話　[[PHONE|0276-45-3381]]
受取人　　　[[PERSON|ﾀｹｳﾁ ｼﾝｲﾁ]]
お受取口座　しらかば信用金庫　太田南支店　普通　[[BANK_ACCOUNT|3041827]]
振込金額　　[[KEEP:AMOUNT|￥２５０，０００]]
備考　　　　１２月分家賃"""),

    # ja: staff directory in HTML with ruby readings; a surname that reads like a date
    ("ja", """<ul class="staff">
  <li><ruby>[[PERSON|東海林]]<rt>[[PERSON|しょうじ]]</rt></ruby> <ruby>[[PERSON|美鈴]]<rt>[[PERSON|みすず]]</rt></ruby>（広報）内線 2210</li>
  <li><ruby>[[PERSON|小鳥遊]]<rt>[[PERSON|たかなし]]</rt></ruby> <ruby>[[PERSON|蓮]]<rt>[[PERSON|れん]]</rt></ruby>（経理）内線 2214</li>
  <li><ruby>[[PERSON|四月一日]]<rt>[[PERSON|わたぬき]]</rt></ruby> <ruby>[[PERSON|灯]]<rt>[[PERSON|あかり]]</rt></ruby>（総務）内線 2231</li>
</ul>"""),

    # ja: project minutes, attendees by surname, Vietnamese member in katakana, meeting room named like a person
    ("ja", """議事録：第14回 物流改善プロジェクト定例
日時：[[KEEP:DATE|2026年11月20日]]（金）15:00～16:30
場所：本社7F 会議室「あおい」
出席：[[PERSON|平田]]（PM）、[[PERSON|五十嵐]]、[[PERSON|ファム・ヴァン・ロン]]、[[PERSON|岸本]]（記）
欠席：[[PERSON|金城]]

1. 倉庫WMSの更新
　・[[PERSON|五十嵐]]より、ベンダー提示の [[KEEP:VERSION|Ver.8.4.0]] への更新日程の報告。1月第2週の週末作業で確定。
2. 誤出荷率
　・11月は0.12%。[[PERSON|ファム]]さんの提案したダブルスキャン運用を12月から全ラインへ展開する。
3. 次回
　・12月4日（金）同室。[[PERSON|金城]]さんには[[PERSON|岸本]]から共有。"""),

    # ja: missed-delivery slip
    ("ja", """【ご不在連絡票】
[[PERSON|宮里]]　様
本日お荷物をお届けにあがりましたが、ご不在でした。
お問い合わせ伝票番号：[[KEEP:TRACKING|3981-2270-4415]]
ご依頼主：株式会社ヒカリ堂
品名：書籍
再配達受付：[[PHONE|0120-19-4862]]（自動受付・24時間）
担当ドライバー：[[PERSON|比嘉]]（[[PHONE|080-6612-0937]]）"""),

    # ja: invoice with qualified-invoice registration number and bank account
    ("ja", """請　求　書
請求書番号：[[KEEP:INVOICE|INV-202611-0457]]
発行日：2026年11月30日
株式会社ふじさわ設計　御中
　　　　　　　　　　　　　　　　株式会社アオバ印刷
　　　　　　　　　　　　　　　　登録番号：T[[CORPORATE_NUMBER|8460012511716]]
　　　　　　　　　　　　　　　　〒[[POSTAL_CODE|981-3133]]　[[ADDRESS|宮城県仙台市泉区泉中央1丁目7番地の1]]
　　　　　　　　　　　　　　　　TEL [[PHONE|022-371-5518]]　FAX [[PHONE|022-371-5519]]
　　　　　　　　　　　　　　　　担当：[[PERSON|菅野]]
ご請求金額　[[KEEP:AMOUNT|¥348,150]]（税込）
品目：会社案内パンフレット A4/8P　3,000部
お振込先：いずみ銀行　泉中央支店　普通預金　[[BANK_ACCOUNT|5620184]]　カ）アオバインサツ
お支払期限：2026年12月31日"""),

    # ja: year-end tax form with My Numbers (spaced, plain, hyphenated), full-width postal code
    ("ja", """給与所得者の扶養控除等（異動）申告書　令和8年分
氏名（フリガナ）：[[PERSON|ナガオ　タツヤ]]
氏名：[[PERSON|長尾　達也]]
個人番号：[[MY_NUMBER|2122 5441 0192]]
生年月日：昭和61年4月2日
住所：〒[[POSTAL_CODE|３３０－０８５４]]　[[ADDRESS|埼玉県さいたま市大宮区桜木町２－３－１５　コーポ桜木３０１]]
源泉控除対象配偶者：[[PERSON|長尾　千尋]]（個人番号 [[MY_NUMBER|952883036620]]）
控除対象扶養親族：[[PERSON|長尾　陽菜]]（個人番号 [[MY_NUMBER|3336-9977-4625]]）"""),

    # ja: IT incident ticket with IPv4 addresses, a four-part version number and a log handle
    ("ja", """チケット [[KEEP:TICKET|INC-0088213]]
起票者：[[PERSON|高木 亮介]]（情報システム部）
件名：VPN接続が頻繁に切断される
詳細：
在宅勤務中、午前中に3回切断。自宅側のグローバルIPは [[IP_ADDRESS|203.0.113.47]]、VPN割当アドレスは [[IP_ADDRESS|10.88.14.203]]。
クライアントのバージョンは [[KEEP:VERSION|5.2.14.1]]（最新版）。
ログ抜粋：
2026-11-30 09:41:07 WARN tunnel reset peer=[[IP_ADDRESS|198.51.100.12]] user=[[PERSON|r.takagi]] code=0x1F"""),

    # ja: ryokan booking for Hong Kong guests, romanised Cantonese names in capitals
    ("ja", """ご予約確認書（旅館 みどり荘）
予約番号：[[KEEP:RESERVATION|RSV-77120548]]
代表者様：[[PERSON|WONG KA MING]] 様（[[PERSON|ウォン・カーミン]]）
ご同伴者：[[PERSON|CHAN MEI LING]] 様
チェックイン：2026年12月23日 15:00
ご連絡先：[[PHONE|+852 9123 4478]]
メール：[[EMAIL|kaming.wong@example.com]]
お支払い：現地決済（クレジットカード ****-****-****-5512）"""),

    # ja: internal mail; the sender's name is also an ordinary word, plus a station named 森ノ宮
    ("ja", """宛先：営業本部各位
差出人：[[PERSON|森 光]]（営業企画）
件名：年末のご挨拶回りスケジュール

各位

お疲れ様です。[[PERSON|森]]です。
年末のご挨拶回りについて、下記のとおり割り振りました。

・12/14（月）大阪方面：森ノ宮の本町工業様、光回線工事の件のお礼を兼ねて
・12/15（火）京都方面：[[PERSON|林 直人]]さん同行
・12/16（水）社内待機

変更があれば[[PERSON|林]]さんか私まで。
内線：4402"""),

    # ja: scanned application form, names broken across lines by the layout
    ("ja", """賃貸住宅入居申込書（FAX受信分・OCR）
申込者氏名　　[[PERSON|大久保]]
　　　　　　　[[PERSON|真理子]]
フリガナ　　　[[PERSON|オオクボ　マリコ]]
現住所　　　　〒[[POSTAL_CODE|164-0001]]
　　　　　　　[[ADDRESS|東京都中野区中野５－６８－１０　サンライズ中野４０２]]
勤務先　　　　株式会社ミナト会計事務所（法人番号 [[CORPORATE_NUMBER|3169685974711]]）
勤務先電話　　[[PHONE|O3-5318-77O2]]
緊急連絡先　　[[PERSON|大久保 正]]（父）[[PHONE|0898-32-1147]]
年収　　　　　[[KEEP:AMOUNT|420万円]]"""),

    # ja: business trip arrangement; a person and a train share the name のぞみ
    ("ja", """出張手配のお知らせ

営業部　各位

来週の大阪出張について、以下のとおり手配しました。
・往路：12月9日（水）東京 8:30発 のぞみ21号 7号車
・復路：12月10日（木）新大阪 18:00発 のぞみ46号
・宿泊：なんば駅前のビジネスホテル（予約番号 [[KEEP:RESERVATION|HB-552019]]）
同行者は[[PERSON|浅野 のぞみ]]さん、[[PERSON|乾 はるか]]さんの2名です。
切符は[[PERSON|はるか]]さんが受け取り済みです。
総務課 [[PERSON|仁科]]"""),

    # ja: roster as a Markdown table; given names that are ordinary words
    ("ja", """| 社員番号 | 氏名 | 所属 | 内線 | 携帯 |
|---|---|---|---|---|
| [[KEEP:EMPLOYEE|E-004417]] | [[PERSON|荒木 大地]] | 製造1課 | 3312 | [[PHONE|080-4471-2209]] |
| [[KEEP:EMPLOYEE|E-004452]] | [[PERSON|三浦 海]] | 製造1課 | 3315 | [[PHONE|090-1187-6630]] |
| [[KEEP:EMPLOYEE|E-005021]] | [[PERSON|桑原 光希]] | 品質保証 | 3408 | [[PHONE|070-2298-4415]] |
| [[KEEP:EMPLOYEE|E-005106]] | [[PERSON|ラウ・ジアハオ]] | 品質保証 | 3410 | [[PHONE|080-9031-5527]] |"""),

    # ja: product specification sheet, no personal data
    ("ja", """【商品仕様書】
商品名：国産ひのき まな板 Lサイズ
JANコード：[[KEEP:JAN|4957644895249]]
品番：[[KEEP:PART|HN-4530-L]]
サイズ：450×300×30mm
重量：約1.6kg
原産国：日本（岐阜県）
入数：12枚／ケース
ケースITF：[[KEEP:ITF|14957644895246]]
希望小売価格：[[KEEP:AMOUNT|6,380円]]（税込）
取扱注意：食器洗い乾燥機の使用不可"""),

    # ja: contact-form submission with half-width katakana and mixed-width e-mail
    ("ja", """■お問い合わせフォームより（自動送信）
お名前：[[PERSON|ﾖｼｵｶ ｱﾔﾈ]]
会社名：有限会社ヨシオカ工務店
メール：[[EMAIL|ａｙａｎｅ．ｙｏｓｈｉｏｋａ＠ｅｘａｍｐｌｅ．ｊｐ]]
電話：[[PHONE|0466-28-9013]]
お問い合わせ種別：見積依頼
内容：
外壁塗装の見積をお願いしたいです。築20年の木造2階建てです。
現地調査は土日希望です。"""),

    # ja: call transcript; the caller spells her name out kanji by kanji
    ("ja", """[通話録音テキスト化 2026-12-02 11:18]
OP：お電話ありがとうございます。ご本人確認のため、お名前をフルネームでお願いいたします。
顧客：はい、[[PERSON|ニシダ]]です。ニシは東西南北の西、ダは田んぼの田で、下の名前は[[PERSON|カオリ]]、ひらがなで[[PERSON|かおり]]です。
OP：[[PERSON|西田 かおり]]様ですね。ご登録のお電話番号をお願いします。
顧客：[[PHONE|080 3346 1172]]です。
OP：ありがとうございます。ご用件をお伺いします。
顧客：先月の電気料金が急に上がっていて、検針の間違いじゃないかと。
OP：お客様番号 [[KEEP:CUSTOMER|0401-2288-31]] で確認いたします。"""),

    # ja: product recall notice, no personal data
    ("ja", """お客様各位

電気ケトル一部製品の自主回収および無償交換のお知らせ

対象製品：電気ケトル KT-08シリーズ
型番：[[KEEP:MODEL|KT-08W]]／[[KEEP:MODEL|KT-08B]]
製造番号：[[KEEP:SERIAL|2508001～2509450]]
JANコード：[[KEEP:JAN|4926432336516]]（ホワイト）、[[KEEP:JAN|4948938807123]]（ブラック）
対象期間：2025年8月～9月製造分

ご使用を中止いただき、回収受付窓口までご連絡ください。"""),

    # ja: employee bank-account change form with a ゆうちょ 記号番号
    ("ja", """給与振込口座変更届
所属：物流センター　社員番号：[[KEEP:EMPLOYEE|0007731]]
氏名：[[PERSON|坂東 ひとみ]]
変更後口座：ゆうちょ銀行　記号番号 [[BANK_ACCOUNT|14090-38127641]]
口座名義（カナ）：[[PERSON|バンドウ ヒトミ]]
適用開始：[[KEEP:DATE|2027年1月支給分]]から
提出日：2026年12月3日"""),

    # ja: card payment failure, internal memo with a full card number pasted by mistake
    ("ja", """【至急】決済エラーの件（[[PERSON|柳田]]様）

[[PERSON|柳田 圭]]様の年会費決済がエラーになっています。
お客様から電話で伝えられたカード番号をそのまま控えていたようです：
[[CREDIT_CARD|4354 3122 6194 8379]]　有効期限 09/29
このメモは確認後すぐに削除してください。カード番号は社内チャットに貼らないように。
再決済は本人に会員ページから操作してもらう方向で。
会員ID：[[KEEP:MEMBER|AK-20931]]"""),

    # ja: web server access log lines
    ("ja", """# /var/log/nginx/access.log 抜粋（12/04 深夜の不審アクセス）
[[IP_ADDRESS|192.0.2.181]] - - [04/Dec/2026:02:13:44 +0900] "POST /wp-login.php HTTP/1.1" 401 512 "-" "python-requests/2.31.0"
[[IP_ADDRESS|192.0.2.181]] - - [04/Dec/2026:02:13:45 +0900] "POST /wp-login.php HTTP/1.1" 401 512 "-" "python-requests/2.31.0"
[[IP_ADDRESS|2001:db8:4f21:10::1c]] - - [04/Dec/2026:02:14:02 +0900] "GET /admin/ HTTP/2.0" 403 146 "-" "Mozilla/5.0"
[[IP_ADDRESS|198.51.100.230]] - [[PERSON|kobayashi.s]] [04/Dec/2026:02:15:10 +0900] "GET /intranet/ HTTP/2.0" 200 912 "-" "Mozilla/5.0"
→ 1行目・2行目のIPはファイアウォールで遮断済み（[[PERSON|江口]]）"""),

    # ja: messaging-app style chat, display names with emoji and kana-only names
    ("ja", """[[PERSON|ゆか]]🌸：明日の搬入、何時集合だっけ？
[[PERSON|けんた]]：8時に倉庫前！
[[PERSON|ゆか]]🌸：了解～ トラックは誰が運転する？
[[PERSON|まさし]]（配送）：おれが出すよ。鍵は事務所の[[PERSON|ちはる]]さんに預けてある
[[PERSON|けんた]]：ありがと。[[PERSON|ちはる]]さんに[[PERSON|ゆか]]の分の入館証も頼んどいた"""),

    # ja: business-card OCR text
    ("ja", """株式会社サクラダ・エンジニアリング
技術営業部　主任
[[PERSON|桜田 悠真]]
[[PERSON|Yuma Sakurada]]
〒[[POSTAL_CODE|460-0008]] [[ADDRESS|愛知県名古屋市中区栄三丁目１５番２７号 栄ヒルズ９Ｆ]]
TEL [[PHONE|052-263-4180]]（代）　直通 [[PHONE|052-263-4187]]
Mobile [[PHONE|090-7712-0385]]
E-mail [[EMAIL|y-sakurada@example.co.jp]]"""),

    # ja: résumé data from an applicant tracking system; reading in brackets, age and birth date not labelled
    ("ja", """応募者情報（採用管理システムより出力）
応募ID：[[KEEP:APPLICANT|APP-26-00912]]
氏名：[[PERSON|真壁 蒼]]（[[PERSON|まかべ あおい]]）
生年月日：1998年7月14日（28歳）
現住所：[[ADDRESS|千葉県船橋市本町７丁目１１－５　グランパレス船橋１２０８]]
携帯：[[PHONE|080-2059-6613]]
メール：[[EMAIL|aoi.makabe.98@example.com]]
学歴：2021年3月 私立大学 理工学部 卒業
職歴：2021年4月～現在　株式会社ツバサ物流（法人番号 [[CORPORATE_NUMBER|1154155224065]]）システム課
志望動機：貴社のWMS刷新プロジェクトに関わりたく応募しました。
面接担当：[[PERSON|百瀬]]（一次）、[[PERSON|岩佐]]（二次）"""),
    # ja: shipping-label export, half-width katakana names, numbers without hyphens
    ("ja", """送り状番号,お届け先名,ｶﾅ,お届け先電話,お届け先郵便番号,お届け先住所,品名,個数
[[KEEP:TRACKING|448102937715]],[[PERSON|宇野 芳江]],[[PERSON|ｳﾉ ﾖｼｴ]],[[PHONE|0857221904]],[[POSTAL_CODE|6800841]],[[ADDRESS|鳥取県鳥取市吉方温泉2丁目410-3]],冬物衣料,1
[[KEEP:TRACKING|448102937726]],[[PERSON|藤堂 匠]],[[PERSON|ﾄｳﾄﾞｳ ﾀｸﾐ]],[[PHONE|09055173308]],[[POSTAL_CODE|8120011]],[[ADDRESS|福岡県福岡市博多区博多駅前4-9-2 ﾊﾟｰｸｻｲﾄﾞ博多601]],食品（冷蔵）,2
[[KEEP:TRACKING|448102937730]],株式会社ミツバ商会 御中,ｶ)ﾐﾂﾊﾞｼｮｳｶｲ,[[PHONE|0762318850]],[[POSTAL_CODE|9200031]],[[ADDRESS|石川県金沢市広岡1-3-27]],事務用品,5"""),

    # ja: expense claim; stations that are common surnames, and the claimant's own name
    ("ja", """交通費精算書
申請者：[[PERSON|戸田 里奈]]（社員番号 [[KEEP:EMPLOYEE|21-0934]]）
12/1　神田 → 大塚（顧客訪問）　[[KEEP:AMOUNT|178円]]
12/1　大塚 → 平井（移動）　　　[[KEEP:AMOUNT|231円]]
12/2　上野 → 中野（研修会場）　[[KEEP:AMOUNT|199円]]
合計　[[KEEP:AMOUNT|608円]]
承認者：[[PERSON|水野]]課長"""),

    # ja: clinic appointment note; patient number kept, doctor and patient labelled
    ("ja", """予約メモ（受付）
患者番号：[[KEEP:PATIENT|0031-4582]]
氏名：[[PERSON|根本 千代子]] 様（82歳）
付添：長男 [[PERSON|根本 修]] 様　連絡先 [[PHONE|048-473-2261]]
予約：12月8日（火）10:30　整形外科　[[PERSON|大野]]医師
備考：車椅子での来院。駐車場は病院正面の第2駐車場を案内済み。"""),

    # ja: purchase order between two companies, both corporate numbers and addresses
    ("ja", """注　文　書
注文番号：[[KEEP:ORDER|PO-26-03318]]
注文日：2026年12月1日

株式会社カワセ工業　御中
（法人番号 [[CORPORATE_NUMBER|5791736087100]]）
[[ADDRESS|大阪府東大阪市高井田元町2-9-14]]

下記のとおり注文いたします。
品番　[[KEEP:PART|KW-BR-2210-S]]　ブラケット（ステンレス）　500個　単価[[KEEP:AMOUNT|￥312]]
品番　[[KEEP:PART|KW-BT-0616]]　六角ボルト M6×16　3,000本　単価[[KEEP:AMOUNT|￥9.4]]
納期：2027年1月15日
納入場所：弊社 第二工場（[[ADDRESS|兵庫県加古川市平岡町新在家８８０－１]]）

株式会社ハヤセ製作所　購買課
（法人番号 [[CORPORATE_NUMBER|3833153570978]]）
担当：[[PERSON|宗像 一郎]]　[[PHONE|079-424-6637]]　[[EMAIL|munakata@example.co.jp]]"""),

    # ja: e-mail thread with quoted reply and a romaji From header
    ("ja", """From: [[PERSON|Shinji Hattori]] <[[EMAIL|s.hattori@example.co.jp]]>
To: [[EMAIL|kaori.ichinose@example.jp]]
Subject: Re: 見積書送付の件

[[PERSON|一ノ瀬]]様

お世話になっております。[[PERSON|服部]]です。
見積書、確かに受領いたしました。社内で確認のうえ、週明けにご連絡します。

[[PERSON|服部 真司]]

> [[PERSON|服部]]様
> いつもお世話になっております。[[PERSON|一ノ瀬 香織]]です。
> ご依頼の見積書（[[KEEP:QUOTE|Q-2026-1187]]）を添付いたします。
> 有効期限は12月25日までとなっております。"""),

    # ja: insurance claim form; policy number kept, bank account labelled
    ("ja", """保険金請求書（入院給付金）
証券番号：[[KEEP:POLICY|71-3305824-09]]
被保険者：[[PERSON|小田切 勇]]
請求者：同上
入院期間：2026年10月12日～10月21日（10日間）
病院名：市立総合病院
受取口座：かもめ銀行　駅前支店　普通　[[BANK_ACCOUNT|1208833]]
口座名義：[[PERSON|オダギリ イサム]]
連絡先：[[PHONE|0143-22-5907]]"""),

    # ja: shift roster with kana-only given names
    ("ja", """12月第2週 シフト表（ホール）
　　　　月　火　水　木　金　土　日
[[PERSON|あやの]]　○　○　－　○　○　－　－
[[PERSON|りく]]　　－　○　○　－　○　○　○
[[PERSON|ひなた]]　○　－　○　○　－　○　○
[[PERSON|そら]]　　○　○　○　－　－　○　－
※ 土曜は団体予約あり（ひなた席 6卓を使用）
店長：[[PERSON|内藤]]"""),

    # ja: seminar registration list; companies named after people are not labelled
    ("ja", """セミナー参加者一覧（12/11 DX推進セミナー）
No.,会社名,部署,氏名,メール
1,株式会社ヤマダ電子,情報システム部,[[PERSON|川端 聡]],[[EMAIL|kawabata@example.co.jp]]
2,マツダ物産株式会社,総務部,[[PERSON|鳴海 沙織]],[[EMAIL|s-narumi@example.jp]]
3,合同会社イトウデザイン,代表,[[PERSON|Olivia Brandt]],[[EMAIL|olivia@brandt.example]]
4,株式会社フクダ・テクノ,開発部,[[PERSON|朴 志勲]]（[[PERSON|パク・ジフン]]）,[[EMAIL|jihoon.park@example.com]]"""),

    # ja: internal expense rules, no personal data
    ("ja", """旅費規程（抜粋）第12条
1. 国内出張の日当は、１日につき[[KEEP:AMOUNT|2,000円]]とする。
2. 宿泊料は、東京23区・大阪市・名古屋市は１泊[[KEEP:AMOUNT|12,000円]]、その他の地域は[[KEEP:AMOUNT|10,000円]]を上限とする。
3. 新幹線は、片道100km以上の場合に普通車指定席の利用を認める。
4. 本規程は[[KEEP:DATE|2026年4月1日]]から施行する。"""),

    # ja: system maintenance notice, no personal data; a four-part build number and an address-like version
    ("ja", """【メンテナンスのお知らせ】
下記日程で基幹システムのメンテナンスを実施します。
日時：[[KEEP:DATE|2026年12月12日（土）22:00]]～翌6:00
内容：データベースサーバのOS更新（[[KEEP:VERSION|9.4.0.17]]）、業務アプリ更新（[[KEEP:VERSION|R26.12.1]]）
影響：作業中は受発注画面・在庫照会が利用できません。
問い合わせ：情報システム部ヘルプデスク（内線 1100）"""),

    # ja: airline-style booking record from a travel agency
    ("ja", """予約記録（旅行代理店システム）
PNR: [[KEEP:RESERVATION|K7QZ4M]]
1.1[[PERSON|SATO/KENJIRO]] MR  2.1[[PERSON|SATO/EMI]] MRS  3.1[[PERSON|SATO/HANA]] MISS
NH 0203 Y 20DEC HNDFRA HK3
   DEP 2230 / ARR 0545+1
CTCM [[PHONE|+81 90 6630 1284]]
CTCE [[EMAIL|kenjiro.sato@example.com]]
備考：お子様（[[PERSON|はな]]ちゃん 6歳）用チャイルドミール手配済み"""),

    # ja: tenant list of an apartment building
    ("ja", """グリーンコート三鷹　入居者一覧（管理会社控え）
101　[[PERSON|岡部]]　　　[[PHONE|0422-41-7730]]
102　空室
103　[[PERSON|Gupta Anil]]　[[PHONE|080-3127-5564]]
201　[[PERSON|白石 恵]]　　[[PHONE|070-6644-2098]]
202　[[PERSON|楊 暁東]]　　[[PHONE|090-2281-4630]]
物件所在地：[[ADDRESS|東京都三鷹市下連雀３－２８－１２]]
オーナー：[[PERSON|笹川 宗一郎]]"""),

    # ja: referral letter from a clinic
    ("ja", """診療情報提供書
紹介先：県立中央病院　循環器内科　[[PERSON|武田]]先生　御侍史
患者氏名：[[PERSON|吉川 ヨシ]]　女性　昭和15年3月3日生
住所：[[ADDRESS|静岡県富士宮市淀師１２３４－５]]
電話：[[PHONE|0544-26-3317]]
紹介目的：精査加療のお願い
傷病名：心房細動の疑い
紹介元：[[PERSON|神谷]]内科クリニック　院長　[[PERSON|神谷 修平]]"""),

    # ja: school message to parents, children's names in hiragana
    ("ja", """保護者の皆様へ（3年2組 連絡）
明日の校外学習の班分けです。
1班：[[PERSON|たけうち こうた]]、[[PERSON|みやざき りお]]、[[PERSON|すずらん まな]]
2班：[[PERSON|おおつか ゆいと]]、[[PERSON|いしだ さな]]
集合は8時15分、雨天時は通常授業です。
担任　[[PERSON|村瀬]]"""),

    # ja: JSON export from a no-code database
    ("ja", """{"records":[{"$id":"1042","担当者":{"value":[{"code":"[[PERSON|h.matsuoka]]","name":"[[PERSON|松岡 颯]]"}]},"顧客名":{"value":"株式会社タチバナ"},"電話":{"value":"[[PHONE|03-6273-1180]]"},"メール":{"value":"[[EMAIL|tachibana-info@example.co.jp]]"},"ステータス":{"value":"商談中"}},{"$id":"1043","担当者":{"value":[{"code":"[[PERSON|n.oshiro]]","name":"[[PERSON|大城 菜々]]"}]},"顧客名":{"value":"ことぶき薬局"},"電話":{"value":"[[PHONE|098-863-4402]]"},"メール":{"value":"[[EMAIL|kotobuki@example.jp]]"},"ステータス":{"value":"受注"}}]}"""),

    # ja: complaint mail written entirely in full-width characters
    ("ja", """件名：対応についての苦情

ご担当者様

先日、御社の窓口で対応された[[PERSON|ＫＡＴＯ]]様という方の説明が不十分で、結局２回も足を運ぶことになりました。
改善をお願いします。折り返しは下記までお願いします。

[[PERSON|溝口　武]]
電話　[[PHONE|０４５－９８１－３３０６]]
メール　[[EMAIL|ｔａｋｅｓｈｉ．ｍｉｚｏｇｕｃｈｉ＠ｅｘａｍｐｌｅ．ｃｏｍ]]"""),

    # ja: online-shop order confirmation, card fragment not labelled
    ("ja", """【ご注文確認】ご注文ありがとうございます
[[PERSON|香川 美帆]] 様
ご注文番号：[[KEEP:ORDER|4471-0028-9903]]
お届け先：〒[[POSTAL_CODE|760-0017]] [[ADDRESS|香川県高松市番町１丁目６－８ 番町レジデンス５０５]]
お支払方法：クレジットカード（VISA 末尾 4021）
商品：ワイヤレスイヤホン（JAN [[KEEP:JAN|4939915299338]]）×1　[[KEEP:AMOUNT|9,980円]]
お届け予定：12月9日～12月11日"""),

    # ja: resignation paperwork with My Number and a pension number kept
    ("ja", """退職手続きチェックリスト（[[PERSON|長谷部 昌弘]]さん）
・退職日：2026年12月31日
・基礎年金番号：[[KEEP:PENSION|4310-552087]]（年金手帳の写し受領済）
・個人番号：[[MY_NUMBER|4944 0191 9212]]（源泉徴収票用、保管期限後は廃棄）
・離職票送付先：[[ADDRESS|群馬県高崎市八島町２２２　ロイヤル八島７０７]]
・貸与PC返却：資産番号 [[KEEP:ASSET|PC-18-02231]]
・最終給与振込口座：変更なし
担当：人事 [[PERSON|矢島]]"""),

    # ja: call summary; surname and given name are place names / ordinary words
    ("ja", """通話要約（AI自動生成）
お客様：[[PERSON|春日 明日香]]様
要件：引越しに伴う住所変更とプラン変更
新住所：[[ADDRESS|奈良県奈良市春日野町１６０ 春日野ハイツ２０２]]
新電話番号：[[PHONE|0742-22-6180]]
プラン：光ファイバー 1ギガ → 10ギガへの変更を希望、工事日は[[KEEP:DATE|1月16日]]で仮押さえ
次回アクション：工事日確定後に[[PERSON|明日香]]様の携帯（[[PHONE|090-4458-2713]]）へSMS送信"""),

    # ja: rural address with 字 and 線, Hokkaido
    ("ja", """農産物直送　定期便お申込み
お名前：[[PERSON|新井田 誠]]
ご住所：〒[[POSTAL_CODE|080-0101]] [[ADDRESS|北海道河東郡音更町字下音更北１０線西１８番地]]
お電話：[[PHONE|0155-42-2870]]
コース：じゃがいも・玉ねぎ 10kgセット（[[KEEP:COURSE|TK-10]]）
お支払：口座振替（十勝農協 本所 普通 [[BANK_ACCOUNT|0198231]]）"""),

    # ja: Kyoto address with 上ル, and a person whose surname is a Kyoto place
    ("ja", """ご宿泊者カード
氏名：[[PERSON|嵯峨 凛]]
住所：[[ADDRESS|京都府京都市中京区烏丸通三条上ル場之町５８６　烏丸レジデンス８０３]]
電話：[[PHONE|075-211-4093]]
同行者：[[PERSON|嵯峨 結衣]]
ご来館目的：観光
車両：なし"""),

    # ja: SMS log exported from a CRM, bare mobile numbers
    ("ja", """送信日時,宛先,本文,ステータス
2026/12/03 10:02,[[PHONE|09012873364]],[[PERSON|岸田]]様 ご予約は12/5 14:00です。変更は当院までご連絡ください。,送信済
2026/12/03 10:02,[[PHONE|08033910478]],[[PERSON|今村]]様 ご予約は12/5 15:30です。変更は当院までご連絡ください。,送信済
2026/12/03 10:03,[[PHONE|07061150092]],[[PERSON|辻]]様 ご予約は12/6 9:00です。変更は当院までご連絡ください。,不達"""),

    # ja: team chat with an @mention built from a name
    ("ja", """#sales-tokyo
[[PERSON|宮内 彩]]  10:41
@[[PERSON|tanaka_yusuke]] 先週のA社見積、最新版どこにありますか？
[[PERSON|田中 佑介]]  10:44
共有ドライブの「見積/2026/12」に [[KEEP:QUOTE|Q-26-1203]] で置きました！
[[PERSON|宮内 彩]]  10:45
ありがとうございます🙏"""),

    # ja: customer survey free text praising staff by name
    ("ja", """アンケート自由記述（12月分、抜粋）
・受付の[[PERSON|小山]]さんがとても丁寧でした。
・駐車場が狭い。
・薬の説明をしてくれた[[PERSON|しおり]]さん（名札がひらがなでした）の説明がわかりやすかった。
・待ち時間が長い。予約制にしてほしい。
・Dr. [[PERSON|Kwame Mensah]]の英語での説明が助かりました。"""),

    # ja: stock table CSV, no personal data
    ("ja", """品番,品名,JAN,ロット,数量,保管場所
[[KEEP:PART|TS-110]],タオルセット白,[[KEEP:JAN|4900539911722]],[[KEEP:LOT|L2611-08]],240,A-03-2
[[KEEP:PART|TS-120]],タオルセット紺,[[KEEP:JAN|4937907522921]],[[KEEP:LOT|L2611-09]],180,A-03-3
[[KEEP:PART|BM-300]],バスマット,[[KEEP:JAN|4527156354260]],[[KEEP:LOT|L2610-21]],96,B-11-1
[[KEEP:PART|HB-01]],ハンドブラシ,[[KEEP:EAN|49727685]],[[KEEP:LOT|L2609-02]],500,C-01-4"""),

    # ja: meeting-room rules, no personal data
    ("ja", """会議室利用ルール（2027年1月改定）
・予約はグループウェアから、最大2時間まで。
・「さくら」「ひまわり」は役員会議で優先使用します。
・Web会議用スピーカー（型番 [[KEEP:MODEL|SP-740U]]）は持ち出し禁止。
・退室時はホワイトボードを消し、空調を切ってください。"""),

    # ja: foreign staff names in katakana with the native order
    ("ja", """技能実習生 配属一覧（2027年1月）
[[PERSON|グエン・ティ・ラン]]　　縫製ライン　在留カード有効期限 2028/03
[[PERSON|チャン・ヴァン・フック]]　縫製ライン
[[PERSON|シャルマ・ラジェシュ]]　検品
[[PERSON|オコンクォ・チネドゥ]]　出荷
生活指導員：[[PERSON|堀 由香里]]（[[PHONE|090-6120-4478]]）
寮：[[ADDRESS|岐阜県各務原市那加桜町２－１０５　第二寮２０３～２０６]]"""),

    # ja: press release, company contact information labelled
    ("ja", """報道関係者各位　2026年12月7日
株式会社ノゾミ・ロボティクス

物流倉庫向け自律搬送ロボット「HAKOBU 3」を発表

株式会社ノゾミ・ロボティクス（本社：東京都江東区、代表取締役：[[PERSON|瀬戸口 拓海]]）は、倉庫向け自律搬送ロボット「HAKOBU 3」を2027年2月に発売します。価格は1台[[KEEP:AMOUNT|480万円]]（税別）。

【本件に関するお問い合わせ】
広報部　[[PERSON|奥村 詩織]]
[[PHONE|03-5534-8021]]／[[EMAIL|press@nozomi-robotics.example]]
本社：〒[[POSTAL_CODE|135-0063]] [[ADDRESS|東京都江東区有明３－７－２６ 有明フロンティアビルＢ棟１２階]]"""),

    # ja: bank statement lines with half-width katakana transfer names
    ("ja", """入出金明細（普通預金）口座番号 [[BANK_ACCOUNT|2270415]]
日付　　　摘要　　　　　　　　　　　お支払金額　お預り金額
12/01　振込　[[PERSON|ﾏｴﾀﾞ ｼｮｳｺﾞ]]　　　　　　　　　　　　[[KEEP:AMOUNT|85,000]]
12/02　ｶ-ﾄﾞ　　　　　　　　　　　[[KEEP:AMOUNT|30,000]]
12/05　振込　ｶ)ｱｻﾋﾌﾄﾞｳｻﾝ　　　　　　　　　　　　[[KEEP:AMOUNT|120,000]]
12/06　振込手数料　　　　　　　　　[[KEEP:AMOUNT|330]]"""),

    # ja: git log in a Japanese repository
    ("ja", """commit 8f3c2d1a9b7e4f6051c2d3e4f5a6b7c8d9e0f1a2
Author: [[PERSON|Ryo Fujimaki]] <[[EMAIL|ryo.fujimaki@example.co.jp]]>
Date:   Mon Dec 7 18:22:10 2026 +0900

    受注画面の郵便番号入力で全角ハイフンを許可 (#[[KEEP:TICKET|2291]])

commit 51e0a7c3b2d4f6e8a0c1b3d5e7f9a2c4e6b8d0f1
Author: [[PERSON|kaneshiro-m]] <[[EMAIL|m.kaneshiro@example.co.jp]]>
Date:   Mon Dec 7 11:05:43 2026 +0900

    Bump version to [[KEEP:VERSION|2.14.0]]"""),

    # ja: phone message slip
    ("ja", """電話メモ
[[PERSON|片桐]]部長へ
12/7 13:20 受
株式会社オカモト建設の[[PERSON|堤]]様より電話あり。
明日の打合せを15時→16時に変更したいとのこと。
折り返し先：[[PHONE|03-3861-2207]]（内線 31）
受：[[PERSON|安西]]"""),

    # ja: New Year card address list with a joint (連名) entry
    ("ja", """年賀状 宛名リスト
[[POSTAL_CODE|259-1117]]　[[ADDRESS|神奈川県伊勢原市東成瀬４－１９]]　[[PERSON|伊東 哲也]]様・[[PERSON|京子]]様
[[POSTAL_CODE|399-0702]]　[[ADDRESS|長野県塩尻市広丘野村１５４２－３]]　[[PERSON|百田 房子]]様
[[POSTAL_CODE|890-0053]]　[[ADDRESS|鹿児島県鹿児島市中央町２２－１６　中央ハイツ３Ｃ]]　[[PERSON|有村 健吾]]様　ご家族様"""),
    # ja: one long run-on complaint with the phone number and address inline
    ("ja", """先日そちらで買った冷蔵庫がもう三日も冷えなくて中の食材が全部だめになったので至急来てほしいのですが電話しても全然つながらないのでこちらに書きます名前は[[PERSON|栗原 登志子]]で住所は[[ADDRESS|茨城県つくば市吾妻３丁目１８番地の２ つくばパークハウス１１０５]]ですそちらの配送の人が設置したときに何か間違えたのではないかと思います保証書の番号は[[KEEP:WARRANTY|WR-8820-1174]]で買ったのは十月の終わりです電話は[[PHONE|029-851-3347]]か娘の[[PERSON|栗原 綾]]の携帯[[PHONE|080-5021-9936]]にお願いします平日は昼間いないので夕方以降にしてください"""),

    # ja: data-quality report on duplicate customer records, variant kanji in names
    ("ja", """名寄せ候補レポート（自動抽出）
グループ 17：同一人物の可能性 高
　[[KEEP:CUSTOMER|CU-0081123]]　[[PERSON|山﨑 隆之]]　[[PHONE|0263-35-1192]]
　[[KEEP:CUSTOMER|CU-0094410]]　[[PERSON|山崎 隆之]]　[[PHONE|0263351192]]
　[[KEEP:CUSTOMER|CU-0102238]]　[[PERSON|ﾔﾏｻﾞｷ ﾀｶﾕｷ]]　電話なし
グループ 18：同一人物の可能性 中
　[[KEEP:CUSTOMER|CU-0077015]]　[[PERSON|髙橋 美和子]]　[[EMAIL|miwako.t@example.jp]]
　[[KEEP:CUSTOMER|CU-0110942]]　[[PERSON|高橋 美和]]　[[EMAIL|miwa.takahashi@example.jp]]"""),

    # ja: minutes of a mixed Japanese/English meeting, romaji names and -san suffixes
    ("ja", """Weekly sync 議事メモ（12/3）
参加：[[PERSON|Sato]]-san, [[PERSON|Liang Wei]], [[PERSON|Nakagawa Ririko]], [[PERSON|Ben Hollister]]
・APAC rollout：[[PERSON|Liang]]さんより、シンガポール拠点の移行は1月末に後ろ倒し。
・[[PERSON|Ben]] will share the revised budget (FY27, [[KEEP:AMOUNT|USD 1.2M]]) by Friday.
・[[PERSON|Nakagawa]]-san：翻訳ベンダーの見積を2社比較中。
Next: 12/10, host = [[PERSON|Sato]]-san"""),

    # ja: firewall allow-list in YAML with owners named in comments
    ("ja", """# 社外からの管理画面アクセス許可リスト
allow:
  - [[IP_ADDRESS|203.0.113.88]]      # 自宅回線 [[PERSON|佐野 和樹]]（情シス）
  - [[IP_ADDRESS|198.51.100.64]]     # 保守ベンダー（株式会社アサヒネット）固定IP
  - [[IP_ADDRESS|2001:db8:a0b:12f0::7]]  # 在宅 [[PERSON|y.kuwahara]]
  - [[IP_ADDRESS|172.20.31.5]]       # 社内踏み台
# 更新者: [[PERSON|佐野]] 2026-12-01"""),

    # ja: car dealership CRM note; the VIN-like frame number is kept
    ("ja", """顧客メモ（営業支援システム）
顧客：[[PERSON|大和田 勝]]様（法人：有限会社オオワダ運送）
車両：ハイエースバン　車台番号 [[KEEP:VIN|TRH200-0412278]]
次回車検：2027年3月
連絡：ご本人携帯 [[PHONE|090-5526-1830]]／事務所 [[PHONE|0296-72-4418]]
メモ：代替え検討中。奥様（[[PERSON|恵子]]様）が経理担当、見積は事務所宛てにFAX希望。"""),

    # ja: card re-issue call log with JCB and Amex numbers read out by the caller
    ("ja", """カード再発行受付ログ
受付番号：[[KEEP:TICKET|RE-2612-0443]]
会員名：[[PERSON|三上 悠斗]]
旧カード：[[CREDIT_CARD|3528-1102-7962-3361]]（JCB、紛失）
家族カード：[[CREDIT_CARD|3731 265890 55997]]（Amex、ご家族 [[PERSON|三上 絢子]]様名義、継続利用）
本人確認：生年月日・登録電話番号 [[PHONE|080-7703-2451]] で確認済
新カード発送先：ご登録住所
備考：不正利用の申告なし"""),

    # ja: contact-form log with IPv6 and user agent
    ("ja", """[form-submit] 2026-12-05T22:41:19+09:00 id=[[KEEP:FORM|F-559812]]
  name="[[PERSON|井上 楓]]" kana="[[PERSON|いのうえ かえで]]"
  email="[[EMAIL|kaede.inoue@example.jp]]"
  tel="[[PHONE|０８０－１２３９－５５７０]]"
  remote_addr=[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]
  ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Version/18.1 Mobile/15E148"
  message="資料請求をお願いします。郵送希望です。" status=accepted"""),

    # ja: overseas shipment request, US address written in English inside a Japanese form
    ("ja", """海外発送依頼書
依頼者：[[PERSON|寺島 美咲]]（内線 5520）
宛先氏名：[[PERSON|Jonathan Reyes]]
宛先住所：[[ADDRESS|2847 Alder Creek Drive, Apt 5]]
　　　　　Sacramento, CA [[POSTAL_CODE|95821]]
　　　　　U.S.A.
宛先電話：[[PHONE|+1 916-555-0148]]
内容品：書類（契約書原本）
発送方法：EMS　追跡番号 [[KEEP:TRACKING|EJ724518306JP]]"""),

    # ja: customers whose surnames are prefecture and city names
    ("ja", """住所変更受付一覧
1. [[PERSON|千葉 雄一]]様　旧住所 [[ADDRESS|千葉県市川市八幡２－１５－７]] → 新住所 [[ADDRESS|東京都江戸川区西葛西６－８－１０ ハイム西葛西２０１]]
2. [[PERSON|福岡 亜美]]様　旧住所 [[ADDRESS|福岡県福岡市中央区大名１－９－３３]] → 新住所 [[ADDRESS|熊本県熊本市中央区水前寺３－１２－８]]
3. [[PERSON|熊本 翔]]様　変更なし（電話番号のみ [[PHONE|096-385-0211]] に変更）"""),

    # ja: bookshop back-order slip with ISBNs kept
    ("ja", """お取り寄せ伝票
お客様：[[PERSON|柏木 史朗]]様　自宅 [[PHONE|0467-31-2094]]／携帯 [[PHONE|090-3318-0726]]
書名：物流現場の改善入門（ISBN [[KEEP:ISBN|978-4-06-195509-7]]）
書名：統計学の基礎 第3版（ISBN [[KEEP:ISBN|4-04-102938-4]]）
入荷予定：12月中旬
受付：[[PERSON|ゆり]]（店員名札）"""),

    # ja: access-review spreadsheet from an internal audit
    ("ja", """アクセス権棚卸し（経理システム）
社員番号,氏名,ログインID,権限,最終ログイン,判定
[[KEEP:EMPLOYEE|100233]],[[PERSON|小池 崇]],[[PERSON|koike.t]],承認者,2026-11-30,継続
[[KEEP:EMPLOYEE|100871]],[[PERSON|布施 文香]],[[PERSON|fuse.a]],入力者,2026-07-14,要確認（長期未使用）
[[KEEP:EMPLOYEE|101502]],[[PERSON|Arjun Venkataraman]],[[PERSON|arjun.v]],参照,2026-12-02,継続
—,退職者,tmp_audit01,管理者,2025-03-31,削除"""),

    # ja: evaluation note with a nickname derived from a surname
    ("ja", """360度評価 自由記述（集計前の原文）
・[[PERSON|ナベ]]さん（[[PERSON|渡部 拓]]）はチームの雰囲気づくりがうまい。会議の仕切りも上手。
・新人の[[PERSON|Kim Soo-ah]]さんへのフォローが手厚かった。
・もう少し資料を早めに共有してほしい。"""),

    # ja: fax OCR where the layout wrapped a surname in the middle
    ("ja", """FAX送信票（OCR）
株式会社ミズホ工機　購買部　御中
平素よりお世話になっております。先般ご依頼の件、担当の[[PERSON|高
橋 健太]]よりご連絡差し上げるべきところ、本日不在のため代わってお送りいたします。
詳細は添付の仕様書（[[KEEP:DOC|DOC-7730-A]]）をご参照ください。
株式会社ニシキ電装　営業部　[[PERSON|富永]]
TEL [[PHONE|0568-79-2245]]　FAX [[PHONE|0568-79-2246]]"""),
    # ja: HR mail collecting My Numbers of part-time staff, numbers in a table
    ("ja", """件名：【要対応】マイナンバー未提出者の件

店長各位

年末調整に向けて、以下の方の個人番号を受領しました。残りの方は12/11までに提出をお願いします。

店舗　　氏名　　　　　個人番号
渋谷　　[[PERSON|杉浦 あんな]]　[[MY_NUMBER|035180661210]]
渋谷　　[[PERSON|Maria Santos]]　[[MY_NUMBER|8720 5756 9210]]
池袋　　[[PERSON|早乙女 玲]]　　[[MY_NUMBER|0949-8395-1249]]
池袋　　未提出：[[PERSON|ダニエル・コッホ]]

※ このメールは転送禁止です。閲覧後は削除してください。
人事部 労務課 [[PERSON|広瀬]]"""),

    # ja: scanned My Number card copy (OCR), full-width digits
    ("ja", """【本人確認書類 OCR 結果】
書類種別：個人番号カード（裏面）
個人番号：[[MY_NUMBER|１６４２　２９６１　７０７１]]
氏名：[[PERSON|鶴田 光太郎]]
生年月日：平成2年11月9日
照合結果：申込情報と一致
審査担当：[[PERSON|nagai.k]]"""),

    # ja: supplier master with corporate numbers and company addresses
    ("ja", """取引先マスタ（抜粋）
取引先コード,法人名,法人番号,所在地,代表電話
[[KEEP:VENDOR|V-0312]],株式会社トヨシマ化成,[[CORPORATE_NUMBER|9864854363407]],[[ADDRESS|静岡県浜松市中央区西伝寺町１５０]],[[PHONE|053-441-2290]]
[[KEEP:VENDOR|V-0327]],ミナミ梱包株式会社,[[CORPORATE_NUMBER|6656516061130]],[[ADDRESS|大阪府堺市北区中百舌鳥町５－７７]],[[PHONE|072-250-3318]]
[[KEEP:VENDOR|V-0344]],有限会社ハルカ精密,[[CORPORATE_NUMBER|3026584121690]],[[ADDRESS|新潟県燕市物流センター２－１０]],[[PHONE|0256-63-7104]]"""),

    # ja: incoming foreign remittance notice with SWIFT/BIC and account number
    ("ja", """被仕向送金到着のご案内
お受取人：[[PERSON|松永 ジェシカ]] 様
お受取口座：普通 [[BANK_ACCOUNT|6018342]]
送金人：[[PERSON|HOFFMANN KLAUS]]
送金人銀行 SWIFT：[[BANK_ACCOUNT|HNSBDEHHXXX]]
当行 SWIFT：[[BANK_ACCOUNT|KMGBJPJT]]
送金額：[[KEEP:AMOUNT|EUR 3,200.00]]
円貨入金額：[[KEEP:AMOUNT|¥523,418]]"""),

    # ja: web order error log with a full-width card number typed by a customer
    ("ja", """[ERROR] 2026-12-06 20:14:55 payment.validate failed order=[[KEEP:ORDER|W2612060331]]
  reason: カード番号に全角文字が含まれています
  input.card_number="[[CREDIT_CARD|４８３６　６８２１　２６４２　４５２９]]"
  input.holder="[[PERSON|MORISHITA NAO]]"
  client_ip=[[IP_ADDRESS|192.168.10.24]]
※ ログにカード番号が平文で出力されている。マスキング対応を [[KEEP:TICKET|SEC-118]] で起票済み（[[PERSON|吉永]]）"""),

    # ja: hotel group booking with a Diners card and a UnionPay card
    ("ja", """団体予約 保証カード情報（フロント限り）
予約番号 [[KEEP:RESERVATION|GRP-8841]]
幹事：[[PERSON|Zhou Xinyi]]（[[PERSON|周 欣怡]]）様　[[PHONE|+86 139 1022 4871]]
保証カード1：[[CREDIT_CARD|6272 3319 0187 4933 276]]（銀聯）
保証カード2：[[CREDIT_CARD|3638 473356 4856]]（ダイナース、同行の[[PERSON|Chen Haoran]]様名義）
チェックアウト時にカードを返却し、この票はシュレッダー処理すること。"""),
    # ja: securities account application, My Number and the employer's corporate number
    ("ja", """証券総合口座 開設申込書（入力控え）
お名前：[[PERSON|羽鳥 奏太]]（[[PERSON|ハトリ カナタ]]）
個人番号：[[MY_NUMBER|7626-0730-9199]]
ご住所：〒[[POSTAL_CODE|150-0013]] [[ADDRESS|東京都渋谷区恵比寿４丁目２０番３号　恵比寿ガーデンテラス弐番館８０４]]
ご連絡先：[[PHONE|03-5792-4416]]／[[EMAIL|kanata.hatori@example.jp]]
勤務先：株式会社マルヤマ通商（法人番号 [[CORPORATE_NUMBER|8729808964149]]）
お届出口座：ひばり銀行　恵比寿支店　普通　[[BANK_ACCOUNT|4470928]]
インサイダー登録：該当なし
受付：[[KEEP:APPLICATION|AP-26120771]]"""),

    # en (English): US customer e-mail about a damaged order
    ("en", """Subject: Order [[KEEP:ORDER|#A-55120937]] arrived damaged

Hi there,

My name is [[PERSON|Dolores Whitfield]] and I ordered the 6-piece cookware set on Nov 29. The box arrived crushed and two lids are cracked.
Could you send replacements to the same address?

[[ADDRESS|4106 Larkspur Lane, Unit 12]]
Boise, ID [[POSTAL_CODE|83706]]

You can reach me at [[PHONE|(208) 555-0173]] after 5pm Mountain, or just reply here.

Thanks,
[[PERSON|Dolores]]"""),

    # en (German): order confirmation with IBAN and BIC
    ("en", """Sehr geehrte Frau [[PERSON|Weißmüller]],

vielen Dank für Ihre Bestellung Nr. [[KEEP:ORDER|100-448-2193]] vom 02.12.2026.
Lieferadresse: [[PERSON|Jutta Weißmüller]], [[ADDRESS|Lindenstraße 42, 3. OG]], [[POSTAL_CODE|10969]] Berlin
Bitte überweisen Sie den Rechnungsbetrag von [[KEEP:AMOUNT|249,90 €]] auf folgendes Konto:
Empfänger: Holzwerk Eichenhof GmbH
IBAN: [[BANK_ACCOUNT|DE94 5445 7903 0344 0275 62]]
BIC: [[BANK_ACCOUNT|LNDWDEBBXXX]]
Verwendungszweck: [[KEEP:INVOICE|RE-2026-11873]]

Mit freundlichen Grüßen
[[PERSON|Tobias Schäfer]]
Holzwerk Eichenhof GmbH · Tel. [[PHONE|+49 30 6098 4417]]"""),

    # en (French): supplier reminder with IBAN and a hyphenated family name
    ("en", """Objet : Relance facture [[KEEP:INVOICE|F-2026-0932]]

Madame [[PERSON|Lefèvre-Marchand]],

Sauf erreur de notre part, la facture [[KEEP:INVOICE|F-2026-0932]] d'un montant de [[KEEP:AMOUNT|1 840,00 €]] reste impayée.
Merci d'effectuer le virement sur le compte suivant :
IBAN [[BANK_ACCOUNT|FR04 8198 1275 6905 0881 0373 247]]
Pour toute question, contactez [[PERSON|Éloïse Garnier]] au [[PHONE|+33 4 78 92 15 60]] ou à [[EMAIL|e.garnier@atelier-rhone.example]].

Atelier Rhône SARL – [[ADDRESS|18 rue des Tanneurs, bât. C]], [[POSTAL_CODE|69002]] Lyon"""),

    # en (Spanish): support ticket with Sr./Sra. titles and a compound surname
    ("en", """Ticket [[KEEP:TICKET|#SOP-40921]] – Cambio de titular
Cliente: Sr. [[PERSON|Alejandro Ruiz Castaño]]
Nuevo titular: Sra. [[PERSON|María José Quintana Ibarra]]
Dirección de suministro: [[ADDRESS|Calle de Toledo 44, 3º izq.]], [[POSTAL_CODE|28005]] Madrid
Teléfono: [[PHONE|+34 612 48 90 37]]
Cuenta para domiciliación: [[BANK_ACCOUNT|ES97 7186 6910 1742 5467 8375]]
Nota del agente ([[PERSON|Lucía]]): la Sra. [[PERSON|Quintana]] enviará el DNI escaneado por correo."""),

    # en (Portuguese, Brazil): customer registration with CEP and district
    ("en", """Cadastro de cliente – loja online
Nome: [[PERSON|João Pedro Conceição]]
E-mail: [[EMAIL|joaopedro.conceicao@example.com]]
Celular: [[PHONE|+55 11 98765-4321]]
Endereço: [[ADDRESS|Rua Augusta, 1520, apto 82, Consolação]]
Cidade: São Paulo – SP   CEP: [[POSTAL_CODE|01310-100]]
Cliente desde: [[KEEP:DATE|03/2021]]   Pontos fidelidade: 4.870"""),

    # en (Indonesian): delivery message with Bapak/Ibu titles
    ("en", """Yth. Bapak [[PERSON|Agus Setiawan]],

Paket Anda dengan nomor resi [[KEEP:TRACKING|JNE-0188-2231-9904]] akan dikirim hari ini ke alamat:
[[ADDRESS|Jl. Kemang Raya No. 12A, Kel. Bangka, Kec. Mampang Prapatan]], Jakarta Selatan [[POSTAL_CODE|12730]]
Penerima: Ibu [[PERSON|Sri Wahyuni]] ([[PHONE|0812-8831-4402]])
Kurir: [[PERSON|Dedi]]
Terima kasih telah berbelanja di Toko Melati."""),

    # en (Vietnamese): order note with anh/chị, street named after a person
    ("en", """Đơn hàng [[KEEP:ORDER|DH-26120445]]
Người nhận: chị [[PERSON|Trần Thị Thu Hà]]
Địa chỉ: [[ADDRESS|số 25 đường Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1]], TP. Hồ Chí Minh
Điện thoại: [[PHONE|+84 28 3822 9105]]
Ghi chú: giao giờ hành chính, gọi anh [[PERSON|Nguyễn Văn Hùng]] ([[PHONE|0903 771 248]]) nếu chị [[PERSON|Hà]] vắng."""),

    # en (English): Slack export with lower-case names and name-built handles
    ("en", """#eng-oncall  (export)
[02:14] pagerbot: ALERT api-gw p99 latency > 2s
[02:16] [[PERSON|priya.r]]: ack, looking
[02:19] [[PERSON|priya.r]]: looks like the db failover from earlier. pinging [[PERSON|tomasz]]
[02:25] [[PERSON|tomasz.w]]: here. replica lag on db-3 was 40s, promoting db-4
[02:31] [[PERSON|priya.r]]: recovered. [[PERSON|tomasz]] can you write the postmortem? ill add the timeline
[02:32] [[PERSON|tomasz.w]]: yep, tomorrow. cc [[PERSON|marcus okafor]] since it's his service"""),

    # en (English): CRM export with Korean and Chinese names in several orders
    ("en", """account_id,contact_name,title,email,phone,city
[[KEEP:ACCOUNT|ACC-30418]],[[PERSON|Lee Seo-yeon]],Procurement Manager,[[EMAIL|seoyeon.lee@example.com]],[[PHONE|+82 2-3456-7821]],Seoul
[[KEEP:ACCOUNT|ACC-30419]],[[PERSON|Min-jun Choi]],CTO,[[EMAIL|mj.choi@example.com]],[[PHONE|+82 10-4822-1937]],Busan
[[KEEP:ACCOUNT|ACC-30420]],[[PERSON|ZHANG Weiqiang]],GM,[[EMAIL|weiqiang.zhang@example.com]],[[PHONE|+86 21 6288 4410]],Shanghai
[[KEEP:ACCOUNT|ACC-30421]],[[PERSON|Liu Yang]],Buyer,[[EMAIL|liuyang88@example.com]],[[PHONE|+86 755 8612 3307]],Shenzhen"""),

    # en (English, Nigeria): office move notice; the street is named after a person
    ("en", """Dear valued partner,

Please note that from 4 January our Lagos office moves to:
[[ADDRESS|Plot 14, Adeola Odeku Street, Victoria Island]], Lagos [[POSTAL_CODE|101241]]

Your account officer remains [[PERSON|Chukwuemeka Okonkwo]] ([[PHONE|+234 803 555 0142]], [[EMAIL|c.okonkwo@lagos.example]]).
For billing, please contact Mrs [[PERSON|Oluwaseun Adeyemi]] on [[PHONE|+234 1 271 8830]].

Warm regards,
[[PERSON|Ngozi Eze]]
Managing Director"""),

    # en (English, India): vendor onboarding form with PIN code and account details
    ("en", """Vendor Onboarding Form
Vendor name: Sri Lakshmi Traders (proprietor: [[PERSON|Venkataraman Subramanian]])
Contact person: [[PERSON|Priya Raghunathan]]
Address: [[ADDRESS|Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar]], Bengaluru
PIN: [[POSTAL_CODE|560038]]
Mobile: [[PHONE|+91 98450 12345]]
Bank: Account No. [[BANK_ACCOUNT|50100234567891]], IFSC [[KEEP:IFSC|KKBK0008065]]
GSTIN: [[KEEP:GSTIN|29ABCDE1234F1Z5]]"""),

    # en (English, UAE): hotel booking with Arabic-romanised names
    ("en", """Reservation confirmation [[KEEP:RESERVATION|DXB-774120]]
Guest: Mr [[PERSON|Khalid bin Saeed Al Mansoori]]
Accompanied by: [[PERSON|Fatima Al Mansoori]]
Check-in: 18 Dec 2026   Check-out: 21 Dec 2026
Hotel: Oasis Crest Suites, [[ADDRESS|Sheikh Zayed Road, Trade Centre 1]], Dubai
Guest mobile: [[PHONE|+971 50 412 7789]]
Deposit account: IBAN [[BANK_ACCOUNT|AE29 5914 1370 3948 6489 378]]"""),

    # en (English, UK): HR letter with a flat in a street named after a district
    ("en", """PRIVATE & CONFIDENTIAL
Ms [[PERSON|Harriet Ashdown]]
[[ADDRESS|Flat 3, 27 Chelsea Manor Street]]
London [[POSTAL_CODE|SW3 5RL]]

Dear [[PERSON|Harriet]],

Further to your meeting with [[PERSON|Graham Pell]] on 1 December, I am pleased to confirm your promotion to Senior Analyst from [[KEEP:DATE|1 January 2027]], with a salary of [[KEEP:AMOUNT|£58,500]] per annum.
Your employee number ([[KEEP:EMPLOYEE|EMP-009912]]) is unchanged.

Yours sincerely,
[[PERSON|Rebecca Lindqvist]]
HR Business Partner"""),

    # en (English): auth log with e-mail user names and IPv6
    ("en", """Dec  6 03:11:42 mail01 dovecot: auth failed user=<[[EMAIL|h.yilmaz@example.net]]> rip=[[IP_ADDRESS|2001:db8:ffee:1::3a]]
Dec  6 03:11:44 mail01 dovecot: auth failed user=<[[EMAIL|h.yilmaz@example.net]]> rip=[[IP_ADDRESS|2001:db8:ffee:1::3a]]
Dec  6 03:12:07 mail01 dovecot: login user=<[[EMAIL|ops-alerts@example.net]]> rip=[[IP_ADDRESS|10.20.0.15]]
Dec  6 03:15:30 mail01 postfix/smtpd: reject RCPT from unknown[[[IP_ADDRESS|::ffff:198.51.100.77]]]: 554 Relay access denied"""),

    # en (English): call-centre notes typed in lower case
    ("en", """call notes 12/04 – agent: kels
caller: [[PERSON|dwayne pritchard]], says hes the account holder. verified w/ zip [[POSTAL_CODE|30318]] + last 4 of card.
wants to add his daughter [[PERSON|amaya]] as authorized user. told him she needs to call herself or we need a signed form.
callback #: [[PHONE|404.555.0199]]
also asked about the late fee on stmt dated 11/15 – waived [[KEEP:AMOUNT|$35]] as courtesy (1st time)."""),

    # en (English): payment dispute with full card numbers pasted into a ticket
    ("en", """Chargeback batch review – DO NOT FORWARD
1) card [[CREDIT_CARD|5317-1626-0056-6207]] (Mastercard) – cardholder [[PERSON|Ingrid Solberg]] – reason 4837, amount [[KEEP:AMOUNT|$412.80]]
2) card [[CREDIT_CARD|6011 7046 7607 6103]] (Discover) – cardholder [[PERSON|Marcus Delacroix]] – reason 4853, amount [[KEEP:AMOUNT|$89.99]]
3) card [[CREDIT_CARD|4151637005715386]] (Visa) – cardholder [[PERSON|Aiyana Runningwater]] – reason 10.4, amount [[KEEP:AMOUNT|$1,250.00]]
4) card ending 0091 – cardholder unknown – withdrawn
Reviewer: [[PERSON|S. Kapoor]]"""),

    # en (English): meeting notes with initials and surname-only references
    ("en", """Steering committee – minutes (draft)
Present: [[PERSON|J. Okafor]] (chair), [[PERSON|S. R. Iyer]], [[PERSON|M. Bergström]], [[PERSON|T. Nakashima]]
Apologies: [[PERSON|A. Rahman]]
1. Budget: [[PERSON|Iyer]] presented Q4 numbers; overspend of [[KEEP:AMOUNT|€42k]] on cloud.
2. Vendor: [[PERSON|Bergström]] to renegotiate before [[KEEP:DATE|15 Jan]].
3. AOB: [[PERSON|Okafor]] thanked [[PERSON|Nakashima]] for covering the Tokyo launch."""),

    # en (English): release notes, no personal data; a four-part build number that looks like an IP
    ("en", """Release notes – Inventory Sync [[KEEP:VERSION|4.18.2]]
Build [[KEEP:VERSION|4.18.2.1107]] (2026-12-01)
- Fixed: EAN-8 codes with a leading zero were rejected.
- Fixed: timeout when syncing more than 50,000 SKUs.
- Changed: minimum supported agent is now [[KEEP:VERSION|10.0.3.2]].
- Known issue: CSV import ignores the "lot" column when the file is UTF-16."""),

    # en (English): product catalogue with EAN and ISBN, no personal data
    ("en", """SKU,Title,EAN/ISBN,Price
[[KEEP:SKU|BK-1021]],Warehouse Operations Handbook,[[KEEP:ISBN|978-0-604-92682-1]],[[KEEP:AMOUNT|$54.00]]
[[KEEP:SKU|BK-1022]],Lean Logistics (2nd ed.),[[KEEP:ISBN|0-19-953455-1]],[[KEEP:AMOUNT|$38.50]]
[[KEEP:SKU|HW-3301]],Barcode scanner stand,[[KEEP:EAN|4041742698168]],[[KEEP:AMOUNT|$24.99]]
[[KEEP:SKU|HW-3302]],Label roll 100x150 (6 pcs),[[KEEP:EAN|5046435315284]],[[KEEP:AMOUNT|$17.40]]"""),

    # en (English): tracking status digest, no personal data
    ("en", """Daily shipment exceptions – 2026-12-07
UPS [[KEEP:TRACKING|1Z999AA10123456784]]  Delivery attempted – business closed
FedEx [[KEEP:TRACKING|7791 2240 5583]]  Weather delay – Memphis hub
DHL [[KEEP:TRACKING|JD014600006281234567]]  Customs clearance pending
USPS [[KEEP:TRACKING|9400 1118 9922 3845 6701 23]]  Address unknown – return to sender
Total exceptions: 4 (of 1,312 shipments)"""),

    # en (English): travel policy with place names and months that are also first names, no personal data
    ("en", """Travel policy update (effective April)
- Trips to Jordan, Georgia and Florence require approval by the regional director.
- Economy class only for flights under six hours; premium economy from May to June only on routes to Sydney.
- Hotels near Victoria station or Lincoln Center are capped at [[KEEP:AMOUNT|USD 260]] per night.
- Submit receipts within 30 days. Late claims are reviewed in the first week of each month."""),

    # en (English): e-mail where company and street names look like people
    ("en", """From: [[PERSON|Maya Lindgren]] <[[EMAIL|maya.lindgren@example.org]]>
Subject: Visit to Morgan & Grace Logistics

Hi [[PERSON|Theo]],

Confirming Thursday's visit to Morgan & Grace Logistics at [[ADDRESS|1180 Jackson Street, Suite 400]], Oakland [[POSTAL_CODE|94607]]. Their ops lead, [[PERSON|Rosalind Achebe]], will meet us in the lobby.
Parking is on Lincoln Avenue. I'll bring the Hope Street proposal too.

[[PERSON|Maya]]"""),

    # en (German): doctor's appointment confirmation, patient number kept
    ("en", """Terminbestätigung
Praxis Dr. med. [[PERSON|Annegret Vogelsang]] · Allgemeinmedizin
[[ADDRESS|Marktplatz 7]], [[POSTAL_CODE|79098]] Freiburg · Tel. [[PHONE|0761 2938 440]]

Sehr geehrter Herr [[PERSON|Özdemir]],
Ihr Termin: Dienstag, 15.12.2026, 09:40 Uhr.
Patientennummer: [[KEEP:PATIENT|P-0044817]]
Bitte bringen Sie Ihre Versichertenkarte mit. Bei Verhinderung sagen Sie bitte bis 24 Stunden vorher ab."""),

    # en (French): CV excerpt with a personal phone and address
    ("en", """CURRICULUM VITAE
[[PERSON|Aurélien Beaumont-Diallo]]
[[ADDRESS|42 avenue Jean Jaurès, appt 17]] – [[POSTAL_CODE|31000]] Toulouse
[[PHONE|06 71 28 44 09]] · [[EMAIL|aurelien.bd@mail.example]]

EXPÉRIENCE
2021–2026  Responsable logistique, Transports Garonne SA
2018–2021  Chef d'équipe entrepôt, Lafayette Distribution

LANGUES  Français (natif), anglais (C1), wolof"""),

    # en (Spanish, Mexico): WhatsApp group export with short names
    ("en", """[3/12/26, 18:02] [[PERSON|Paco]] Almacén: ya llegó el camión de Monterrey
[3/12/26, 18:03] [[PERSON|Guadalupe Ríos]]: perfecto, [[PERSON|Lupita]] va a checar las tarimas
[3/12/26, 18:05] [[PERSON|Paco]] Almacén: faltan 2 tarimas del pedido [[KEEP:ORDER|PED-77812]]
[3/12/26, 18:06] [[PERSON|Guadalupe Ríos]]: ok, le marco al proveedor. su cel es [[PHONE|+52 81 1234 5590]] verdad?
[3/12/26, 18:06] [[PERSON|Paco]] Almacén: ese mero"""),

    # en (English): Chinese-pinyin names in a customer complaint, surname-first and given-first
    ("en", """Hello,

I am writing on behalf of my father, [[PERSON|Wang Jianguo]], about his booking [[KEEP:RESERVATION|BK-5529013]].
He was charged twice for the airport transfer. My name is [[PERSON|Fang Wang]] (I use [[PERSON|Fang]], family name [[PERSON|Wang]]) and I manage his bookings.
Please refund the duplicate charge to the original card and confirm to this e-mail: [[EMAIL|fang.w.family@example.com]].
His phone in Beijing is [[PHONE|+86 10 8532 7716]].

Best,
[[PERSON|Fang]]"""),

    # en (English): passenger manifest in PNR style, titles outside the span
    ("en", """PAX MANIFEST  FLT 0871  07DEC
01 [[PERSON|OKONKWO/CHINEDU]] MR     SEAT 14C  BAG 1
02 [[PERSON|OKONKWO/ADAEZE]] MRS     SEAT 14D  BAG 1
03 [[PERSON|HERNANDEZ/JOSE LUIS]] MR SEAT 22A  BAG 0
04 [[PERSON|TANIGUCHI/MIO]] MS       SEAT 22B  BAG 2
SSR WCHR 04
Prepared by: [[PERSON|R. Velasco]] (ground ops)"""),

    # en (English): résumé header with a profile handle built from the name
    ("en", """[[PERSON|AMARA NWOSU]]
Supply Chain Analyst · Manchester, UK
[[PHONE|07700 900461]] · [[EMAIL|amara.nwosu@example.org]] · linkedin.com/in/[[PERSON|amara-nwosu]]

Summary: 5 years in demand planning for FMCG; SAP IBP, Python, SQL.
References available on request (Dr [[PERSON|Helen Marsh]], University of Salford)."""),
    # en (English, UK): text messages forwarded to a shared inbox, lower case
    ("en", """fwd from shared mobile:
"hey its [[PERSON|maria]] from flat 9, the boiler is making that noise again. can someone come tmrw? call me on [[PHONE|+44 7700 900218]] pls"
"also [[PERSON|kev]] downstairs says his radiator is cold too"
-> logged as job [[KEEP:JOB|JB-22817]], assigned to [[PERSON|Declan Moss]] (plumbing)"""),

    # en (English, UK): wire instructions with IBAN and BIC
    ("en", """Payment instructions – please update your supplier record
Beneficiary: Thornbury Fabrication Ltd
Bank: Albion Mercantile Bank plc, Leeds
Sort code / account: see IBAN
IBAN: [[BANK_ACCOUNT|GB53 NWBK 0884 5599 5063 24]]
SWIFT/BIC: [[BANK_ACCOUNT|ALMBGB2L]]
Registered office: [[ADDRESS|Unit 6, Canal Wharf Business Park, Kirkstall Road]], Leeds [[POSTAL_CODE|LS3 1JZ]]
Authorised by: [[PERSON|Gareth Pryce-Jones]], Finance Director ([[EMAIL|g.pryce-jones@thornbury.example]])"""),

    # en (Portuguese, Portugal): invoice with IBAN and a company tax number kept
    ("en", """FATURA [[KEEP:INVOICE|FT 2026/1184]]
Cliente: [[PERSON|Inês Cardoso Vasconcelos]]
Morada: [[ADDRESS|Rua da Prata 112, 2.º Esq.]], [[POSTAL_CODE|1100-420]] Lisboa
NIF do emitente: [[KEEP:NIF|509 441 208]]
Total a pagar: [[KEEP:AMOUNT|312,45 €]]
Pagamento por transferência para IBAN [[BANK_ACCOUNT|PT46 0738 1254 1471 4536 6503 4]]
Dúvidas: [[PHONE|+351 213 408 772]]"""),

    # en (Indonesian): WhatsApp group with Pak/Bu titles and short names
    ("en", """[07/12 08.10] [[PERSON|Budi Santoso]]: Selamat pagi, Pak [[PERSON|Hendra]], barang untuk Surabaya sudah siap?
[07/12 08.12] [[PERSON|Hendra Wijaya]]: Sudah Pak, tinggal tunggu truk. Sopirnya Mas [[PERSON|Joko]], no HP [[PHONE|0813-2244-7719]]
[07/12 08.15] [[PERSON|Rina]] Admin: Bu [[PERSON|Ratna]] minta invoice [[KEEP:INVOICE|INV/2026/XII/0087]] dikirim ke email [[EMAIL|ratna.kusuma@toko.example]]
[07/12 08.16] [[PERSON|Budi Santoso]]: Siap, terima kasih Bu [[PERSON|Rina]]"""),

    # en (Vietnamese): employee contact record
    ("en", """HỒ SƠ NHÂN VIÊN
Họ và tên: [[PERSON|Lê Hoàng Phúc]]
Mã nhân viên: [[KEEP:EMPLOYEE|NV-02318]]
Bộ phận: Kho vận – Chi nhánh Đà Nẵng
Điện thoại: [[PHONE|0905 118 442]]
Email: [[EMAIL|phuc.lehoang@danang.example]]
Địa chỉ thường trú: [[ADDRESS|Kiệt 42 Lê Duẩn, Phường Hải Châu 1, Quận Hải Châu]], Đà Nẵng
Người liên hệ khẩn cấp: bà [[PERSON|Phạm Thị Mai]] (mẹ), [[PHONE|0236 3821 507]]"""),

    # en (English): webhook JSON payload with a customer object
    ("en", """POST /hooks/order-created
{
  "order_id": "[[KEEP:ORDER|ord_8Hk2Lq0931]]",
  "created_at": "2026-12-06T14:22:09Z",
  "customer": {
    "first_name": "[[PERSON|Siobhan]]",
    "last_name": "[[PERSON|O'Callaghan]]",
    "email": "[[EMAIL|siobhan.ocallaghan@example.net]]",
    "phone": "[[PHONE|+353 87 412 9930]]",
    "default_address": {"address1": "[[ADDRESS|14 Fitzwilliam Lane, Apt 2]]", "city": "Dublin", "zip": "[[POSTAL_CODE|D02 X285]]", "country": "IE"}
  },
  "browser_ip": "[[IP_ADDRESS|203.0.113.201]]",
  "total_price": "[[KEEP:AMOUNT|129.00]]",
  "currency": "EUR"
}"""),

    # en (English): NDA cover page between a Japanese and a US company
    ("en", """MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is made on December 7, 2026 between:
(1) Kitamura Seiki Co., Ltd. (Corporate Number [[CORPORATE_NUMBER|7983259911330]]), having its principal office at [[ADDRESS|2-14-8 Shiba, Minato-ku, Tokyo]] [[POSTAL_CODE|105-0014]], Japan, represented by [[PERSON|Hiroshi Kitamura]], President; and
(2) Brightwater Analytics, Inc., a Delaware corporation, having its office at [[ADDRESS|500 Howard Street, Suite 1210]], San Francisco, CA [[POSTAL_CODE|94105]], represented by [[PERSON|Dana Whitcombe]], CEO.
Notices to: [[EMAIL|legal@kitamura-seiki.example]] / [[EMAIL|contracts@brightwater.example]]"""),

    # en (English): invoice from a Japanese supplier written in English with a registration number
    ("en", """INVOICE No. [[KEEP:INVOICE|KS-INV-26-0412]]
Seller: Sakuragi Foods Co., Ltd.
Qualified Invoice Issuer Registration No.: T[[CORPORATE_NUMBER|5070337093605]]
Address: [[ADDRESS|Oak Bldg. 5F, 3-9-12 Hakata-ekimae, Hakata-ku, Fukuoka]] [[POSTAL_CODE|812-0012]]
Tel: [[PHONE|+81-92-481-6620]]
Bill to: Pacific Table Imports LLC, attn. [[PERSON|Nadia Haddad]]
Item: Yuzu kosho 80g × 2,400 (JAN [[KEEP:JAN|4558706032390]])
Amount due: [[KEEP:AMOUNT|JPY 1,036,800]]
Bank: SWIFT [[BANK_ACCOUNT|FKOKJPJF]], account [[BANK_ACCOUNT|0428816]]"""),

    # en (English): US onboarding note for a Japanese transferee, romaji names
    ("en", """Onboarding checklist – [[PERSON|Kenta Ishikawa-Moore]] (transfer from Osaka)
Start date: Jan 11, 2027 · Manager: [[PERSON|Lauren Bianchi]]
Spouse: [[PERSON|Yui Ishikawa]] (dependent visa)
Temporary housing: [[ADDRESS|88 Riverside Blvd, Apt 19C]], New York, NY [[POSTAL_CODE|10069]]
Personal cell: [[PHONE|+1 646-555-0132]] · Japan cell: [[PHONE|+81 80-4490-1327]]
IT: laptop asset [[KEEP:ASSET|NY-LT-4471]] ready; badge photo pending."""),

    # en (English): GitHub issue with handles built from names
    ("en", """Issue #[[KEEP:TICKET|4412]]: postal code field rejects full-width digits
Opened by [[PERSON|mzhou-dev]] · assigned to [[PERSON|kaito-ogawa]]
Steps: enter "[[KEEP:EXAMPLE|１５０－０００１]]" in the checkout form → "invalid format".
Expected: NFKC-normalise before validating.
Comment from [[PERSON|kaito-ogawa]]: repro'd on [[KEEP:VERSION|v3.9.2]], fix in PR #4415.
Comment from [[PERSON|rachel-kim]]: also affects the phone field."""),

    # en (English): IT asset inventory, hostnames that embed a user name
    ("en", """asset_tag,hostname,assigned_to,ip,mac,os
[[KEEP:ASSET|IT-00981]],mbp-[[PERSON|rvasquez]],[[PERSON|Rosa Vasquez]],[[IP_ADDRESS|10.14.2.61]],3c:22:fb:91:4e:07,macOS 15.2
[[KEEP:ASSET|IT-00982]],lt-[[PERSON|dokafor]],[[PERSON|Daniel Okafor]],[[IP_ADDRESS|10.14.2.77]],f4:5c:89:aa:10:3e,Windows 11 23H2
[[KEEP:ASSET|IT-00983]],print-3f-east,—,[[IP_ADDRESS|10.14.9.5]],00:1b:a9:44:02:cd,firmware [[KEEP:VERSION|2.61.0.4]]
[[KEEP:ASSET|IT-00984]],kiosk-lobby,—,[[IP_ADDRESS|fe80::1ff:fe23:4567:890a]],00:1b:a9:44:02:ff,ChromeOS"""),

    # en (English): health insurance claim with member and policy numbers kept
    ("en", """Claim summary
Member: [[PERSON|Tamika Rhodes]]   Member ID: [[KEEP:MEMBER|XJH448120937]]
Group policy: [[KEEP:POLICY|GRP-00771-B]]
Provider: Lakeside Family Clinic, Dr. [[PERSON|Samuel Osei]]
Date of service: 11/18/2026   Claim no. [[KEEP:CLAIM|CLM-2026-3390125]]
Billed [[KEEP:AMOUNT|$640.00]] · Allowed [[KEEP:AMOUNT|$412.15]] · Patient responsibility [[KEEP:AMOUNT|$82.43]]
Questions: call the number on the back of your card."""),

    # en (English): community newsletter; first names that are ordinary words
    ("en", """Warehouse Volunteers – December newsletter
Thank you to [[PERSON|Hope Adeyemi]] and [[PERSON|Grace Mbeki-Larsen]] for running the toy drive, and to [[PERSON|Miles Harrington]], who drove 120 miles to collect donations from the Harbor Street depot.
Welcome to our new coordinator, [[PERSON|Summer Okoye]]! She will be in the office on Mondays.
Our summer picnic raised [[KEEP:AMOUNT|$2,340]]. Full details at the next meeting."""),

    # en (English): stack trace and SQL, no personal data
    ("en", """ERROR 2026-12-07 03:00:12,481 [worker-7] c.e.sync.BatchJob - batch [[KEEP:BATCH|B-20261207-0300]] failed
java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '[[KEEP:SKU|SKU-44810]]' for key 'uk_sku'
    at com.example.sync.BatchJob.upsert(BatchJob.java:211)
    at com.example.sync.BatchJob.run(BatchJob.java:98)
Query: INSERT INTO items (sku, ean, qty) VALUES ('[[KEEP:SKU|SKU-44810]]', '[[KEEP:EAN|3046674672423]]', 12);
Retry scheduled in 300s (attempt 2 of 5)."""),

    # en (English): shipping notice to a private customer
    ("en", """Your parcel is on its way!
Hi [[PERSON|Beatriz]], your order [[KEEP:ORDER|#SO-118204]] has shipped with FedEx.
Tracking: [[KEEP:TRACKING|7734 9018 2265]]
Delivering to: [[PERSON|Beatriz Alvarenga]], [[ADDRESS|2210 N Halsted St, Apt 3R]], Chicago, IL [[POSTAL_CODE|60614]]
Questions? Reply to this e-mail or call us at [[PHONE|1-800-555-0164]]."""),

    # en (English): gaming-style community chat with handles, some built from names
    ("en", """[#general]
[[PERSON|jess_hwang]]: anyone on the late shift tmrw?
night_owl_77: me, but only till 1
[[PERSON|oluwadamilare]]: i can take 1-5 if [[PERSON|jess]] swaps fri with me
[[PERSON|jess_hwang]]: deal
forklift_king: lol someone tell [[PERSON|deepak]] the scanner in bay 4 is dead again"""),

    # en (German, Austria): contract cancellation with an Austrian IBAN
    ("en", """Kündigung Mitgliedschaft
Sehr geehrte Damen und Herren,
hiermit kündige ich meine Mitgliedschaft (Mitgliedsnummer [[KEEP:MEMBER|FIT-0448127]]) zum nächstmöglichen Termin.
Bitte erstatten Sie das Guthaben auf mein Konto: [[BANK_ACCOUNT|AT69 4919 9065 9458 2006]]
Mit freundlichen Grüßen
Dr. [[PERSON|Ilse Brandstätter]]
[[ADDRESS|Mariahilfer Straße 88/2/14]], [[POSTAL_CODE|1070]] Wien
[[EMAIL|ilse.brandstaetter@post.example]]"""),

    # en (French, Belgium): delivery problem, Belgian IBAN
    ("en", """Bonjour,
Je suis [[PERSON|Mathilde Vandenberghe]], cliente n° [[KEEP:CUSTOMER|BE-220871]].
Le colis n'a jamais été livré à mon adresse ([[ADDRESS|Rue Royale 121, boîte 4]], [[POSTAL_CODE|1000]] Bruxelles).
Merci de me rembourser sur le compte [[BANK_ACCOUNT|BE15 6183 4683 3066]].
Mon numéro : [[PHONE|+32 478 21 44 90]].
Cordialement, [[PERSON|M. Vandenberghe]]"""),

    # en (Spanish, Argentina): delivery address with floor and flat
    ("en", """Hola [[PERSON|Florencia]],
te confirmo el envío del pedido [[KEEP:ORDER|AR-90214]] a [[ADDRESS|Av. Corrientes 1234, piso 5, dto. B]], CABA ([[POSTAL_CODE|C1043AAZ]]).
Cualquier cosa escribime al [[PHONE|+54 9 11 4738-2290]].
Saludos,
[[PERSON|Martín Echeverría]]"""),

    # en (English, from Italy): supplier e-mail with Italian IBAN and BIC
    ("en", """Dear Mr. [[PERSON|Takeda]] — sorry, dear Ms. [[PERSON|Takeda]],

Please find attached our pro-forma [[KEEP:INVOICE|PF-26/318]]. Kindly wire the deposit to:
Ceramiche Faentine S.r.l.
IBAN [[BANK_ACCOUNT|IT89 X704 4868 8406 8452 5380 080]]
BIC [[BANK_ACCOUNT|CRVEITM1]]
Our office: [[ADDRESS|Via dei Mille 23]], [[POSTAL_CODE|48018]] Faenza (RA)
Best regards,
Sig.ra [[PERSON|Chiara Benedetti]]
[[PHONE|+39 0546 21 884]]"""),

    # en (English): phone order note with a card number read over the phone
    ("en", """Phone order – taken by [[PERSON|Lwazi]] 12/06 4:40pm
Customer: [[PERSON|Eamon Fitzgerald]], returning customer
Items: 2x standing desk frame ([[KEEP:PART|SDF-220-BLK]])
Card read out: [[CREDIT_CARD|2221 2599 6233 8803]] exp 04/28 (entered in terminal, then struck through)
Ship to billing address on file. Confirmation sent to [[EMAIL|eamon.fitz@example.com]]."""),

    # en (English): payroll enrolment of a foreign employee in Japan, My Numbers in English text
    ("en", """Payroll enrolment – Tokyo office
Employee: [[PERSON|Rafael Monteiro da Silva]] (employee no. [[KEEP:EMPLOYEE|TK-20417]])
Individual Number (My Number): [[MY_NUMBER|0945 6267 9000]]
Residence: [[ADDRESS|Room 305, Maison Hiroo, 5-2-14 Hiroo, Shibuya-ku, Tokyo]] [[POSTAL_CODE|150-0012]]
Dependent: [[PERSON|Camila Monteiro]] (spouse), My Number [[MY_NUMBER|520134884766]]
Salary account: Sumida Shinkin Bank, Hiroo branch, ordinary [[BANK_ACCOUNT|3318092]]
Employer: Hanamura Trading K.K., Corporate No. [[CORPORATE_NUMBER|5135933207262]]
Emergency contact (Brazil): [[PHONE|+55 21 99814-3370]]"""),
]

NAME_LIKE: list[str] = [
    # Japanese: companies, shops, rooms, stations, streets and ordinary words that are also given names or surnames
    "ミドリ", "ナカムラ", "あおい", "ヒカリ", "ふじさわ", "桜木", "みどり", "森ノ宮", "光回線", "のぞみ",
    "ツバサ", "神田", "大塚", "平井", "上野", "中野", "ヤマダ", "マツダ", "イトウ", "フクダ",
    "さくら", "ひなた", "タチバナ", "ノゾミ", "オカモト", "ミズホ", "オオワダ", "アサヒ", "サクラダ", "ミナミ",
    "ハルカ", "ヨシオカ", "春日野", "千葉県", "福岡県", "熊本県",
    # Latin script: companies, streets, places, months and ordinary words
    "Morgan", "Grace", "Jackson", "Lincoln", "Hope", "Jordan", "Georgia", "Florence", "April", "May",
    "June", "Sydney", "Victoria", "Adeola Odeku", "Nguyễn Thị Minh Khai", "Sheikh Zayed", "Chelsea", "Melati",
    "Lafayette", "Jean Jaurès", "Kitamura Seiki", "Sakuragi", "miles", "summer", "Halsted", "Fitzwilliam",
    "Lê Duẩn", "Lakshmi", "Augusta", "Bill", "Hanamura", "マルヤマ", "ひばり",
]
