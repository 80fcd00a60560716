"""Second held-out set for the privacy guard, hand-written on 2026-12-06.

Written after the guard had been tuned on the first held-out set (pii_holdout_source.py), by
someone who had not read the recognizers, so that it measures the guard on unseen text.
NEVER tune the guard, its patterns, its name lists or its thresholds on these texts: once a
recognizer is changed because of them they are no longer held out.

Markup (stripped by make_pii_fresh.py, which writes pii_fresh.jsonl):
    [[TYPE|value]]        personal data; TYPE is one of PERSON, EMAIL, PHONE, POSTAL_CODE,
                          ADDRESS, MY_NUMBER, CORPORATE_NUMBER, CREDIT_CARD, BANK_ACCOUNT,
                          IP_ADDRESS
    [[KEEP:KIND|value]]   a code or look-alike number that must NOT be redacted (JAN, EAN,
                          ISBN, ORDER, TRACKING, SERIAL, MEMBER, INVOICE, ...)

Conventions:
  * PERSON is the name only: no honorifics or titles (様, さん, 先生, Mr, Dr., MS/MR after a
    passenger name), no company.  A furigana reading (カタカナ or romaji) is its own span.
    Names in chat display names, signatures and lower case are labelled; names inside
    company, product, place, station or street names are not.
  * PHONE is the whole number as written (with +CC, brackets, full-width digits); an
    extension (内線, ext.) is outside the span.  POSTAL_CODE excludes 〒 and "ZIP".
  * ADDRESS: a Japanese address from the prefecture (or city) to the building and room; other
    addresses the street part (number, street, flat, district), with the city, state and country
    outside the span; never the postal code.  A city, ward, station, or a street named without a
    number, on its own is not an ADDRESS.
  * BANK_ACCOUNT: an IBAN as written (with or without spaces), a SWIFT/BIC code given as bank
    details, a Japanese account number (number only, not 普通/当座 or the branch), a ゆうちょ
    記号番号 as written.  Bank and branch names are not labelled.
  * CORPORATE_NUMBER: the 13 digits; in an invoice registration number T + 13 digits the T is
    outside the span.
  * Every e-mail address, phone/fax number and street address is labelled, a company's or a
    shop's included (the guard cannot tell them from a person's); OCR misreads such as O for 0
    stay inside the PHONE span as written.
  * Chat display names and user handles built from a person's name (dana.k, riho.photo,
    valeria_rz) are PERSON; handles without a name (u/tokyo_dad_88, svc-backup) are not.
    Roles (母, 夫, Mom, Agent, Caller) are not PERSON.
  * Not labelled: last-4 card fragments, dates of birth, ages, bank and branch names, company
    names, licence plates, passcodes; membership, patient, employee, insurance and tax numbers
    are KEEP spans (not in the type list), some deliberately passing Luhn or the My Number check.

NAME_LIKE lists words in the texts that look like person names but are not persons (places,
brands, companies, months, streets, stations, trains): make_pii_fresh.py checks that each one
occurs in some text outside every PERSON span.
"""

TEXTS: list[tuple[str, str]] = [
    # ---- Japanese e-mail threads -------------------------------------------------------------
    ("ja", """件名: Re: Re: 見積書再送のお願い
From: [[EMAIL|m.katagiri@minato-kogei.example.co.jp]]
To: [[EMAIL|noguchi.t@hayase-denki.example.jp]]

[[PERSON|野口]]様

いつもお世話になっております。有限会社ミナト工芸の[[PERSON|片桐 真由]]です。
単価を修正した見積書（見積番号 [[KEEP:QUOTE|Q2026-118734]]）を添付いたします。
ご不明点は直通 [[PHONE|045-662-3817]] までお願いいたします。

> [[PERSON|片桐]]様
> 先日の見積書ですが、品番 [[KEEP:SKU|MK-7730-04]] の単価が旧価格のままのようです。
> 再送をお願いできますでしょうか。
> 早瀬電機 [[PERSON|野口 達也]]"""),
    ("ja", """件名: 【返金完了のお知らせ】ご注文番号 [[KEEP:ORDER|250-4417783-2290415]]

[[PERSON|吉岡 千尋]] 様

この度はご不便をおかけし、誠に申し訳ございませんでした。
下記の通り返金手続きが完了いたしました。
　返金先：クレジットカード（末尾 4821）
　返金額：12,980円（税込）
カード会社の締め日により、反映まで1～2か月かかる場合がございます。

お問い合わせ：カスタマーセンター [[PHONE|0120-558-207]]（受付 9:00～18:00）

----- 元のメッセージ -----
> 注文した加湿器（JAN [[KEEP:JAN|4523821567577]]）が届いたら水漏れしていました。
> 日中は[[PHONE|080-7291-4458]]に出られます。
> [[PERSON|吉岡]]"""),
    ("ja", """件名: Fw: 年末調整書類について

[[PERSON|宮坂]]課長

経理の[[PERSON|石黒]]です。下記、[[PERSON|三浦]]さんからマイナンバーが本文に直書きで届いてしまいました。
規程上メールでの受領はNGなので、削除のうえ書面で再提出をお願いしてもらえますか。

>>> [[PERSON|三浦]] → 総務
>>> おつかれさまです、[[PERSON|三浦 航平]]です。扶養控除申告書の件、番号だけ先に送ります。
>>> 個人番号：[[MY_NUMBER|2384 5632 6184]]
>>> 妻（[[PERSON|三浦 あゆみ]]）の分は明日持参します。"""),
    ("ja", """各位

お世話になっております。株式会社ルミナスデザインの[[PERSON|藤堂]]です。
来月より請求書の発行元情報が変わりますのでお知らせいたします。

　新社名：株式会社ルミナスデザイン
　法人番号：[[CORPORATE_NUMBER|2744938297614]]
　適格請求書発行事業者登録番号：T[[CORPORATE_NUMBER|6701557213899]]
　所在地：〒[[POSTAL_CODE|530-0012]] [[ADDRESS|大阪府大阪市北区芝田2-7-18 梅田第3ビル11階]]
　代表電話：[[PHONE|06-6374-2285]]
　FAX：[[PHONE|06-6374-2286]]

ご担当：[[PERSON|藤堂 理沙]]（[[EMAIL|todo.risa@luminous-d.example.jp]]）"""),
    ("ja", """[[PERSON|ひかり]]さん

明日の打ち合わせ、新幹線のぞみ213号で向かいます。名古屋着が10時過ぎなので
会議室は11時からでお願いします。何かあれば携帯（[[PHONE|０９０－４４１２－７７３０]]）へ。

[[PERSON|沢井]]

> [[PERSON|沢井]]さん
> 明日は何時に着きますか？ 受付で私の名前（[[PERSON|松永]]）を言ってください。
> [[PERSON|松永ひかり]]"""),
    ("ja", """宛先: [[EMAIL|recruit@hoshino-seiki.example.co.jp]]
件名: 応募書類の送付（生産技術職／[[PERSON|安斎 悠人]]）

採用ご担当者様

はじめまして。[[PERSON|安斎 悠人]]（[[PERSON|あんざい ゆうと]]）と申します。
求人番号 [[KEEP:JOB|0412-38715-6]] の生産技術職に応募いたします。
履歴書・職務経歴書をPDFで添付しております。

連絡先
　携帯：[[PHONE|070-3318-6624]]
　メール：[[EMAIL|yuto.anzai.1997@example.ne.jp]]
何卒よろしくお願い申し上げます。"""),
    ("ja", """件名: Re: 請求書No.[[KEEP:INVOICE|2026-1104-0087]]のお振込先について

[[PERSON|久保田]]様

ご確認ありがとうございます。お振込先は下記の口座となります。

　三井住友銀行　梅田支店（店番 102）
　普通預金　[[BANK_ACCOUNT|4418207]]
　口座名義　カ）サンワショウジ

なお、前回ご案内したゆうちょ銀行の口座（記号番号 [[BANK_ACCOUNT|14130-28817461]]）は
10月末で解約しておりますのでご注意ください。

三和商事株式会社　経理部　[[PERSON|大西 冬美]]
TEL [[PHONE|06(6345)1178]]

> [[PERSON|大西]]様、請求書の振込先が空欄になっております。ご教示ください。[[PERSON|久保田]]"""),
    ("ja", """件名: 保護者説明会の出欠

[[PERSON|さおり]]先生

いつも娘がお世話になっております。5年2組の[[PERSON|新井 ことね]]の母です。
12/13の説明会ですが、仕事の都合で夫（[[PERSON|新井 大輔]]）が出席いたします。
当日の連絡は夫の携帯 [[PHONE|080 5527 1936]] にお願いできますでしょうか。

[[PERSON|新井 めぐみ]]"""),
    ("ja", """From: サーバー監視 <[[EMAIL|alert@ops.kurumi-net.example]]>
件名: [WARN] 不審なログイン試行を検知しました

ユーザー [[PERSON|小野寺 隼]]（社員番号 [[KEEP:EMPLOYEE|A0193374]]）のアカウントに対し、
以下のIPアドレスから5回連続でログインに失敗しています。

　[[IP_ADDRESS|203.0.113.148]]（2026-12-05 23:41:07）
　[[IP_ADDRESS|2001:db8:4a1f::2c:91]]（2026-12-05 23:44:52）

心当たりがない場合は情報システム部（内線 4410）までご連絡ください。
監視エージェント v[[KEEP:VERSION|3.12.0.8]]"""),
    ("ja", """件名: RE: 内見の日程

[[PERSON|Nguyen Thi Thu Trang]] 様（[[PERSON|グエン]]様）

弊社の[[PERSON|葛西]]です。ご希望の物件「メゾン吉祥寺305号室」の内見は12月9日（水）14時で
承りました。当日は吉祥寺駅北口でお待ちしております。
お電話の場合は店舗 [[PHONE|0422-28-7713]]、私の携帯 [[PHONE|080-1936-4072]] のどちらでも結構です。

> [[PERSON|葛西]]さま
> わたしは水曜日の午後がいいです。日本語はすこしわかります。
> [[PERSON|Trang]]"""),
    ("ja", """件名: 退職に伴う貸与品返却のご案内

[[PERSON|桐谷 蒼]]さん

人事部の[[PERSON|花岡]]です。最終出社日（12/26）までに下記貸与品の返却をお願いします。
　・ノートPC（資産番号 [[KEEP:ASSET|PC-2023-00481]]、シリアル [[KEEP:SERIAL|5CG3481JQZ]]）
　・社員証（ICカード番号 [[KEEP:CARD_ID|0105 2270 4419 8836]]）
　・法人携帯 [[PHONE|080-9021-5538]]（SIMごと）
源泉徴収票の送付先住所に変更がある場合は、[[EMAIL|jinji@kiriyama-hd.example.co.jp]]まで。"""),
    ("ja", """件名: 取材のお礼（[[PERSON|八木]]）

[[PERSON|Ayesha Siddiqui]]さま

本日はお忙しいところ取材にご協力いただきありがとうございました。
記事の下書きは12日までにお送りします。掲載予定誌：月刊ソトコ 2月号（ISBN [[KEEP:ISBN|978-4-215-33118-0]]）

株式会社ヤギ編集室　[[PERSON|八木 遥]]
〒[[POSTAL_CODE|162-0825]] [[ADDRESS|東京都新宿区神楽坂3-6-2 神楽坂ハイツ201]]
Tel. [[PHONE|03-5227-8841]] ／ Mobile [[PHONE|090-6604-1187]]"""),
    # ---- English e-mail threads --------------------------------------------------------------
    ("en", """Subject: RE: RE: Payment for invoice [[KEEP:INVOICE|INV-88213]]

Hi [[PERSON|Katarzyna]],

Apologies, our finance system rejected the IBAN because of a typo. Could you confirm it is
[[BANK_ACCOUNT|PL29 6319 1151 9143 2242 9935 0219]] (mBank, Warsaw), BIC [[BANK_ACCOUNT|BREXPLPW]]?

Thanks,
[[PERSON|Tom]]

> From: [[PERSON|Katarzyna Nowak]] <[[EMAIL|k.nowak@bursztyn-studio.example.pl]]>
> Sent: Thursday, 3 December 2026 09:14
> Please see the corrected invoice attached. Call me on [[PHONE|512 348 907]] if anything is unclear.
>
> >> From: [[PERSON|Tom Ashworth]]
> >> The transfer for [[KEEP:INVOICE|INV-88213]] bounced back, can you double check your details?"""),
    ("en", """From: [[PERSON|Chinedu Okafor]] <[[EMAIL|chinedu.okafor@lagoon-freight.example.ng]]>
To: [[EMAIL|ops-asia@northwind-logistics.example.com]]
Subject: Container [[KEEP:CONTAINER|MSKU 418806 3]] - customs hold

Good morning,

Our clearing agent in Apapa says the consignment is on hold pending the original bill of
lading (B/L [[KEEP:BILL_OF_LADING|MAEU 238104771]]). Kindly courier it to our office or
call me directly on [[PHONE|0803 441 2769]]; my colleague [[PERSON|Ngozi]] can also be reached on
[[PHONE|+234 809 556 0183]].

Regards,
[[PERSON|Chinedu]]
Lagoon Freight Ltd, Victoria Island, Lagos"""),
    ("en", """Subject: Fwd: your order is on its way!

fyi, the tracking number for the standing desk. if I'm not in can you sign for it?
- [[PERSON|rahul]]

---------- Forwarded message ---------
From: DeskWorks <[[EMAIL|no-reply@deskworks.example.com]]>
Hi [[PERSON|Rahul Bhattacharya]],
Order [[KEEP:ORDER|#DW-5513870]] has shipped via UPS, tracking [[KEEP:TRACKING|1Z9V47A80391845526]].
Delivery address: [[ADDRESS|44 Albion Road, Flat 3]], London [[POSTAL_CODE|N16 9PD]]
Questions? Reply to this email or call [[PHONE|020 3807 4416]] (Mon-Fri)."""),
    ("en", """Subject: Re: Dinner on Friday?

Sounds good! Tell [[PERSON|Grace]] to bring the dessert she made for [[PERSON|Hope]]'s birthday.
I booked Florence Kitchen on Jordan Street for 7:30, the table is under [[PERSON|Mark]].

[[PERSON|Will]]

On Tue, Dec 1, 2026 at 6:02 PM [[PERSON|Summer Okonkwo-Lee]] <[[EMAIL|summer.okl@example.org]]> wrote:
> Friday works. Is [[PERSON|Bill]] coming too? Text me at [[PHONE|(415) 555-0186]] with the address."""),
    ("en", """Subject: Speaker confirmation - Istanbul Data Summit

Dear Prof. [[PERSON|Zeynep Kaya]],

Thank you for agreeing to give the keynote on 14 March. Your hotel (Pera Palace) is booked
under confirmation [[KEEP:BOOKING|48213907]]. Our coordinator [[PERSON|Emre Yılmaz]] will meet you at
Istanbul Airport; his mobile is [[PHONE|0532 417 28 93]].

For the honorarium, please reply with your bank details. We can pay to a Turkish account
(e.g. [[BANK_ACCOUNT|TR13 8163 4024 4399 2481 5296 30]] as you sent last year) or a EUR account.

Kind regards,
[[PERSON|Mehmet Öztürk]]
Program Chair"""),
    ("en", """Subject: Lost passport - need help urgently

Hi [[PERSON|Diego]], it's [[PERSON|Valentina]]. I lost my bag at Bogotá El Dorado and my phone is dead.
I'm borrowing my friend's number, please call [[PHONE|310 578 2204]] or my cousin [[PERSON|Juan Pablo Restrepo]]
on [[PHONE|+57 604 448 1927]] (he lives in Medellín). Email me at [[EMAIL|valen.gomez.r@example.co]]

> On Mon, [[PERSON|Diego Hernández Ruiz]] wrote:
> Did you land OK? Mom is asking."""),
    ("en", """Subject: Your appointment with Dr. [[PERSON|Ahmadi]]

Dear [[PERSON|Parisa Moradi]],

This is a reminder of your appointment with Dr [[PERSON|Shirin Ahmadi]] (Dermatology) at
Kensington Park Clinic on Tue 8 Dec 2026, 10:40.
Patient ref: [[KEEP:PATIENT_REF|KPC-0049211]]
If you need to cancel, call [[PHONE|020 7946 0732]] at least 24 hours in advance.
Please do not reply to this email."""),
    ("en", """-----Original Message-----
From: [[PERSON|Nimal Perera]] [mailto:[[EMAIL|nimal@ceylonleaf.example.lk]]]
Sent: 02 December 2026 15:20
Subject: samples

Dear Sir,
We have dispatched 12 kg of Dimbula and Uva samples by DHL, AWB [[KEEP:TRACKING|7731048825]].
Our Colombo office number changed to [[PHONE|011 258 3471]], mobile [[PHONE|077 341 8820]].
Thanking you,
[[PERSON|Nimal]]"""),
    ("en", """Subject: Re: flat viewing

Hi [[PERSON|Oleksandr]],
The landlord, Mrs. [[PERSON|Petra Novotná]], prefers to meet on Saturday. The flat is at
[[ADDRESS|Vinohradská 112]], Praha 3, [[POSTAL_CODE|130 00]]. Her number is [[PHONE|603 218 447]]
(Czech mobile, she speaks English).
Deposit goes to her account [[BANK_ACCOUNT|CZ8921855353091590228352]], not to us.

[[PERSON|Ivana Horvat]]
Letting agent"""),
    ("en", """Subject: Re: Re: Re: kids pickup

ok I'll grab them at 3:15. [[PERSON|sunny]] has swimming after so I'll drop her at Marina Bay pool
- [[PERSON|Jun]]

> can you do pickup today? I'm stuck in a meeting till 5. Auntie [[PERSON|Mei Ling]] is at [[PHONE|9123 4872]] if you can't.
> [[PERSON|Xu Meiling]]'s number changed btw, the old 8-digit one is dead"""),
    ("en", """Subject: Wire instructions - please verify by phone

Dear Ms. [[PERSON|Haddad]],

Before we release the deposit, our policy requires verbal confirmation of the beneficiary
details below. Please call us back on our published number only.

Beneficiary: [[PERSON|Fatima Al-Zahra Haddad]]
Bank: Emirates NBD, Dubai
IBAN: [[BANK_ACCOUNT|AE270111695990145931643]]
SWIFT: [[BANK_ACCOUNT|EBILAEAD]]
Reference: Escrow [[KEEP:REFERENCE|ESC-2026-30718]]

[[PERSON|Omar Khalil]]
Compliance, Gulfline Escrow - [[PHONE|04 332 7718]]"""),
    ("en", """Subject: lunch & learn signup

Names so far (reply-all to add yours):
1. [[PERSON|Siriporn Thongdee]] - veg
2. [[PERSON|Nattapong Wongsawat]]
3. [[PERSON|Agus Setiawan]] - no nuts
4. [[PERSON|Maria Cristina Dela Cruz]]
5. [[PERSON|Budi]] (+1 intern)
Room: Ford Room, 4th floor (next to the Tesla charging bays).
Catering order no. [[KEEP:ORDER|5051348618327142]] - do not share, it doubles as the pickup code."""),
    ("en", """From: [[EMAIL|amelie.roussel@atelier-lune.example.fr]]
Objet / Subject: RIB for the January order

Hello [[PERSON|Hannah]],

As discussed, please find our bank details:
Titulaire: SARL Atelier Lune
IBAN : [[BANK_ACCOUNT|FR54 3294 8888 3481 3718 1161 476]]
BIC : [[BANK_ACCOUNT|BNPAFRPPXXX]]
Phone in Lyon: [[PHONE|04 78 62 19 35]], or my mobile [[PHONE|06 41 27 88 03]].

Bien à vous,
[[PERSON|Amélie Roussel]]"""),
    ("en", """Subject: Re: onboarding - laptop & access

Hi [[PERSON|Kwame]],

Welcome aboard! IT set up your account. Your laptop (serial [[KEEP:SERIAL|PF3K8Z2Q]]) will be at
the Accra front desk. VPN gateway is [[IP_ADDRESS|198.51.100.37]], your static IP on the lab network is
[[IP_ADDRESS|10.24.6.118]].

If anything's off, ping [[PERSON|Abena]] or call the helpdesk on [[PHONE|030 221 8847]].

[[PERSON|Kofi Boateng]]
> Hi, it's [[PERSON|Kwame Mensah]], starting Monday. Is my laptop ready? my number: [[PHONE|024 516 3390]]"""),
    # ---- chat logs (LINE, Slack, Teams) ------------------------------------------------------
    ("ja", """[LINE] 2026/12/04(金)
21:03 [[PERSON|ゆうだい]] 来週の忘年会、幹事だれだっけ
21:04 [[PERSON|まこと]] 俺。店は新宿の鳥貴族で19時〜
21:04 [[PERSON|まこと]] 会費は当日[[PERSON|みどり]]に渡して
21:06 [[PERSON|みどり]] はーい。遅れる人は[[PHONE|080-4913-2267]]に電話ください
21:07 [[PERSON|ゆうだい]] 了解、予約番号は？
21:07 [[PERSON|まこと]] [[KEEP:BOOKING|0011-4837-2290]] ←ホットペッパーの予約番号。電話番号じゃないよ"""),
    ("ja", """【Slack #営業2課】
[[PERSON|Kenta Hayashi]]  10:12
@[[PERSON|Sato Miyu]] 昨日の見込み客リスト、先方の担当は[[PERSON|熊谷]]さんで合ってる？
[[PERSON|Sato Miyu]]  10:15
合ってます！ [[PERSON|熊谷 進]]さん、直通は[[PHONE|03-6459-2180]]です
[[PERSON|Kenta Hayashi]]  10:16
ありがとう。あと見積No.[[KEEP:QUOTE|E-26120488]]の件は[[PERSON|原口]]部長に回しておいて"""),
    ("ja", """2026/12/02 19:41 [[PERSON|かな]]：ママ、いま塾おわった
2026/12/02 19:42 母：おつかれ。駅まで迎えに行くね
2026/12/02 19:42 [[PERSON|かな]]：[[PERSON|りこ]]ちゃんも一緒に乗せていい？おうちの人の番号これ [[PHONE|090-3380-6415]]
2026/12/02 19:45 母：いいよ、[[PERSON|りこ]]ちゃんのお母さんに連絡しとく"""),
    ("ja", """#dev-infra
[[PERSON|inoue]] 14:02  stagingのDB、接続元IP制限に [[IP_ADDRESS|192.168.40.17]] 追加お願いします
[[PERSON|shimizu.r]] 14:05  了解。ついでに旧踏み台 [[IP_ADDRESS|172.16.8.201]] は外します
[[PERSON|inoue]] 14:06  👍 あとコンテナイメージのタグは [[KEEP:VERSION|1.24.10.3]] で固定で
[[PERSON|shimizu.r]] 14:20  反映済み。IPv6側は [[IP_ADDRESS|fd12:3456:789a:1::4f]] も許可してあります"""),
    ("ja", """［グループ：町内会 役員］
会長 [[PERSON|谷口]]：回覧板の件、[[PERSON|荒木]]さんのお宅で止まっているようです
[[PERSON|荒木 節子]]：すみません！今日中に[[PERSON|杉浦]]さんへ回します
会計 [[PERSON|杉浦 和夫]]：了解です。なお集金袋は私の自宅ポストへ（[[ADDRESS|緑町3丁目14-2]]）
会長 [[PERSON|谷口]]：ありがとうございます。不在時は私の携帯[[PHONE|０８０－６２７１－９０４４]]まで"""),
    ("ja", """[[PERSON|ゆい]] 22:14
明日の鎌倉、江ノ電で行く？
[[PERSON|のぞみ]] 22:15
そうしよ！藤沢駅9時集合で
[[PERSON|ゆい]] 22:15
おけ。[[PERSON|あおい]]も来るって。[[PERSON|あおい]]の新しい番号 [[PHONE|070-2258-9716]]
[[PERSON|のぞみ]] 22:16
了解〜 新幹線のひかりじゃなくて在来線ね笑"""),
    ("ja", """Teams チャット – 経理チーム
[[PERSON|増田 智子]]（11:02）：[[PERSON|Priya]]さん、海外送金の受取口座ってこれで合ってますか？
　[[BANK_ACCOUNT|DE10 9145 8563 0740 7752 68]] / [[BANK_ACCOUNT|COBADEFFXXX]]
[[PERSON|Priya Raghunathan]]（11:05）：はい、ベルリン支社の口座です。受取人名はGmbHのほうで
[[PERSON|増田 智子]]（11:06）：了解です。参照番号は請求書番号 [[KEEP:INVOICE|90021877]] にしますね"""),
    ("ja", """オープンチャット「中古カメラ売買」
[[PERSON|タカ]]：FUJIFILM X100V 譲ります。シリアル [[KEEP:SERIAL|0A012378]]、元箱あり
[[PERSON|しゅん]]：ほしいです！振込でもいいですか
[[PERSON|タカ]]：PayPayか銀行振込で。楽天銀行 ジャズ支店 普通 [[BANK_ACCOUNT|7731064]] [[PERSON|タカハシ ユウキ]]
[[PERSON|タカ]]：↑名義は本名です。発送先を教えてください
[[PERSON|しゅん]]：〒[[POSTAL_CODE|811-2304]] [[ADDRESS|福岡県糟屋郡粕屋町仲原2丁目8-5]] [[PERSON|村瀬 駿]] [[PHONE|092-938-4471]]"""),
    ("en", """#support-escalations
[[PERSON|dana.k]] 9:41 AM
customer [[PERSON|Layla Nasser]] says she was double charged, order [[KEEP:ORDER|1000398812]]
[[PERSON|dana.k]] 9:42 AM
she gave card ending 0043 and her callback is [[PHONE|+962 79 514 3308]] (Amman)
[[PERSON|marcus]] 9:50 AM
refunded. also tell her the promo code [[KEEP:PROMO|MAY2026]] expired, that's why the total changed"""),
    ("en", """[WhatsApp] 04/12/2026
[18:22] [[PERSON|Thabo Nkosi]]: bru I'm outside the Sandton Gautrain station
[18:23] [[PERSON|Sipho]]: coming, grey Polo
[18:23] [[PERSON|Thabo Nkosi]]: my battery is dying, if you can't find me call [[PERSON|Lindiwe]] [[PHONE|082 447 9103]]
[18:30] [[PERSON|Sipho]]: found you lol"""),
    ("en", """slack #travel-desk
[[PERSON|hyejin]] 3:02 PM  booking for the Seoul offsite: flights for [[PERSON|Park Ji-yeon]], [[PERSON|Choi Dong-hyun]] and me
[[PERSON|hyejin]] 3:03 PM  hotel contact in Gangnam is [[PHONE|02-3452-7719]], my KR mobile [[PHONE|010-4817-2236]]
[[PERSON|tomasz]] 3:10 PM  approved. cost centre [[KEEP:COST_CENTRE|7710-2285]]
[[PERSON|hyejin]] 3:11 PM  ty! [[PERSON|jiyeon]] also needs a visa letter"""),
    ("en", """Discord - #general
[[PERSON|ruby]]: anyone know a good plumber in Hamilton?
[[PERSON|hunter_m]]: my cousin [[PERSON|Hunter]] lol, no seriously call [[PERSON|Rodel Villanueva]] [[PHONE|021 663 4187]]
[[PERSON|ruby]]: is that an Auckland number?
[[PERSON|hunter_m]]: yep. tell him [[PERSON|Amber]] sent you"""),
    ("en", """Teams chat - Procurement
[[PERSON|Sanjay Kulkarni]] 11:20: vendor asked us to pay via their Mumbai account, not the UK one
[[PERSON|Sanjay Kulkarni]] 11:21: details: HDFC Bank, a/c [[BANK_ACCOUNT|50100348821907]], SWIFT [[BANK_ACCOUNT|HDFCINBB]]
[[PERSON|Emily Clarke]] 11:25: that's a change of bank details, please call them on the number from the contract ([[PHONE|022 4097 3318]]) before we pay
[[PERSON|Sanjay Kulkarni]] 11:40: called, confirmed by [[PERSON|Venkatesh Iyer]] on their side"""),
    ("en", """iMessage
Me: hey is this still [[PERSON|Dmitri]]?
[[PERSON|Dmitri Volkov]]: yes! new number though, use [[PHONE|8 (916) 407-22-85]] when I'm in Moscow
Me: got it. sending the tickets to [[EMAIL|d.volkov84@example.ru]]
[[PERSON|Dmitri Volkov]]: the Bolshoi ones? booking ref [[KEEP:BOOKING|BT-449107]]"""),
    # ---- CSV / TSV exports and JSON snippets ---------------------------------------------------
    ("ja", """会員ID,氏名,フリガナ,電話番号,メールアドレス,郵便番号,入会日
[[KEEP:MEMBER|M0048213]],[[PERSON|竹内 美桜]],[[PERSON|タケウチ ミオ]],[[PHONE|090-2214-7783]],[[EMAIL|mio.t@example.ne.jp]],[[POSTAL_CODE|231-0062]],2024/04/01
[[KEEP:MEMBER|M0048214]],[[PERSON|Le Hoang Nam]],[[PERSON|レ ホアン ナム]],[[PHONE|080-6637-1029]],[[EMAIL|lehoangnam.vn@example.com]],[[POSTAL_CODE|169-0073]],2024/04/03
[[KEEP:MEMBER|M0048215]],[[PERSON|本間 丈]],[[PERSON|ホンマ ジョウ]],[[PHONE|0467-22-3185]],,[[POSTAL_CODE|248-0006]],2024/04/03"""),
    ("ja", """注文番号\t注文日\tお届け先氏名\t電話\t商品JAN\t数量
[[KEEP:ORDER|10293847]]\t2026-11-28\t[[PERSON|清水 亜希子]]\t[[PHONE|052-761-4420]]\t[[KEEP:JAN|4974876989355]]\t2
[[KEEP:ORDER|10293848]]\t2026-11-28\t[[PERSON|ｲｼｶﾜ ﾕｳｽｹ]]\t[[PHONE|0798-36-1174]]\t[[KEEP:JAN|4971135574383]]\t1
[[KEEP:ORDER|10293851]]\t2026-11-29\t[[PERSON|金 敏俊]]\t[[PHONE|070-4408-2931]]\t[[KEEP:JAN|4908948879367]]\t1
[[KEEP:ORDER|10293855]]\t2026-11-29\t[[PERSON|佐野]] 様方 [[PERSON|Maria Santos]]\t[[PHONE|048-225-6607]]\t[[KEEP:JAN|4595054893778]]\t3"""),
    ("ja", """# 在庫CSV（個人情報なし）
品番,JANコード,品名,ロット,入数
[[KEEP:SKU|TK-0418]],[[KEEP:JAN|4541017077273]],松本一味 30g,[[KEEP:LOT|L2611-0871]],24
[[KEEP:SKU|TK-0419]],[[KEEP:JAN|4552743872711]],豊田みそ 1kg,[[KEEP:LOT|L2611-0872]],10
[[KEEP:SKU|TK-0422]],[[KEEP:JAN|4504521039250]],紀州梅干し 大野農園,[[KEEP:LOT|L2611-0904]],12"""),
    ("ja", """{
  "applicant": {
    "name_kanji": "[[PERSON|椎名 蓮]]",
    "name_kana": "[[PERSON|シイナ レン]]",
    "tel": "[[PHONE|０３－５９１２－４０７７]]",
    "mail": "[[EMAIL|ren_shiina@example.jp]]",
    "zip": "[[POSTAL_CODE|176-0012]]",
    "address": "[[ADDRESS|東京都練馬区豊玉北5-14-6 コーポ桜台102]]"
  },
  "my_number": "[[MY_NUMBER|715724092020]]",
  "receipt_no": "[[KEEP:RECEIPT|288861710134]]"
}"""),
    ("ja", """ログ抽出（アクセス元）
日時,ユーザー,接続元IP,端末
2026-12-01 08:12:55,[[PERSON|kobayashi.y]],[[IP_ADDRESS|133.242.18.77]],[[KEEP:SERIAL|C02XK1ZJJGH5]]
2026-12-01 08:15:03,[[PERSON|arai]],[[IP_ADDRESS|2400:4050:a2c1:e00::18]],[[KEEP:SERIAL|R9WN50KQ2LD]]
2026-12-01 08:16:41,svc-backup,[[IP_ADDRESS|10.0.12.5]],-"""),
    ("ja", """振込データ（全銀フォーマット変換前）
受取人名,銀行,支店,種別,口座番号,金額
[[PERSON|ﾐﾔｹ ｹｲｺ]],みずほ,渋谷中央,普通,[[BANK_ACCOUNT|2290417]],58000
[[PERSON|ﾀﾅﾍﾞ ｼｮｳ]],三菱UFJ,新宿,普通,[[BANK_ACCOUNT|0381126]],32400
ｶ)ﾔﾏｻﾞｷﾃﾞﾝｷ,りそな,池袋,当座,[[BANK_ACCOUNT|1074432]],114200"""),
    ("en", """employee_id,first_name,last_name,email,phone,office
[[KEEP:EMPLOYEE|E20417]],[[PERSON|Oluwaseun]],[[PERSON|Adeyemi]],[[EMAIL|o.adeyemi@meridian-hr.example.com]],[[PHONE|+44 7700 900418]],London
[[KEEP:EMPLOYEE|E20418]],[[PERSON|Harpreet]],[[PERSON|Kaur Gill]],[[EMAIL|h.gill@meridian-hr.example.com]],[[PHONE|+1 604 555 0117]],Vancouver
[[KEEP:EMPLOYEE|E20421]],[[PERSON|Hung]],[[PERSON|Tran]],[[EMAIL|hung.tran@meridian-hr.example.com]],[[PHONE|+84 28 3822 1964]],Ho Chi Minh City
[[KEEP:EMPLOYEE|E20430]],[[PERSON|Georgia]],[[PERSON|Lincoln]],[[EMAIL|g.lincoln@meridian-hr.example.com]],[[PHONE|+61 2 9374 4418]],Sydney"""),
    ("en", """order_id\tsku\tean\tqty\tship_to\tcountry
[[KEEP:ORDER|SO-7781204]]\t[[KEEP:SKU|BRK-220-BLK]]\t[[KEEP:EAN|5402243615860]]\t4\tWarehouse 3\tBE
[[KEEP:ORDER|SO-7781205]]\t[[KEEP:SKU|BRK-220-RED]]\t[[KEEP:EAN|7603588904857]]\t1\tWarehouse 1\tCH
[[KEEP:ORDER|SO-7781209]]\t[[KEEP:SKU|CUP-09]]\t[[KEEP:EAN|4005744106441]]\t12\tWarehouse 3\tDE"""),
    ("en", """{"event":"login_failed","user":"[[EMAIL|ali.rezaei@example.ir]]","src_ip":"[[IP_ADDRESS|185.72.44.109]]","ua":"Mozilla/5.0","build":"[[KEEP:VERSION|5.18.203.1]]","ts":"2026-12-03T07:41:12Z"}
{"event":"login_ok","user":"[[EMAIL|ali.rezaei@example.ir]]","src_ip":"[[IP_ADDRESS|2a01:5ec0:1004:3::9]]","ua":"okhttp/4.12","build":"[[KEEP:VERSION|5.18.204.0]]","ts":"2026-12-03T07:43:58Z"}"""),
    ("en", """name,phone,country,notes
"[[PERSON|Abebe Bekele]]","[[PHONE|011 551 7294]]","Ethiopia","Addis office, ask for [[PERSON|Tigist]]"
"[[PERSON|Wanjiru Kamau]]","[[PHONE|0712 448 903]]","Kenya",""
"[[PERSON|Fatou Diop]]","[[PHONE|77 418 26 35]]","Senegal","prefers WhatsApp"
"[[PERSON|Tendai Moyo]]","[[PHONE|0772 318 644]]","Zimbabwe","Harare; call after 2pm"
"[[PERSON|Youssef Benali]]","[[PHONE|0661-482937]]","Morocco","French or Arabic\""""),
    ("en", """{
  "customer": {"id": [[KEEP:CUSTOMER_ID|4489120]], "name": "[[PERSON|Luciana Ferreira]]", "phone": "[[PHONE|(11) 98734-2216]]"},
  "billing": {"iban": "[[BANK_ACCOUNT|BR8587941619119054919056511C1]]", "bic": "[[BANK_ACCOUNT|ITAUBRSP]]"},
  "items": [{"gtin": "[[KEEP:EAN|8710689439658]]", "qty": 2}, {"gtin": "[[KEEP:EAN|5405432226892]]", "qty": 1}],
  "note": "entregar na portaria, falar com Seu [[PERSON|João]]"
}"""),
    ("en", """Export: newsletter_subscribers_2026-12-01.tsv
email\tfirst\tcity\tsubscribed
[[EMAIL|zhou.mingxuan@example.cn]]\t[[PERSON|Mingxuan]]\tShanghai\t2025-06-11
[[EMAIL|lin.xiaoyu+news@example.com]]\t[[PERSON|Xiaoyu]]\tTaipei\t2025-07-02
[[EMAIL|joy.mwangi@example.co.ke]]\t[[PERSON|Joy]]\tNairobi\t2025-07-19
[[EMAIL|may.santiago@example.ph]]\t[[PERSON|May]]\tCebu\t2025-08-30"""),
    # ---- call-centre transcripts (speech-to-text) ------------------------------------------------
    ("ja", """【通話記録 2026/12/03 10:14 受付者：[[PERSON|山内]]】
オペレーター：お電話ありがとうございます、ミドリ電力お客様センターの[[PERSON|山内]]でございます。
お客様：あ、もしもし、引っ越しで電気の解約をお願いしたくて。
オペレーター：かしこまりました。ご契約者様のお名前をお願いいたします。
お客様：[[PERSON|ささき]]、[[PERSON|佐々木 光太郎]]です。お客様番号は[[KEEP:CUSTOMER_ID|0381-4472-190]]です。
オペレーター：ありがとうございます。ご登録のお電話番号をお願いします。
お客様：ゼロキューゼロの……[[PHONE|090-8812-3045]]です。
オペレーター：新しいご住所へのお引っ越しは何日でしょうか。
お客様：20日です。新住所は[[ADDRESS|埼玉県川口市本町4-11-7 サンハイツ川口305]]で、郵便番号は[[POSTAL_CODE|332-0012]]。"""),
    ("ja", """（音声認識テキスト・未修正）
はいお電話かわりました[[PERSON|おおつか]]ですえーとご注文の確認ですねお名前頂戴できますか
[[PERSON|わたなべ ゆみこ]]です[[PERSON|わたなべ]]はわたるに辺です
ありがとうございますではご注文番号おわかりになりますか
えっと[[KEEP:ORDER|７７２０３１９４]]ですあと電話番号変わったので[[PHONE|０８０ ２７４１ ５５０３]]にしてください
かしこまりました[[PHONE|０８０ ２７４１ ５５０３]]で承りました"""),
    ("ja", """応対メモ（カード会社）
・本人：[[PERSON|矢野 貴之]]（生年月日 1981/07/22 で本人確認済）
・内容：カード紛失。利用停止を実施。カード番号 [[CREDIT_CARD|4111-1111-1111-1111]]
・再発行カードの送付先：登録住所（変更なし）
・折返し先：[[PHONE|(03) 3845-7129]]（自宅）、日中は勤務先 [[PHONE|03 6280 4417]]
・不審利用：11/30 家電量販店ヨドバシ、ビックカメラ各1件 → 調査依頼 No.[[KEEP:CASE|DS-2612-004871]]"""),
    ("ja", """[通話要約 AI生成]
顧客 [[PERSON|Tran Thi Mai]]（[[PERSON|トラン・ティ・マイ]]）様より、在留カード更新に伴う携帯契約名義の変更依頼。
連絡先は [[PHONE|080-5193-6628]]、通訳として知人の[[PERSON|Pham Minh Chau]]様（[[PHONE|090-7714-2209]]）が同席。
契約番号 [[KEEP:CONTRACT|K-20391-77]]、端末製造番号 [[KEEP:IMEI|356938035643809]]。"""),
    ("ja", """保険会社 事故受付（ドライブレコーダー照会あり）
受付番号：[[KEEP:CASE|A26-118049]]
契約者：[[PERSON|森下 健吾]]　証券番号：[[KEEP:POLICY|6120-448129-03]]
相手方：[[PERSON|ハッサン・エルサイード]]様（[[PERSON|Hassan El-Sayed]]）　連絡先 [[PHONE|070-6651-2380]]
事故場所：国道16号 八王子市内の交差点（詳細住所なし）
相手方車両：トヨタ プリウス、ナンバー 八王子 300 ま 12-34"""),
    ("en", """[Call transcript - auto generated - do not forward]
Agent: Thank you for calling Northbridge Bank, my name is [[PERSON|Aidan]], who am I speaking with?
Caller: Hi, it's [[PERSON|Mariam Abdelrahman]]. I'm calling about a payment I sent to the wrong account.
Agent: I'm sorry to hear that. Can you read me the account you sent it to?
Caller: Yes, I'm reading it off the app: [[BANK_ACCOUNT|GB24RBOS46332142658070]].
Agent: And the one you meant to send it to?
Caller: [[BANK_ACCOUNT|IE66 BOFI 5330 3559 3082 89]], that's my sister [[PERSON|Nour]]'s account in Dublin.
Agent: Thank you. Best number to reach you on?
Caller: My mobile, [[PHONE|07700 900 517]]."""),
    ("en", """CALL NOTES - ticket [[KEEP:TICKET|#449201]]
caller: [[PERSON|Reza Hosseini]], says internet drops every evening
line test OK. router serial [[KEEP:SERIAL|2207AX6F01883]], firmware [[KEEP:VERSION|4.2.11.9]]
customer WAN IP [[IP_ADDRESS|81.144.203.19]] (static), LAN [[IP_ADDRESS|192.168.1.254]]
callback [[PHONE|0161 496 0283]] after 6pm, alt contact wife [[PERSON|Narges]] [[PHONE|07700 900 884]]"""),
    ("en", """Transcript (Spanish->English machine translation)
OPERATOR: Emergency line, what is the address?
CALLER: It's on [[ADDRESS|Calle de Alcalá 214, 3º B]], Madrid. My neighbour fell, [[PERSON|Doña Carmen]]...
OPERATOR: What is your name and number?
CALLER: [[PERSON|Mateo Sánchez]], my phone is [[PHONE|612 48 93 07]].
OPERATOR: And the patient?
CALLER: [[PERSON|Carmen Ruiz Ortega]], she is 84."""),
    ("en", """Agent notes:
Spoke w/ customer [[PERSON|Ahmed Al-Mansouri]] re: Premium plan. Wants invoices sent to [[EMAIL|accounts@almansouri-trading.example.ae]].
Card on file updated to [[CREDIT_CARD|5555 5555 5555 4444]] exp 09/29, CVV not stored.
Previous card ending 1881 removed. Loyalty no. [[KEEP:MEMBER|4052175258534816]] (16 digits, not a card!).
Asked to be called on [[PHONE|050 712 4483]] (UAE mobile) before 4pm Dubai time."""),
    ("en", """VOICEMAIL TRANSCRIPTION
"Hi, this message is for [[PERSON|Sophie Martin]], it's [[PERSON|Bogdan]] from Lakeside Dental. Just confirming
your cleaning on Thursday at nine. If you need to reschedule you can call us at [[PHONE|(604) 555-0193]], or
text [[PHONE|778-555-0148]]. Your file number is [[KEEP:PATIENT_REF|20418836]]. Thanks, bye!\""""),
    # ---- OCR-like text ----------------------------------------------------------------------
    ("ja", """ご 請 求 書
株 式 会 社 コ ウ ヨ ウ 御 中
発 行 元 ： 合 同 会 社 ハ ル カ ゼ 　 代 表 社 員 　 [[PERSON|江 口 　 陽 平]]
T E L  [[PHONE|0 4 8 - 9 7 1 - 2 2 6 4]]
登 録 番 号  T[[CORPORATE_NUMBER|1304583607675]]
振 込 先 ： 埼 玉 り そ な 銀 行 　 浦 和 支 店 　 普 通 　 [[BANK_ACCOUNT|3 1 8 4 4 0 2]]
合 計 金 額 　 ¥ 8 8 , 0 0 0 -"""),
    ("ja", """スキャン文書（OCR）
氏名 [[PERSON|久我山 紗希]]　　フリガナ [[PERSON|クガヤマ サキ]]
住所 〒[[POSTAL_CODE|１５７－００６２]] [[ADDRESS|東京都世田谷区南烏山６－２２－９]]
電話 [[PHONE|03－3309－4481]]　携帯 [[PHONE|O90-1172-8836]]
※携帯番号の先頭はOCR誤認識のため要確認"""),
    ("ja", """l 領収証 l
No. [[KEEP:RECEIPT|0049182]]
[[PERSON|坂 本 賢 治]] 様
但 し 、 書 籍 代 と し て （ I S B N [[KEEP:ISBN|978-4-505-01672-8]] ほ か 2 点 ）
上 記 正 に 領 収 い た し ま し た
丸 善 ジ ュ ン ク 堂 書 店 　 梅 田 店"""),
    ("ja", """＜名刺OCR＞
株式会社ノーザンライツ
営業本部　第一営業部
部長
[[PERSON|北 条  雅 人]]
[[PERSON|Masato Hojo]]
〒[[POSTAL_CODE|060-0005]] [[ADDRESS|札幌市中央区北5条西2丁目5 JRタワー オフィスプラザ18F]]
TEL [[PHONE|011-2O9-5530]]　FAX [[PHONE|011-209-5531]]
Mail [[EMAIL|m.hojo@northern-lights.example.co.jp]]"""),
    ("ja", """（FAX受信・判読困難）
発信元：[[PERSON|高 畑]] 歯 科 クリ ニ ッ ク
患者様 [[PERSON|中 嶋  ひ な]] 様 の 紹 介 状 を 送 付 し ま す
ご 不 明 点 は [[PHONE|0 2 6 - 2 3 5 - 4 4 1 8]] ま で
被保険者番号 [[KEEP:INSURANCE_NO|0613 2287]]"""),
    ("en", """INV0ICE
B1LL T0: [[PERSON|Siti Rahmawati]]
      [[ADDRESS|Jl. Kemang Raya No. 18]], Jakarta Selatan [[POSTAL_CODE|12730]]
Ph0ne: [[PHONE|0812-3376-4019]]
Item   EAN              Qty
Tea    [[KEEP:EAN|5407031166258]]   2
Mug    [[KEEP:EAN|8001321366662]]   1
T0TAL  IDR 418.000"""),
    ("en", """P A S S E N G E R   R E C E I P T
NAME: [[PERSON|GUTIERREZ/XIMENA]] MS
TICKET: [[KEEP:TICKET|045 2418837291]]
FROM: MEX  TO: LIM   FLIGHT LA 2471
CONTACT: [[PHONE|55 4138 2967]]
FORM OF PAYMENT: CC VI XXXXXXXXXXXX0002"""),
    ("en", """scanned letter p.2
...please contact me on [[PHONE|0 2 0  7 9 4 6  0 5 1 1]] or by email at [[EMAIL|g.mensah-bonsu@example.org.uk]]
Yours sincerely,

[[PERSON|G r a c e   M e n s a h - B o n s u]]
Practice Manager, St Mary's Surgery"""),
    ("en", """-- OCR of handwritten form, confidence low --
Name: [[PERSON|Jose Miguel Reyes]]
Mob: [[PHONE|0917 5O2 8841]]   (O may be 0)
Add: [[ADDRESS|Blk 12 Lot 7 Sampaguita St., Brgy. San Isidro]], Antipolo City
Emergency: [[PERSON|Ma. Teresa Bautista]] (mother) [[PHONE|0928 441 7730]]"""),
    ("en", """RECEIPT  #  [[KEEP:RECEIPT|0031-7782]]
Seoul Books, Gangnam
1 x ISBN [[KEEP:ISBN|978-1-878441-39-3]]
1 x ISBN [[KEEP:ISBN|0-406-60706-0]]
MEMBER  [[PERSON|YOON JAE WON]]
CARD  ****  ****  ****  3222
TEL OF STORE [[PHONE|02 - 555 - 0147]]"""),
    # ---- 議事録 ------------------------------------------------------------------------------
    ("ja", """第14回 システム刷新プロジェクト定例　議事録
日時：2026年12月2日（水）15:00-16:10　場所：本社7F 会議室「富士」
出席：[[PERSON|川島]]（PM）、[[PERSON|Wang Lei]]（開発）、[[PERSON|遠藤 里美]]（業務）、[[PERSON|Kim Min-jun]]（QA）
欠席：[[PERSON|長谷部]]
1. 移行リハーサル結果
　・本番DB（[[IP_ADDRESS|10.120.4.21]]）からの抽出に42分。目標30分に対し未達。
　・[[PERSON|Wang]]さんよりインデックス再構築案の提示あり。
2. 課題管理表 No.[[KEEP:ISSUE|PRJ-1187]]〜[[KEEP:ISSUE|PRJ-1192]]
　・[[PERSON|遠藤]]さん：帳票出力のJANコード桁あふれ（例：[[KEEP:JAN|4541951248142]]）を確認。
次回：12月9日　議事録作成：[[PERSON|Kim]]"""),
    ("ja", """令和8年度 第3回 PTA運営委員会 議事録（案）
出席者：会長 [[PERSON|石田 裕子]]、副会長 [[PERSON|Joseph Mwangi]]、書記 [[PERSON|土屋 かおり]]、会計 [[PERSON|前川 修]]
議題1　バザーの売上報告
　売上金は学校指定口座（ゆうちょ銀行 記号番号 [[BANK_ACCOUNT|10390-47718261]]）に入金済み。
議題2　見守りボランティアの募集
　問い合わせ窓口は副会長の[[PERSON|Mwangi]]さん（[[PHONE|080-3306-7741]]）とする。
その他：次回は1月14日、図書室にて。"""),
    ("ja", """取締役会議事録（抜粋）
第1号議案　代表取締役選定の件
　議長（[[PERSON|桑原 真一]]）は、代表取締役[[PERSON|桑原 真一]]の任期満了に伴い、後任の選定を諮ったところ、
　出席取締役全員一致をもって[[PERSON|日比野 達郎]]を代表取締役に選定した。
第2号議案　本店移転の件
　本店を[[ADDRESS|愛知県名古屋市中村区名駅4-7-1 ミッドランドスクエア]]に移転することを承認した。
　（会社法人等番号 [[KEEP:REGISTRY|1801-01-074411]]、法人番号 [[CORPORATE_NUMBER|4805124283253]]）"""),
    ("ja", """2026/11/30 お客様訪問メモ（営業：[[PERSON|丹羽]]）
訪問先：医療法人社団さくら会 理事長 [[PERSON|榊原 敏夫]] 先生、事務長 [[PERSON|大久保]] 氏
・電子カルテ更新の予算は来期。窓口は事務長（[[PHONE|0263-34-7188]]）。
・松本市内の分院（松本駅前）でも同構成を検討中。
・先方指定の見積書宛名は「医療法人社団さくら会」。
次アクション：12/7までに概算見積（[[KEEP:QUOTE|Q-2611-0093]]）送付"""),
    ("ja", """【議事メモ】採用面接（一次）2026/12/01
候補者：[[PERSON|Mohammad Hosseini]]（[[PERSON|モハンマド・ホセイニ]]）
面接官：[[PERSON|工藤]]、[[PERSON|村井 恵]]
・現職はテヘランのソフトウェア会社。来日予定は4月。
・連絡先：[[EMAIL|m.hosseini.dev@example.com]]、[[PHONE|+98 912 418 3307]]
・推薦者：元同僚の[[PERSON|Dariush Farahani]]氏（当社大阪オフィス勤務）
評価：B＋（二次へ）"""),
    ("ja", """議事録　町内清掃の件
・日時：12月13日 8時〜　集合：三丁目公園
・担当：[[PERSON|岩崎]]さん（班長）、[[PERSON|ブラウン]]さん（[[PERSON|Robert Brown]]、英語対応）
・ゴミ袋は[[PERSON|田島 ゆかり]]さん宅に保管（連絡 [[PHONE|0422-51-3366]]）
・雨天時は翌週に延期、連絡網で回す"""),
    # ---- 申込書 fields ---------------------------------------------------------------------------
    ("ja", """【入会申込書】
氏名：[[PERSON|菅野 優斗]]
フリガナ：[[PERSON|カンノ ユウト]]
生年月日：1994年3月8日
電話番号：[[PHONE|022-263-5417]]
携帯番号：[[PHONE|080-1287-3390]]
メール：[[EMAIL|kanno.yuto@example.jp]]
郵便番号：[[POSTAL_CODE|980-0811]]
住所：[[ADDRESS|宮城県仙台市青葉区一番町2-4-8 グランドメゾン一番町1203]]
紹介者：[[PERSON|小松 聡]]（会員番号 [[KEEP:MEMBER|6182744593222375]]）"""),
    ("ja", """口座振替依頼書（控）
金融機関：北陸銀行　本店営業部
預金種目：普通　口座番号：[[BANK_ACCOUNT|6204418]]
口座名義（カナ）：[[PERSON|ｵｸﾀﾞ ﾐﾂﾙ]]
お客様番号：[[KEEP:CUSTOMER_ID|117-3302-81]]
ご連絡先：[[PHONE|076-441-2083]]
※届出印の押印がない場合は受付できません"""),
    ("ja", """ふるさと納税　寄附申込書
寄附者氏名：[[PERSON|ファン ティ ホア]]（[[PERSON|Phan Thi Hoa]]）
電話番号：[[PHONE|0９0-４４８３-2071]]
住所：〒[[POSTAL_CODE|464-0850]] [[ADDRESS|愛知県名古屋市千種区今池1-8-3]]
個人番号（ワンストップ特例用）：[[MY_NUMBER|3718 1266 8470]]
返礼品：黒毛和牛切り落とし（品番 [[KEEP:SKU|FN-22047]]）"""),
    ("ja", """<<<申込フォーム送信内容>>>
お名前（漢字）：[[PERSON|田村　翔太]]
お名前（カナ）：[[PERSON|タムラ　ショウタ]]
会社名：株式会社ヤマザキ製作所
部署：生産管理部
電話：[[PHONE|（０５３）４５８－２２７１]]
E-mail：[[EMAIL|s-tamura@yamazaki-ss.example.co.jp]]
ご質問：型番 [[KEEP:MODEL|YZ-4400T]] の納期を教えてください。"""),
    ("ja", """賃貸入居申込書
申込者：[[PERSON|Andrei Popescu]]　国籍：ルーマニア
勤務先：株式会社ブライトン（品川）　勤続：2年
連絡先：[[PHONE|070-8831-2094]]　Email：[[EMAIL|andrei.popescu.jp@example.com]]
緊急連絡先：[[PERSON|ポペスク エレナ]]（妻）[[PHONE|070-8831-2095]]
保証会社審査番号：[[KEEP:SCREENING|GT-4471902]]"""),
    ("ja", """献血予約フォーム
氏名 [[PERSON|中山 あかり]]
ふりがな [[PERSON|なかやま あかり]]
電話 [[PHONE|092-714-3360]]
希望日 12/19　会場：天神献血ルーム
献血カード番号 [[KEEP:DONOR_CARD|0281174]]"""),
    ("ja", """パスポート申請（記入例ではありません）
氏名（ヘボン式）：[[PERSON|OKAMOTO RYUNOSUKE]]
本籍：大阪府
現住所：[[ADDRESS|大阪府堺市北区中百舌鳥町2-81-5]]
電話：[[PHONE|072-258-6630]]
緊急連絡先：[[PERSON|OKAMOTO MIKI]]（母）　[[PHONE|072-258-6631]]"""),
    ("ja", """求人応募フォーム（アルバイト）
氏名：[[PERSON|Siti Aisyah Binti Rahman]]
フリガナ：[[PERSON|シティ アイシャ ビンティ ラーマン]]
在留カード番号：（確認済・記載省略）
電話：[[PHONE|080-7720-1436]]
希望勤務地：ダイソー 錦糸町店
日本語学校 学籍番号：[[KEEP:SCHOOL_ID|S2026-3318]]"""),
    ("ja", """健康診断 問診票
受診者番号 [[KEEP:EXAM_NO|20261204-0117]]
氏名 [[PERSON|佐久間 理恵]]　　年齢 46
勤務先 株式会社ミナミ食品（法人番号 [[CORPORATE_NUMBER|3378504077389]]）
日中の連絡先 [[PHONE|045 (312) 8874]]"""),
    ("ja", """クレジットカード決済フォーム（テスト環境）
カード名義：[[PERSON|HIROSE KAZUMA]]
カード番号：[[CREDIT_CARD|3530 1113 3330 0000]]
有効期限：12/28　セキュリティコード：***
請求先電話：[[PHONE|0120-987-114]]
ポイントカード番号：[[KEEP:MEMBER|3099494158672718]]"""),
    # ---- shipping labels ---------------------------------------------------------------------
    ("ja", """宅急便　送り状
お届け先：〒[[POSTAL_CODE|920-0853]]
　[[ADDRESS|石川県金沢市本町1-5-2 リファーレ8階]]
　[[PERSON|能登谷 静香]] 様
　TEL [[PHONE|076-231-8849]]
ご依頼主：[[PERSON|浜口 亮]]　TEL [[PHONE|090-5528-0316]]
品名：衣類　伝票番号 [[KEEP:TRACKING|4512-3308-7716]]　お届け予定 12/8 午前中"""),
    ("ja", """ゆうパック
おところ：[[ADDRESS|北海道旭川市7条通8丁目右10号]]
おなまえ：[[PERSON|ハーン ミン]]様
でんわ：[[PHONE|0166-22-5073]]
お問い合わせ番号：[[KEEP:TRACKING|1187-2204-9935]]
品名：書籍（ISBN [[KEEP:ISBN|4-88039-029-1]]）"""),
    ("ja", """【出荷ラベル】
ORDER [[KEEP:ORDER|A2612-004471]]
TO: [[PERSON|吉川 亜美]]
　　〒[[POSTAL_CODE|604-8005]] [[ADDRESS|京都府京都市中京区河原町通三条上る恵比須町427]]
　　[[PHONE|075-212-4418]]
FROM: 株式会社ヤマト屋（京都本店）
ITEM: 抹茶 40g ×3　JAN [[KEEP:JAN|4572458709034]]"""),
    ("ja", """佐川急便 飛脚宅配便
お届け先　[[PERSON|宮本 陸]] 様
　　　　　[[ADDRESS|広島県広島市南区段原南1-3-52 広島イーストビル4F]]
　　　　　〒[[POSTAL_CODE|732-0814]]
　　　　　[[PHONE|082-568-3392]]
送り状番号 [[KEEP:TRACKING|3688-4120-5597]]（12桁）
※時間指定 19-21時"""),
    ("ja", """クリックポスト
〒[[POSTAL_CODE|890-0053]]
[[ADDRESS|鹿児島県鹿児島市中央町26-1]]
[[PERSON|ムハンマド アリフ]] 様
追跡番号 [[KEEP:TRACKING|6621 7480 3391]]
差出人：メルカリ便（匿名配送）"""),
    ("ja", """配達不在票（手書きを転記）
[[PERSON|大和田]]様　12/4 14:20 お届けにあがりましたが、ご不在でした。
再配達受付：[[PHONE|0120-19-4580]]（自動音声）
ドライバー直通：[[PHONE|080-6118-2735]]（担当 [[PERSON|ぬまた]]）
お問い合わせ伝票番号：[[KEEP:TRACKING|5013-9928-4106]]"""),
    ("en", """SHIP TO:
[[PERSON|Nguyen Van Phuc]]
[[ADDRESS|27 Ly Thuong Kiet, Hoan Kiem]], Hanoi
Vietnam [[POSTAL_CODE|100000]]
Tel: [[PHONE|024 3825 7718]]
Tracking: [[KEEP:TRACKING|EE338204117JP]]   Weight 1.2 kg
Contents: books (ISBN [[KEEP:ISBN|9784284892445]])"""),
    ("en", """DELIVER TO
[[PERSON|Oliver Bennett]]
[[ADDRESS|Unit 4, 18 Elizabeth Street]]
Sydney NSW [[POSTAL_CODE|2000]]
PH [[PHONE|0412 336 905]]
REF [[KEEP:ORDER|AU-558120]]   CON NOTE [[KEEP:TRACKING|CPX7740182]]"""),
    ("en", """FedEx International Priority
Recipient: [[PERSON|Hannah Becker]]
Company: Becker & Söhne GmbH
Address: [[ADDRESS|Lindenstraße 42]], [[POSTAL_CODE|10969]] Berlin, Germany
Phone: [[PHONE|030 25 49 88 17]]
Tracking #: [[KEEP:TRACKING|7712 4480 3915]]
Customs value: 120.00 EUR, HS code 8471.30"""),
    ("en", """USPS Priority Mail
FROM: [[PERSON|Grace Park]], [[ADDRESS|1820 Washington Ave Apt 5C]], Bronx NY [[POSTAL_CODE|10457]]
TO: [[PERSON|Li Xinyi]], [[ADDRESS|300 Lincoln Road]], Miami Beach FL [[POSTAL_CODE|33139]]
[[PHONE|(718) 555-0162]]
USPS TRACKING # [[KEEP:TRACKING|9405 5036 9930 0184 2290 17]]"""),
    ("en", """Return label - Canada Post
[[PERSON|Émilie Tremblay]]
[[ADDRESS|455 rue Saint-Jean]], Québec QC [[POSTAL_CODE|G1R 1P3]]
[[PHONE|418-555-0129]]
RMA [[KEEP:RMA|RMA-2026-11932]]   Serial [[KEEP:SERIAL|SN-88A7-3301]]"""),
    # ---- HR records --------------------------------------------------------------------------
    ("ja", """社員情報変更届
社員番号：[[KEEP:EMPLOYEE|102948]]
氏名：[[PERSON|水野 聡子]]（旧姓：[[PERSON|小田]]）
変更事項：氏名、住所、通勤経路
新住所：〒[[POSTAL_CODE|273-0005]] [[ADDRESS|千葉県船橋市本町7-2-11-802]]
新電話：[[PHONE|047-425-8813]]
給与振込口座：千葉銀行 船橋支店 普通 [[BANK_ACCOUNT|3308154]]
個人番号：別紙にて提出（本様式には記載しないこと）"""),
    ("ja", """人事評価シート（上期）
被評価者：[[PERSON|Nguyễn Văn Phúc]]（[[PERSON|グエン・ヴァン・フック]]）　所属：ベトナム開発センター
評価者：[[PERSON|坂口 一郎]]
コメント：日本側PMの[[PERSON|宇野]]さんとの連携が円滑。来期はリーダー候補。
※本人の携帯（[[PHONE|+84 90 318 4427]]）は緊急時のみ使用"""),
    ("ja", """扶養控除等申告書（データ入力用）
本人：[[PERSON|岡部 俊介]]　個人番号 [[MY_NUMBER|164909321690]]
配偶者：[[PERSON|岡部 真紀]]　個人番号 [[MY_NUMBER|742739186893]]
扶養親族：[[PERSON|岡部 颯]]（16歳未満）
住所：[[ADDRESS|神奈川県相模原市中央区相模原3-9-14]]"""),
    ("ja", """退職者リスト（2026年11月）
No.	氏名	部署	最終出社日	連絡先
1	[[PERSON|Agnieszka Zielińska]]	海外営業	11/14	[[EMAIL|a.zielinska@example.pl]]
2	[[PERSON|戸田 拓海]]	物流	11/21	[[PHONE|080-2019-4475]]
3	[[PERSON|LEE SEO YEON]]	デザイン	11/28	[[PHONE|+82 10-7731-2049]]"""),
    ("en", """EMPLOYEE RECORD - CONFIDENTIAL
Name: [[PERSON|Khalid bin Saeed Al-Qahtani]]
Employee no.: [[KEEP:EMPLOYEE|KSA-00417]]
Position: Site Engineer, Riyadh
Salary account: [[BANK_ACCOUNT|SA5737276468574005799713]] (Al Rajhi Bank)
Emergency contact: [[PERSON|Noura Al-Qahtani]] (spouse) [[PHONE|055 318 4072]]"""),
    ("en", """Payroll change request #[[KEEP:REQUEST|PCR-3318]]
Employee: [[PERSON|Lars Eriksson]] (Stockholm office)
Old account: [[BANK_ACCOUNT|SE1357377914837002790254]]
New account: [[BANK_ACCOUNT|NO15 4299 8145 511]] (moving to Oslo)
Approved by: [[PERSON|Ingrid Solberg]], HR Business Partner
Note: verbal confirmation received on [[PHONE|+47 912 44 830]]"""),
    ("en", """Reference check notes
Candidate: [[PERSON|Camila Rodrigues]]
Referee: [[PERSON|Paulo Nascimento]], former manager at Natura &Co, São Paulo, [[PHONE|+55 11 3047 8812]]
"[[PERSON|Camila]] led the Mercado Livre integration; I would hire her again."
Second referee ([[PERSON|Ana Beatriz Lima]]) did not answer; left voicemail."""),
    ("en", """Onboarding checklist - [[PERSON|Tomasz Wiśniewski]]
[x] contract signed
[x] bank details: [[BANK_ACCOUNT|PL30 1140 2004 0000 3502 7716 0394]]
[ ] tax ID (NIP of employer: [[KEEP:TAX_ID|525-000-12-19]])
[x] laptop asset [[KEEP:ASSET|LT-77310]]
[ ] buddy assigned ([[PERSON|Magda]]?)"""),
    # ---- travel bookings ---------------------------------------------------------------------
    ("ja", """ご予約確認書（e-チケット控）
予約番号：[[KEEP:BOOKING|6ZK4QP]]
搭乗者：
　1. [[PERSON|MORIYAMA/HARUKA]] MS
　2. [[PERSON|MORIYAMA/SOTA]] MSTR
便名：NH 845　羽田(HND) 00:05 → シンガポール(SIN) 06:25
航空券番号：[[KEEP:TICKET|205-2418837716]]
緊急連絡先：[[PERSON|森山 直樹]]（[[PHONE|090-4478-1206]]）"""),
    ("ja", """【宿泊予約確定のお知らせ】
[[PERSON|Kowalczyk Anna]] 様
この度は湯元 山城屋をご予約いただきありがとうございます。
　予約番号：[[KEEP:BOOKING|YR2612-0418]]
　チェックイン：2026年12月24日 15:00
　ご人数：大人2名（[[PERSON|Anna Kowalczyk]] 様、[[PERSON|Piotr Kowalczyk]] 様）
当館までのアクセス：JR箱根湯本駅より送迎あり（要予約 [[PHONE|0460-85-7723]]）"""),
    ("ja", """団体旅行 参加者名簿（修学旅行・沖縄）
班	氏名	ローマ字	保護者緊急連絡先
1	[[PERSON|上原 結菜]]	[[PERSON|UEHARA YUNA]]	[[PHONE|098-868-2215]]
1	[[PERSON|比嘉 大和]]	[[PERSON|HIGA YAMATO]]	[[PHONE|090-1943-7728]]
2	[[PERSON|Santos Gabriel]]	[[PERSON|SANTOS GABRIEL]]	[[PHONE|080-2277-6139]]
※引率：[[PERSON|金城]]教諭（[[PHONE|070-1122-4307]]）"""),
    ("ja", """レンタカー予約
予約者：[[PERSON|藤原 一樹]] 様（[[PERSON|フジワラ カズキ]]）
受取：新千歳空港営業所 12/27 10:00
車種：トヨタ アルファード
運転者追加：[[PERSON|藤原 ジェシカ]] 様（[[PERSON|Jessica Fujiwara]]）
予約番号 [[KEEP:BOOKING|0077 3312 84]]　会員番号 [[KEEP:MEMBER|7056023813918299]]"""),
    ("en", """ELECTRONIC TICKET ITINERARY/RECEIPT
PASSENGER: [[PERSON|IWASAKI/KENICHIRO]] MR
BOOKING REF: [[KEEP:BOOKING|X4T7PL]]
TICKET NUMBER: [[KEEP:TICKET|1572148830917]]
QR 807  DOH-NRT  18DEC
FREQUENT FLYER: QR [[KEEP:FREQUENT_FLYER|511028417]]
CONTACT: [[PHONE|+974 5518 2274]]"""),
    ("en", """Booking.com - Reservation [[KEEP:BOOKING|4218.337.902]]
Guest: [[PERSON|Ayşe Çelik]]
Property: Hotel Victoria, Florence
Arrival: Fri 18 Dec 2026, 2 nights
Guest phone: [[PHONE|0216 448 37 19]] (Istanbul)
Special request: late check-in, arriving from Galileo Galilei airport"""),
    ("en", """Group booking - Kyoto temple tour, 9 Jan
lead: [[PERSON|Sarah O'Connell]] +1
[[PERSON|KAPOOR/ARJUN]] x1 veg
[[PERSON|MEHTA/DEEPIKA]] x1
[[PERSON|HASSAN/OMAR]] MR x2
pickup Hotel Granvia (Kyoto Station), guide [[PERSON|Shun]] [[PHONE|075-351-9946]]"""),
    ("en", """Your Eurostar booking is confirmed
Booking reference: [[KEEP:BOOKING|QDRN7Z]]
Passenger 1: [[PERSON|Liam O'Connor]]
Passenger 2: [[PERSON|Aoife O'Connor]]
London St Pancras -> Paris Gare du Nord, 22 Dec 07:01
Contact email: [[EMAIL|liam.oconnor.travel@example.ie]]
Contact phone: [[PHONE|087 331 4820]]"""),
    ("en", """AIRBNB MESSAGE THREAD
Host [[PERSON|Jorge]]: Hola [[PERSON|Chloe]]! Check-in code for the lockbox is 4471. The building is
at [[ADDRESS|Av. Corrientes 2381, piso 6 B]], Buenos Aires. My cell: [[PHONE|011 15-4382-9917]].
Guest [[PERSON|Chloe]]: Thanks [[PERSON|Jorge]]! Our flight AR 1303 lands at 9pm.
Host [[PERSON|Jorge]]: Perfect. If I don't answer, my sister [[PERSON|Lucía]] will: [[PHONE|+54 9 11 6204 1188]]"""),
    ("en", """Visa invitation letter (draft)
We hereby invite Mr. [[PERSON|Budi Santoso]], passport holder of the Republic of Indonesia,
born 12 May 1988, to attend the Jakarta-Tokyo Trade Mission at Makuhari Messe.
Contact in Indonesia: [[PHONE|021 5793 4418]] (office, Jakarta), [[EMAIL|budi.santoso@example.co.id]]
Host contact: [[PERSON|Naoko Inagaki]], [[PHONE|+81 43 296 1104]]"""),
    # ---- invoices with bank details ------------------------------------------------------------
    ("ja", """請求書
請求番号：[[KEEP:INVOICE|202612-0451]]　発行日：2026年12月1日
株式会社ソラマチ企画　御中
件名：Webサイト保守（11月分）　金額：165,000円（税込）
お振込先：
　GMOあおぞらネット銀行　法人営業部（101）
　普通　[[BANK_ACCOUNT|1184402]]
　口座名義：フリーランス　[[PERSON|カワグチ アヤ]]
発行者：[[PERSON|川口 彩]]　登録番号 T[[CORPORATE_NUMBER|9648456704881]]
連絡先：[[EMAIL|aya.kawaguchi.design@example.jp]]"""),
    ("ja", """御請求書
〒[[POSTAL_CODE|105-0011]] [[ADDRESS|東京都港区芝公園2-4-1 芝パークビルB館]]
株式会社アークライト　経理部 [[PERSON|村田]] 様
下記のとおりご請求申し上げます。
海外送金の場合の振込先（EUR建て）：
　Beneficiary: Kogetsu Europe B.V.
　IBAN: [[BANK_ACCOUNT|NL83ABNA3769686398]]
　BIC: [[BANK_ACCOUNT|ABNANL2A]]
国内振込の場合：三菱UFJ銀行 丸の内支店 普通 [[BANK_ACCOUNT|0920118]]
担当：[[PERSON|Jeroen de Vries]]（[[PHONE|+31 20 794 2251]]）"""),
    ("ja", """支払通知書
支払先：[[PERSON|Oluwaseun Bakare]] 様（翻訳料）
支払額：¥48,400（源泉徴収税額 ¥4,942 控除後）
振込先：ゆうちょ銀行 〇一八店 普通 [[BANK_ACCOUNT|8841172]]
マイナンバー：受領済（[[PERSON|Bakare]]様分は台帳No.[[KEEP:LEDGER|MN-0442]]で管理）"""),
    ("ja", """請求書（英文併記）Invoice No. [[KEEP:INVOICE|HK-26-0091]]
Bill to: 株式会社トウヨウ商会 御中
Payment to: Fortune Harbour Trading Ltd.
Bank: HSBC Hong Kong　SWIFT: [[BANK_ACCOUNT|HSBCHKHHHKH]]
Account No.: [[BANK_ACCOUNT|808-447120-838]]
担当 / Contact: [[PERSON|Chan Tai Man]] [[PHONE|+852 2872 4419]]"""),
    ("ja", """【請求書送付のご案内】
[[PERSON|松田]]様
お世話になっております。株式会社ハヤテ運輸の[[PERSON|阿部]]です。
11月分の請求書（No.[[KEEP:INVOICE|8834-2211]]）をお送りします。
お振込は、静岡銀行 浜松営業部 当座 [[BANK_ACCOUNT|0201748]] までお願いいたします。
なお、当社の法人番号は [[CORPORATE_NUMBER|8223637013544]] です。
[[PERSON|阿部 由紀子]]　[[PHONE|053-454-2278]]"""),
    ("ja", """業務委託料 請求書
請求者：[[PERSON|Ramírez Castillo, Ximena]]
住所：〒[[POSTAL_CODE|150-0013]] [[ADDRESS|東京都渋谷区恵比寿1-19-15 ウノサワ東急ビル5F]]
振込先（海外口座）：
　Banco Santander, Madrid
　IBAN [[BANK_ACCOUNT|ES66 7620 0290 0431 7571 5102]]
　SWIFT/BIC [[BANK_ACCOUNT|BSCHESMM]]
連絡先：[[PHONE|080-3921-7714]]"""),
    ("ja", """領収書兼請求書
宛名：[[PERSON|上 田 竜 也]] 様
ご利用内容：ピアノ調律（型番 U3H、製造番号 [[KEEP:SERIAL|2210487]]）
代金：16,500円
振込先：PayPay銀行 本店営業部 普通 [[BANK_ACCOUNT|5530182]] [[PERSON|タナベ カツミ]]
調律師：[[PERSON|田辺 克己]]　[[PHONE|０５０－５８１２－３０４９]]"""),
    ("ja", """請求明細（クレジット払い）
お客様：[[PERSON|Rahman Farhana]] 様
ご請求額：¥32,780
お支払方法：クレジットカード [[CREDIT_CARD|3782-822463-10005]]（American Express）
お問い合わせ番号：[[KEEP:INQUIRY|0570-004-118]]（※電話番号ではありません）
ご登録の電話番号：[[PHONE|03-5789-2206]]"""),
    ("en", """INVOICE #[[KEEP:INVOICE|2026-0388]]
From: [[PERSON|Matteo Rossi]], freelance photographer, Milano
To: Bloom Studio Ltd, London
Amount due: EUR 2,400.00
Please pay to:
  Account holder: [[PERSON|Matteo Rossi]]
  IBAN: [[BANK_ACCOUNT|IT18 V019 2077 3263 6957 1273 583]]
  BIC: [[BANK_ACCOUNT|BCITITMM]]
Tel. [[PHONE|347 218 4406]]"""),
    ("en", """Remittance advice
Paid to: Vogel Maschinenbau GmbH
IBAN [[BANK_ACCOUNT|AT128798765055548885]]  BIC [[BANK_ACCOUNT|RZBAATWW]]
Amount: EUR 14,880.00
Your invoice: [[KEEP:INVOICE|RE-4418-26]]  Our PO: [[KEEP:PO|4500193871]]
Queries: [[PERSON|Sabine Huber]], Accounts Payable, [[PHONE|+43 1 532 88 41]]"""),
    ("en", """Hi [[PERSON|Lukas]],
here are my details for the deposit:
Name: [[PERSON|Lukas Meier]]
Bank: ZKB
IBAN: [[BANK_ACCOUNT|CH4188577971892608887]]
Swift: [[BANK_ACCOUNT|ZKBKCHZZ80A]]
cheers, [[PERSON|Nina]] (his partner, writing from his account because he's travelling)"""),
    ("en", """PAYMENT INSTRUCTIONS
Beneficiary: Lisboa Azulejos Lda
IBAN: [[BANK_ACCOUNT|PT55888008131245968878312]]
SWIFT: [[BANK_ACCOUNT|BCOMPTPL]]
Reference: proforma [[KEEP:INVOICE|PF-1187]]
For any questions contact [[PERSON|João Pedro Almeida]] ([[EMAIL|jp.almeida@lisboa-azulejos.example.pt]], [[PHONE|21 342 8874]])"""),
    ("en", """Invoice 0091 - Dublin
Consultancy services, November 2026: EUR 6,200
Bank: AIB, Grafton Street branch
IBAN [[BANK_ACCOUNT|IE07AIBK30355930828988]]
BIC [[BANK_ACCOUNT|AIBKIE2D]]
[[PERSON|Siobhán Kelly]] | [[PHONE|01 679 4418]] | VAT [[KEEP:TAX_ID|IE 3718204KH]]"""),
    ("en", """Dear [[PERSON|Ahmet]],
For the Ankara seminar fee please transfer to our association's account at Garanti BBVA:
IBAN [[BANK_ACCOUNT|TR90 6342 4030 0152 7745 8807 12]]
Thanks, [[PERSON|Elif Şahin]] (treasurer), [[PHONE|0312 418 22 90]]"""),
    ("en", """Invoice / Faktura  FV/2026/12/004
Seller: [[PERSON|Vytautas Kazlauskas]] (self-employed), Vilnius
Buyer: Baltic Loop UAB
Bank account: [[BANK_ACCOUNT|LT801557803825155922]]
SWIFT: [[BANK_ACCOUNT|CBVILT2X]]
Phone: [[PHONE|8 612 44 873]]"""),
    ("en", """Bank details for refund (please double check!)
Account name: [[PERSON|Eszter Nagy]]
IBAN: [[BANK_ACCOUNT|HU73 9755 1942 8817 7430 3373 7337]]
Bank: OTP Bank, Budapest
Her mobile: [[PHONE|06 30 418 2276]]
Case no.: [[KEEP:CASE|RF-20261204-07]]"""),
    ("en", """Donation receipt
Thank you, [[PERSON|Andreea Ionescu]], for your gift of 500 RON.
Paid from: [[BANK_ACCOUNT|RO57 RNCB 3062 8743 8466 4087]]
Receipt number: [[KEEP:RECEIPT|895389004576]]
Fundația Casa Speranței, Cluj-Napoca, [[PHONE|0264 598 441]]"""),
    # ---- medical-appointment reminders ---------------------------------------------------------
    ("ja", """【予約リマインド】あおば内科クリニック
[[PERSON|河野 美紀]] 様
12月10日（木）9:30 に特定健診のご予約をいただいております。
診察券番号：[[KEEP:PATIENT_ID|00418273]]
前日21時以降は絶食でお越しください。
ご変更は [[PHONE|03-3716-2294]]（受付 9:00-18:00）まで。
※このSMSは送信専用です"""),
    ("ja", """[[PERSON|しんいち]]くんの保護者様
こども歯科 さくらんぼです。次回の定期検診は 12/16(水) 16:00 です。
ご予約番号 [[KEEP:BOOKING|27-1183]]　お問い合わせは [[PHONE|0268-25-4471]] 担当：[[PERSON|宮下]]"""),
    ("ja", """訪問看護 連絡票
利用者：[[PERSON|関口 トシ]] 様（87）
主治医：まつもと在宅クリニック [[PERSON|松本 亮]] 医師
担当看護師：[[PERSON|野村 真理子]]（[[PHONE|090-6632-1048]]）
キーパーソン：長男 [[PERSON|関口 浩]] 様　[[PHONE|048-552-3307]]
被保険者証番号：[[KEEP:INSURANCE_NO|H0031-77284]]"""),
    ("ja", """オンライン診療のご案内
[[PERSON|Rodriguez Daniela]] 様（[[PERSON|ロドリゲス ダニエラ]] 様）
診療日時：12月11日 20:00
接続URLはご登録のメールアドレス（[[EMAIL|daniela.rdz@example.mx]]）宛にお送りしました。
通信が切れた場合は医師より [[PHONE|050-3185-4427]] からお電話します。"""),
    ("en", """REMINDER: [[PERSON|Hope Adeyemi]], your COVID-19/flu combined booster is on Mon 14 Dec at 11:20,
Boots Pharmacy, Piccadilly. Booking ref [[KEEP:BOOKING|NHS-4471-KX]]. Reply STOP to opt out.
Questions? [[PHONE|0161 832 7740]]"""),
    ("en", """Dear Mr. [[PERSON|Yilmaz]],
Your MRI at St. Vincent's Hospital is scheduled for 16/12/2026, 8:15 am.
Medicare number on file ends in ...41. Please bring your referral from Dr [[PERSON|Priyanka Nair]].
Radiology bookings: [[PHONE|(03) 9231 4470]]
Ref: [[KEEP:REFERENCE|SVH-RAD-208817]]"""),
    ("en", """Appointment confirmation - Dr. [[PERSON|Farida Osei]], Family Medicine
Patient: [[PERSON|Kofi Asante]]
Date: Wednesday Dec 9, 2:40 PM
Location: [[ADDRESS|2150 Martin Luther King Jr Way, Suite 300]], Berkeley CA [[POSTAL_CODE|94704]]
Call [[PHONE|510-555-0173]] to reschedule. MRN [[KEEP:PATIENT_ID|00773918]]"""),
    ("en", """text from clinic:
Hi [[PERSON|Rose]], just a reminder your physio session with [[PERSON|Bayu]] is tomorrow 10am
at our Orchard Road clinic. Reply Y to confirm or call [[PHONE|6734 2218]]. - Physio Plus"""),
    # ---- school contact lists ------------------------------------------------------------------
    ("ja", """3年1組 緊急連絡網（取扱注意）
出席番号 氏名 保護者 電話
1 [[PERSON|相沢 陽翔]] [[PERSON|相沢 千夏]] [[PHONE|090-3714-2258]]
2 [[PERSON|石原 莉子]] [[PERSON|石原 剛]] [[PHONE|080-1106-4493]]
3 [[PERSON|ウィリアムズ 海斗]] [[PERSON|ウィリアムズ 恵]] [[PHONE|070-5839-0217]]
4 [[PERSON|大山 凛]] [[PERSON|大山 智美]] [[PHONE|03-3925-1148]]
担任：[[PERSON|北村]]（学校代表 [[PHONE|03-3925-0003]]）"""),
    ("ja", """サッカー少年団　U-10 名簿
背番号,選手名,ふりがな,保護者連絡先
7,[[PERSON|杉山 湊]],[[PERSON|すぎやま みなと]],[[PHONE|080-4029-1176]]
10,[[PERSON|Rafael Oliveira]],[[PERSON|らふぁえる]],[[PHONE|090-8823-0461]]
11,[[PERSON|平田 蒼空]],[[PERSON|ひらた そら]],[[PHONE|070-3358-9902]]
コーチ：[[PERSON|三好]]（[[EMAIL|miyoshi.fc.coach@example.jp]]）"""),
    ("ja", """〇〇大学 ゼミ連絡先一覧（2026年度）
[[PERSON|阪口 ゆい]]　[[EMAIL|s2311048@st.example-u.ac.jp]]　[[PHONE|080-9917-2204]]
[[PERSON|王 子涵]]　[[EMAIL|s2311092@st.example-u.ac.jp]]　[[PHONE|070-4460-3318]]
[[PERSON|Gabriela Nowicka]]　[[EMAIL|s2311107@st.example-u.ac.jp]]　（電話なし）
指導教員：[[PERSON|堀江 順子]] 教授　研究室 内線 3318"""),
    ("ja", """保育園 お迎え者登録票
園児名：[[PERSON|すずき はると]]（ひよこ組）
お迎え者1：母 [[PERSON|鈴木 彩花]]　[[PHONE|080-2281-5569]]
お迎え者2：祖母 [[PERSON|鈴木 和子]]　[[PHONE|0276-45-2207]]
お迎え者3：ベビーシッター [[PERSON|Maria Luisa Cruz]]（[[PHONE|090-6672-3015]]）"""),
    ("en", """Year 6 class list - parent helpers (please do not share outside the class)
[[PERSON|Amelia Hughes]] (mum of [[PERSON|Freddie]]) [[PHONE|07700 900 326]]
[[PERSON|Raj Patel]] (dad of [[PERSON|Anaya]]) [[PHONE|07700 900 571]]
[[PERSON|Chen Jiahui]] (mum of [[PERSON|Leo Chen]]) [[EMAIL|jiahui.chen@example.co.uk]]
[[PERSON|Dawn]] (grandma of [[PERSON|Ruby-Mae]]) landline [[PHONE|01632 960 418]]
Class teacher: Mrs [[PERSON|Okafor]]"""),
    ("en", """St. Andrew's International School - Grade 4B emergency contacts
Student | Guardian | Phone
[[PERSON|Nattapat Chaiyasit]] | [[PERSON|Kanokwan Chaiyasit]] | [[PHONE|081 447 2935]]
[[PERSON|Hiroshi Ueda]] | [[PERSON|Yumi Ueda]] | [[PHONE|089 220 7714]]
[[PERSON|Aarav Sharma]] | [[PERSON|Neha Sharma]] | [[PHONE|02 261 8830]] (office, Bangkok)"""),
    ("en", """Debate club roster
- [[PERSON|summer]] (captain)
- [[PERSON|faith]]
- [[PERSON|river]]
- [[PERSON|patience]]
Practice in Room Jefferson, Tuesdays. Coach: Mr. [[PERSON|Alvarez]]? no - coach is Ms. [[PERSON|Daniela Alvarez]] now"""),
    # ---- customer reviews ----------------------------------------------------------------------
    ("ja", """★★☆☆☆ 配送が遅い
注文番号[[KEEP:ORDER|503-2284417-7731]]で頼んだのに1週間届かず。問い合わせたら担当の[[PERSON|よしだ]]さんという方が
丁寧に対応してくれたので星2つ。商品自体（JAN [[KEEP:JAN|4937755328942]]）は問題なしです。"""),
    ("ja", """★★★★★ 最高のお宿でした！
女将の[[PERSON|千代子]]さんと若旦那の[[PERSON|健太郎]]さんの心遣いが素晴らしかったです。
伊勢丹で買ったお土産を渡したらとても喜んでくださいました。また行きます。（投稿者：[[PERSON|みつこ]]）"""),
    ("ja", """☆1　詐欺に注意
この出品者、入金後に連絡が取れなくなりました。振込先は「[[PERSON|ヤマモト タイチ]]」名義の
住信SBIネット銀行 普通 [[BANK_ACCOUNT|6071293]]。電話 [[PHONE|050-6871-2239]] も不通です。
同じ被害にあった方は警察相談専用電話へ。"""),
    ("ja", """レビュー：本「はじめての家計簿」（ISBN [[KEEP:ISBN|978-4-699-70087-8]]）
著者さんの文章が読みやすい。付録のシートは出版社サイトからダウンロード可。
10年前の旧版（ISBN [[KEEP:ISBN|4-647-49521-3]]）より図が増えて見やすい。★4"""),
    ("ja", """Googleマップのクチコミ（返信あり）
[[PERSON|Kiet Vo]]：スタッフの方が親切でした。ベトナム語のメニューもあって助かりました。
オーナーからの返信：[[PERSON|Kiet]]様、ご来店ありがとうございます！ 店長 [[PERSON|岸本]]
[[PERSON|ナナ]]：予約の電話（[[PHONE|06-6213-7740]]）がなかなかつながらない…"""),
    ("ja", """商品Q&A
Q. このトースター（型番 [[KEEP:MODEL|KT-X2200]]、JAN [[KEEP:JAN|4560692768764]]）は海外でも使えますか？（[[PERSON|あっきー]]さん）
A. 100V専用です。変圧器が必要です。（ショップ担当 [[PERSON|中原]]）"""),
    ("en", """★☆☆☆☆ "Never again"
Booked a cleaner through this app, [[PERSON|Kevin]] showed up 3 hours late. Support (call [[PHONE|1-800-555-0139]])
just read from a script. Order #[[KEEP:ORDER|CLN-40918]]. Refund requested.
- [[PERSON|Brenda L.]]"""),
    ("en", """5 stars. Dr. [[PERSON|Ngozi Eze]] explained everything clearly and didn't rush us.
The receptionist [[PERSON|Precious]] called me back the same day. Parking on Victoria Road is tricky though.
- [[PERSON|Tunde]]"""),
    ("en", """Review of ISBN [[KEEP:ISBN|978-3-8286-1477-2]] (paperback)
Solid intro to Bayesian stats. The German edition ([[KEEP:ISBN|3-0028-4008-4]]) had fewer typos imo.
Recommended by my professor [[PERSON|Katharina Vogel]]. 4/5"""),
    ("en", """⭐⭐⭐⭐ Great pho, slow service
Our server [[PERSON|Linh]] was lovely. The owner, Mr. [[PERSON|Dang]], came over to apologise for the wait.
Tip: order the bun cha. Located next to Washington Square."""),
    ("en", """1/5 - fake seller!!! paid via bank transfer to [[PERSON|Marek Dvořák]] IBAN [[BANK_ACCOUNT|CZ54 1590 2283 5297 5519 4288]],
never got the PS5. his number [[PHONE|+420 734 218 655]] is now disconnected. Reported to police, case [[KEEP:CASE|KRPA-44871/2026]]."""),
    ("en", """Amazon review: "Arrived broken"
Serial on the box [[KEEP:SERIAL|G030PM1234750Q2C]], EAN [[KEEP:EAN|5403692365665]]. Seller [[PERSON|Ian]] replaced it fast. 3 stars."""),
    # ---- long unbroken Japanese paragraphs -----------------------------------------------------
    ("ja", """先日はお忙しいところありがとうございました先方の[[PERSON|石川]]部長からも前向きなお返事をいただけそうで安心しておりますが念のため補足させていただきますと今回の案件は弊社の[[PERSON|宇佐美]]が窓口となりますので今後のご連絡は[[PERSON|宇佐美]]の携帯[[PHONE|080-7765-3012]]かメール[[EMAIL|usami.k@example-sangyo.co.jp]]へお願いできればと存じますなお契約書の宛先は従来どおり本社（〒[[POSTAL_CODE|460-0008]][[ADDRESS|名古屋市中区栄3-15-33 栄ガスビル9F]]）でお願いいたします"""),
    ("ja", """昨日母から電話があって、叔母の[[PERSON|のり子]]さんが入院したらしいので週末に松山まで行くことにしたのだけど、飛行機が取れなかったので岡山経由で特急しおかぜに乗る予定、病院は日赤で面会は14時からだそうなので、もし何かあったら従兄弟の[[PERSON|大樹]]くん（[[PHONE|089-943-2218]]）に連絡してもらえると助かります、ちなみに私の携帯は電池がすぐ切れるので夫の番号も書いておきます、[[PHONE|090-5186-2273]]"""),
    ("ja", """本日の練習試合は雨天のため中止となりました代替日は来週日曜の九時からで会場は引き続き豊田市運動公園の第二グラウンドを予定していますが変更の可能性もあるため前日までに監督の[[PERSON|小西]]より連絡網で回します連絡網の起点は[[PERSON|中井 瑞穂]]さん（[[PHONE|0565-32-4417]]）ですのでつながらない場合は副キャプテンの[[PERSON|佐伯 航]]くんの保護者の方までお願いします"""),
    ("ja", """弊社では昨年度より在留外国人のお客様向けに多言語窓口を設けておりベトナム語は[[PERSON|Do Thi Huong]]、ネパール語は[[PERSON|Bishnu Shrestha]]、タガログ語は[[PERSON|Rodelio Santos]]がそれぞれ担当しておりますので、お客様からのお問い合わせは多言語専用ダイヤル[[PHONE|0120-663-018]]にて平日十時から十七時まで受け付けており、メールでのご相談は[[EMAIL|tagengo@example-hoken.co.jp]]宛にお送りいただければ担当者より三営業日以内にご返信いたします"""),
    ("ja", """昨日の件ですが結論から申し上げますと購入者の方（[[PERSON|早川 奈央]]様）の登録住所が旧住所のままだったため配送業者が持ち戻ってしまったとのことで現在は営業所留めになっており伝票番号は[[KEEP:TRACKING|3308-5519-2074]]、保管期限は12月12日までですので[[PERSON|早川]]様に営業所（[[PHONE|0120-01-9625]]）へ直接ご連絡いただくか新しいご住所〒[[POSTAL_CODE|330-0063]][[ADDRESS|埼玉県さいたま市浦和区高砂2-9-11]]宛に再送する形で手配いたします"""),
    ("ja", """いつも[[PERSON|圭太]]がお世話になっております、実は来月から主人の転勤でシンガポールに引っ越すことになり急なご報告で申し訳ないのですが二月いっぱいで退会させていただきたく、月謝の引き落とし口座（横浜銀行 普通[[BANK_ACCOUNT|6118304]]）の停止手続きと、今後の連絡先として現地の電話番号[[PHONE|+65 8124 3307]]と私のメールアドレス[[EMAIL|keita.mama.sg@example.com]]をお伝えしますので何卒よろしくお願いいたします[[PERSON|安田 奈緒子]]"""),
    ("ja", """お問い合わせの件について社内で確認いたしましたところ、ご指摘のシリアル番号[[KEEP:SERIAL|JP7C40218831]]の製品は2024年製造のロットに該当しており、無償修理の対象となりますので、お手数ですが同梱の着払い伝票にて弊社サービスセンター（〒[[POSTAL_CODE|222-0033]][[ADDRESS|横浜市港北区新横浜2-15-12 共立新横浜ビル3F]]、電話[[PHONE|045-478-3106]]）宛にお送りくださいますようお願い申し上げます、なお担当は[[PERSON|富永]]でございます"""),
    ("ja", """わたしは[[PERSON|Nguyen Duc Anh]]です、ベトナムのハノイから来ました、いま福岡の日本語学校で勉強しています、アルバイトはコンビニで夜のシフトをしています、店長の[[PERSON|西田]]さんはとてもやさしいです、将来は日本の会社でITエンジニアになりたいです、連絡先は[[PHONE|080-2395-6614]]です、よろしくおねがいします"""),
    ("ja", """遺品整理のご依頼について当日の立ち会いはご長男の[[PERSON|篠原 学]]様とご長女の[[PERSON|香川 智恵]]様のお二人と伺っておりますが、鍵のお受け取りは管理会社（[[PHONE|042-526-7730]]）経由となりますので、作業開始の九時までに[[PERSON|篠原]]様から管理会社の担当[[PERSON|ウィルソン]]さんへご一報いただけますと幸いです、見積書番号は[[KEEP:QUOTE|IH-20261208-3]]です"""),
    ("ja", """先週末に開催した地域の防災訓練には約百二十名の住民の方にご参加いただき自治会長の[[PERSON|浅野 正]]さんのご挨拶に始まり消防署の[[PERSON|Ali Hassan]]さんによる英語での避難説明、地元の松坂屋さんからの非常食の提供など盛りだくさんの内容となりました、次回は三月に予定しておりますのでご意見は事務局（[[EMAIL|bousai-jimukyoku@example-town.jp]]）までお寄せください"""),
    # ---- logs, tickets, config -----------------------------------------------------------------
    ("en", """Dec 05 23:14:07 web-03 sshd[28841]: Failed password for invalid user admin from [[IP_ADDRESS|45.155.204.17]] port 51122 ssh2
Dec 05 23:14:09 web-03 sshd[28843]: Failed password for root from [[IP_ADDRESS|45.155.204.17]] port 51130 ssh2
Dec 05 23:15:44 web-03 sshd[28861]: Accepted publickey for [[PERSON|mkowalski]] from [[IP_ADDRESS|2a02:a31c:8241:7b00:19f4:3e2:c11:4a0d]] port 40222
Dec 05 23:16:01 web-03 kernel: nf_conntrack: table full, dropping packet (build [[KEEP:VERSION|6.1.0.27]])"""),
    ("en", """JIRA HELP-20931: "Cannot print from 4th floor"
Reporter: [[PERSON|Amina Yusuf]] ([[EMAIL|amina.yusuf@example-corp.com]])
Printer: HP LaserJet M607, serial [[KEEP:SERIAL|JPBCS41207]], IP [[IP_ADDRESS|10.40.4.55]]
Comment ([[PERSON|Ben]]): pinged printer, no reply. Gateway [[IP_ADDRESS|10.40.4.1]] fine. Asset tag [[KEEP:ASSET|AT-0048817]]."""),
    ("en", """# /etc/hosts - managed by ansible, do not edit
127.0.0.1       localhost
[[IP_ADDRESS|172.20.11.14]]    db-primary.internal
[[IP_ADDRESS|172.20.11.15]]    db-replica.internal
# owner: [[PERSON|Priya Nandakumar]] <[[EMAIL|priya.n@example-infra.io]]>"""),
    ("en", """Incident report INC-0091 (draft)
At 02:13 UTC an attacker from [[IP_ADDRESS|103.77.192.40]] used the credentials of contractor [[PERSON|Dang Thu Ha]]
to access the billing export. Exported file contained customer names and the last 4 digits of cards only.
Version 2.14.3 of the exporter was patched (release [[KEEP:VERSION|2.14.3.1]]).
On-call: [[PERSON|Rafael Costa]] ([[PHONE|+351 912 447 308]])."""),
    ("en", """git log --format='%an <%ae> %s'
[[PERSON|Yufei Guo]] <[[EMAIL|yufei.guo@example.dev]]> fix: retry on 429
[[PERSON|Ozan Arslan]] <[[EMAIL|ozan@example.dev]]> chore: bump lodash to 4.17.21
[[PERSON|Sina Rahimi]] <[[EMAIL|s.rahimi@example.dev]]> build(deps): bump axios"""),
    ("ja", """【障害報告】12/04 決済APIタイムアウト
影響：11:02〜11:19、決済失敗 214件
原因：LB（[[IP_ADDRESS|10.8.0.12]]）の証明書更新漏れ
対応者：[[PERSON|吉村]]（一次）、[[PERSON|Gupta Rohan]]（二次）
問い合わせ例：注文番号[[KEEP:ORDER|2026120411023318]]のお客様よりカスタマーへ入電あり"""),
    ("ja", """ルーター設定メモ（実家）
WAN：[[IP_ADDRESS|126.74.210.33]]（固定じゃないかも）
LAN：[[IP_ADDRESS|192.168.10.1]]
Wi-Fi SSID：HOME-5G-8F2A
プロバイダ サポート：[[PHONE|0120-86-3309]]　契約者：[[PERSON|河村 昭]]　お客様ID [[KEEP:CUSTOMER_ID|CAF00418829]]"""),
    ("ja", """kintone レコード #2210
問い合わせ者：[[PERSON|Sofia Petrova]]
言語：英語／ロシア語
内容：アパートのWi-Fiがつながらない。ルーター型番 [[KEEP:MODEL|WXR-5700AX7S]]、ファーム [[KEEP:VERSION|1.18.4.2]]
連絡：[[EMAIL|sofia.petrova.tokyo@example.com]]／管理会社の[[PERSON|片山]]さん経由"""),
    ("ja", """アクセスログ（抜粋）
[[IP_ADDRESS|240b:10:2c40:8f00::1a]] - - [05/Dec/2026:10:11:42 +0900] "GET /mypage HTTP/2" 200 "user=[[PERSON|ozawa_mika]]"
[[IP_ADDRESS|60.117.4.203]] - - [05/Dec/2026:10:11:45 +0900] "POST /login HTTP/2" 401 "-"
バージョン [[KEEP:VERSION|4.40.2.15]]、リクエストID [[KEEP:REQUEST|7f3a9c21-0b44]]"""),
    # ---- social posts and forums ---------------------------------------------------------------
    ("en", """r/japanlife - "Lost wallet at Shinjuku station, any luck with lost & found?"
u/throwaway_8812: My friend [[PERSON|Kate Sullivan]] (Australian) lost hers near the Lumine exit. Card was cancelled already.
Reply from u/tokyo_dad_88: call the JR East lost property line [[PHONE|050-2016-1601]], they speak English."""),
    ("en", """Facebook post in "Expats in Dubai"
Looking for a reliable nanny, Filipina preferred. Message me or call [[PERSON|Rhea]] [[PHONE|052 447 3318]].
Comment: [[PERSON|Joy Mercado]]: my cousin [[PERSON|Lorna Dizon]] is available, she worked for a family in Jumeirah for 5 years."""),
    ("en", """Twitter/X thread
@[[PERSON|valeria_rz]]: anyone else's Rappi order stuck? order [[KEEP:ORDER|88214407]]
@RappiSoporte: Hola [[PERSON|Valeria]], escríbenos por DM con tu correo y número, por favor 🙏
@[[PERSON|valeria_rz]]: sent. it's [[EMAIL|valeria.rz.mx@example.com]] / [[PHONE|55 2288 4103]]"""),
    ("en", """Community forum: "Neighbour's dog barking all night"
Posted by [[PERSON|Derek]] (Austin, TX)
It's the house at [[ADDRESS|4410 Chase Street]]. I've talked to the owner (Mrs. [[PERSON|Jackson]]?) twice.
Reply by moderator: please don't post addresses. Call non-emergency [[PHONE|512-555-0104]] instead."""),
    ("en", """LinkedIn message
Hi [[PERSON|Adaeze]], great meeting you at GITEX! As promised, here's my contact: [[PERSON|Marcus Lindqvist]],
Head of Partnerships, Ericsson Nordics. [[PHONE|+46 70 418 22 93]] / [[EMAIL|marcus.lindqvist@example.se]]"""),
    ("ja", """X（旧Twitter）より
[[PERSON|しょーた]]@週末キャンパー：ふもとっぱら行ってきた！富士山きれいすぎ
[[PERSON|Mana]]：いいな〜！誰と行ったの？
[[PERSON|しょーた]]@週末キャンパー：会社の[[PERSON|大橋]]さんと。道の駅朝霧高原でソフトクリーム食べた"""),
    ("ja", """Yahoo!知恵袋
質問者：[[PERSON|とも]]さん
義母（[[PERSON|河合 よし江]]）宛に届いた郵便物に「マイナンバー [[MY_NUMBER|338073112100]]」と書かれた紙が入っていました。これって詐欺でしょうか？
ベストアンサー：役所からの通知なら封書です。念のため市役所（[[PHONE|0533-89-2111]]）に確認を。"""),
    ("ja", """ジモティー投稿
【譲ります】ベビーカー（コンビ）　場所：川越市
取引希望の方はメッセージか [[PHONE|049-226-7704]]（[[PERSON|小池]]）まで。
※商品の型番は [[KEEP:MODEL|AT-0417]]、製造番号 [[KEEP:SERIAL|21K0388712]] です"""),
    ("ja", """Instagram DM
[[PERSON|riho.photo]]：ご依頼ありがとうございます！撮影は12/20 10時、代々木公園でいかがでしょう
[[PERSON|Jenny Kwon]]：OKです。私の番号は[[PHONE|+82 10-2287-4416]]ですが日本でも使えます
[[PERSON|riho.photo]]：了解です！当日はカメラマン[[PERSON|佐竹 里穂]]が伺います"""),
    # ---- texts with codes and name-like words but little or no personal data ------------------
    ("ja", """【新商品のご案内】2027年春夏カタログ
・松坂牛ハンバーグ 150g×4　JAN [[KEEP:JAN|4918242709741]]　品番 [[KEEP:SKU|MZ-150-4]]
・北海道じゃがいもコロッケ　JAN [[KEEP:JAN|4550907208048]]
・紀州南高梅 はちみつ漬け　JAN [[KEEP:JAN|4902192133282]]
ご注文はFAXまたは専用サイトから。受注締切は毎週水曜12時です。"""),
    ("ja", """図書館 新着図書リスト（12月第1週）
1. 『日本の鉄道と駅名の由来』 ISBN [[KEEP:ISBN|978-4-645-18540-7]]
2. 『はじめての統計学』 ISBN [[KEEP:ISBN|9784615806592]]
3. 『江戸の町づくりと水運』 ISBN [[KEEP:ISBN|4-547-00829-9]]
4. 『戦国の山城をあるく』 ISBN [[KEEP:ISBN|4-306-05868-9]]
予約は館内端末またはWebから（利用者カード番号が必要です）。"""),
    ("ja", """配送状況のお知らせ
お問い合わせ番号：[[KEEP:TRACKING|0903-4418-2275]]
12/04 08:12 荷物受付（浜松営業所）
12/04 21:40 輸送中（中部ベース）
12/05 09:03 配達完了
※お問い合わせ番号は電話番号ではありません。ドライバー携帯へのおかけ間違いにご注意ください。"""),
    ("ja", """部品表（BOM）抜粋
No.	部品番号	メーカー	数量
1	[[KEEP:PART|0312-4471-08]]	ミツトヨ	2
2	[[KEEP:PART|0312-4471-09]]	オムロン	1
3	[[KEEP:PART|6203ZZ-C3]]	NSK	4
4	[[KEEP:PART|090-2241-5573]]	パナソニック	1（※部品番号です）"""),
    ("ja", """ポイントカード ご利用明細
カード番号 [[KEEP:MEMBER|6070 6014 6163 9467]]
ご利用店舗：イトーヨーカドー 大森店
付与ポイント：128pt　累計：4,207pt
※本カードはクレジット機能のないポイント専用カードです"""),
    ("ja", """株式会社ナカムラ製菓　会社概要
設立：1962年　資本金：9,800万円
本社：長崎県佐世保市（本社工場併設）
主要取引先：イオン、セブン-イレブン・ジャパン、ローソン
主力商品：カステラ「さゆり」（JAN [[KEEP:JAN|4525335802649]]）"""),
    ("ja", """ソフトウェア更新履歴
[[KEEP:VERSION|10.4.1.22]]（2026/11/30）：ログイン画面の文言修正
[[KEEP:VERSION|10.4.1.18]]（2026/11/16）：帳票の郵便番号欄の桁数不具合を修正
[[KEEP:VERSION|10.4.0.7]]（2026/10/28）：Windows 11 24H2 対応"""),
    ("ja", """駅の案内：京王線 府中駅→分倍河原駅で南武線に乗り換え、立川方面へ。
「ひかり」「こだま」は新横浜で、「のぞみ」は品川で乗り換えが便利です。
弥生会計の操作研修は4月（卯月）から始まります。"""),
    ("en", """PRODUCT CATALOGUE - WINTER 2026
Ben & Jerry's Cookie Dough 465ml    EAN [[KEEP:EAN|8719592221534]]
Dr. Martens 1460 Black, UK 8        EAN [[KEEP:EAN|7600206299722]]
Tim Hortons Original Blend 300g     EAN [[KEEP:EAN|5909084959226]]
Prices valid until 31 January. Order code [[KEEP:ORDER|4289971888041346]] applies to trade customers only."""),
    ("en", """Reading list - History 201
- "The Lincoln Memorial: A Biography of a Building", ISBN [[KEEP:ISBN|978-0-09-687479-2]]
- "Victoria Station and the Age of Steam", ISBN [[KEEP:ISBN|1-82408-006-9]]
- "Mandela Day in Johannesburg", ISBN [[KEEP:ISBN|1-64609-122-1]]
Copies available in the Carnegie Library, 2nd floor."""),
    ("en", """Parcel tracking
Tracking number: [[KEEP:TRACKING|020 7946 3358 41]]
Status: Out for delivery - Charlotte depot
Note: this is a tracking number, not a phone number. For help, use the chat at the bottom of the page."""),
    ("en", """Release notes
[[KEEP:VERSION|192.168.2.4]] is not an IP address, it's our firmware build (major.minor.patch.hotfix).
Build [[KEEP:VERSION|192.168.2.5]] fixes the Georgia and Jordan timezone labels.
Upgrade path from [[KEEP:VERSION|10.0.0.1]] requires a reboot."""),
    ("en", """Weather & events this weekend:
Sunny in Sydney, rain in Victoria. The Paris Saint-Germain match moved to Sunday.
Madison Square Garden hosts the Washington Wizards; tickets from the box office on 7th Avenue.
Florence + the Machine tour announced for June."""),
    ("en", """Gift card balance
Card number: [[KEEP:GIFT_CARD|6496 4103 8000 7822]]
PIN: ****
Balance: $37.50
Valid at Marks & Spencer, John Lewis and Sainsbury's until August 2027."""),
    ("en", """Warranty registration confirmation
Product: Dyson V15 Detect, serial [[KEEP:SERIAL|SX4-UK-PAB1482A]]
Purchase order: [[KEEP:PO|7712003418]]
Retailer: Currys, Paddington
Your 2-year warranty is now active."""),
    ("en", """Invoice summary (no personal data)
Invoice [[KEEP:INVOICE|0120-558-901]] - Hamilton Ltd - GBP 1,200.00 - paid
Invoice [[KEEP:INVOICE|0120-558-902]] - Austin & Co - GBP 845.00 - overdue
Invoice [[KEEP:INVOICE|0120-558-907]] - Georgia Pacific - GBP 3,010.00 - paid"""),
    # ---- cards, IBANs and corporate numbers in varied settings ----------------------------------
    ("en", """Stripe test log
charge.succeeded card=[[CREDIT_CARD|4242 4242 4242 4242]] amount=1999 customer=[[EMAIL|test.buyer.0917@example.com]]
charge.failed card=[[CREDIT_CARD|4000-0000-0000-0002]] decline_code=generic_decline
charge.succeeded card=[[CREDIT_CARD|5200828282828210]] 3ds=passed
note: only test cards in staging, never real PANs. merchant ref [[KEEP:REFERENCE|7429878895389002]]"""),
    ("en", """Hotel folio - Room 1412
Guest: Ms. [[PERSON|Yaa Asantewaa Boateng]]
Guarantee: Discover [[CREDIT_CARD|6011 1111 1111 1117]]
Company: Kente Consulting, Accra
Mobile: [[PHONE|+233 24 418 9903]]"""),
    ("ja", """カード情報変更のお知らせ（テスト送信）
会員様：[[PERSON|小田切 蓮]]
新しいカード：[[CREDIT_CARD|3566-0020-2036-0505]]（JCB）
旧カード：末尾 0000
会員番号：[[KEEP:MEMBER|0185840036927917]]"""),
    ("en", """From: [[EMAIL|billing@globex.example]]
To: [[PERSON|Wei Zhang]] <[[EMAIL|wei.zhang@example.sg]]>
Your card [[CREDIT_CARD|3714 496353 98431]] was charged SGD 89.00 for subscription [[KEEP:SUBSCRIPTION|SUB-44817730]].
Questions? WhatsApp [[PHONE|+65 6622 4418]]"""),
    ("ja", """ネットショップ管理画面メモ（テスト用カードのみ使用）
・決済テスト1：[[CREDIT_CARD|4012 8888 8888 1881]] → 成功
・決済テスト2：[[CREDIT_CARD|2223 0031 2200 3222]] → 成功
・決済テスト3：[[CREDIT_CARD|3056 9309 0259 04]]（Diners）→ 3Dセキュア失敗
担当：[[PERSON|望月 崇]]　検証環境 [[IP_ADDRESS|192.0.2.44]]"""),
    # ---- more mixed real-world texts -----------------------------------------------------------
    ("en", """Subject: Supplier bank details - please update vendor master
Vendor: Brouwerij De Klok BV, Mechelen
IBAN: [[BANK_ACCOUNT|BE29 9210 9368 0060]]
BIC: [[BANK_ACCOUNT|GEBABEBB]]
Contact: [[PERSON|Pieter Janssens]], [[PHONE|015 42 18 77]], [[EMAIL|pieter@declock.example.be]]
Vendor no. [[KEEP:VENDOR|100483]] / approved by [[PERSON|Elena Marchetti]]"""),
    ("en", """Hej [[PERSON|Mette]],
Tak for sidst! Here are the details for the cabin deposit:
[[BANK_ACCOUNT|DK5759111438315495]] (Danske Bank, [[BANK_ACCOUNT|DABADKKK]])
Call me on [[PHONE|20 41 88 37]] if the transfer fails.
[[PERSON|Søren]]"""),
    ("en", """Moi [[PERSON|Aino]],
the invoice for the sauna renovation: 2 180,00 EUR to [[BANK_ACCOUNT|FI50 6015 2101 4839 83]] (Nordea, BIC [[BANK_ACCOUNT|NDEAFIHH]]).
Viite / reference: [[KEEP:REFERENCE|1007 4418 2215]]
- [[PERSON|Jukka Virtanen]], [[PHONE|040 718 2264]]"""),
    ("en", """Booking deposit - Villa Elena, Crete
Please transfer 30% to: [[BANK_ACCOUNT|GR2776276876746763234462566]]
Account holder: [[PERSON|Georgios Papadopoulos]]
For arrivals after 22:00 call [[PHONE|694 418 2270]]. Heraklion airport transfers on request."""),
    ("en", """Fund subscription form - section 4 (bank account for redemptions)
Holder: [[PERSON|Claire Schmitt]]
IBAN: [[BANK_ACCOUNT|LU02 2196 7493 4740 7784]]
BIC: [[BANK_ACCOUNT|BILLLULL]]
Investor ID: [[KEEP:INVESTOR_ID|LX-00918274]]
Phone: [[PHONE|+352 621 448 193]]"""),
    ("en", """Dear [[PERSON|Bilal]],
Your scholarship stipend will be paid to [[BANK_ACCOUNT|PK97 BVPF 3385 0339 2314 7176]] on the 1st of each month.
If your account changes, inform the office in Lahore ([[PHONE|042 3576 2218]]) or me directly at [[PHONE|0300 441 8726]].
Regards, [[PERSON|Sadia Malik]], Scholarships Officer"""),
    ("en", """Re: apartment in Tel Aviv
Deposit to [[BANK_ACCOUNT|IL070024705647519296660]] (Bank Leumi), name [[PERSON|Yael Ben-David]].
She can be reached on [[PHONE|052-418-3307]]. The building is on Rothschild Blvd, entrance from Herzl St."""),
    ("en", """PAYMENT DETAILS / تفاصيل الدفع
Beneficiary: Al Dana Trading W.L.L., Doha
IBAN: [[BANK_ACCOUNT|QA38 QNBA 3119 2672 6972 4950 7439 5]]
SWIFT: [[BANK_ACCOUNT|QNBAQAQA]]
Contact person: [[PERSON|Abdullah Al-Thani]] ([[PHONE|4441 8830]])"""),
    ("en", """Hi [[PERSON|Youssef]], for the Cairo workshop fees please use:
Account name: [[PERSON|Hassan Mahmoud Ibrahim]]
IBAN: [[BANK_ACCOUNT|EG42 2456 4627 0564 6306 9977 9890 0]]
Swift: [[BANK_ACCOUNT|NBEGEGCX]]
His mobile: [[PHONE|0100 418 2273]]"""),
    ("en", """Volunteer reimbursement - Kyiv office
Name: [[PERSON|Olena Bondarenko]]
IBAN: [[BANK_ACCOUNT|UA560629402508810443252416804]]
Phone: [[PHONE|067 418 22 93]]
Receipts attached: taxi, printing (receipt no. [[KEEP:RECEIPT|431201272983]])"""),
    ("en", """Split bill from the Zagreb trip 🍻
[[PERSON|Luka]] paid for everything, send your share to his IBAN [[BANK_ACCOUNT|HR8484605200872299005]]
[[PERSON|Marta]] owes 45 EUR, [[PERSON|Ivo]] owes 38 EUR, [[PERSON|Anja]] already paid.
[[PERSON|Luka]]'s number if Revolut fails: [[PHONE|091 448 2270]]"""),
    ("en", """Tallinn co-working - membership invoice
Member: [[PERSON|Kristjan Tamm]]
Pay to: [[BANK_ACCOUNT|EE822408971113903337]] (LHV, [[BANK_ACCOUNT|LHVBEE22]])
Member no. [[KEEP:MEMBER|684148124820]]
Desk B-12, [[ADDRESS|Telliskivi 60a]]"""),
    ("en", """Hola [[PERSON|Ximena]],
te paso los datos: [[PERSON|Diego Alejandro Paredes]], CLABE / account [[BANK_ACCOUNT|012180015541827735]] (BBVA México), SWIFT [[BANK_ACCOUNT|BCMRMXMM]].
Mi cel: [[PHONE|33 1548 2260]] (Guadalajara).
Saludos"""),
    ("en", """WeChat (translated)
[[PERSON|Zhao Lei]]: boss, the supplier in Shenzhen changed phone, new one is [[PHONE|138 2659 4471]]
[[PERSON|Zhao Lei]]: landline [[PHONE|0755 8341 2276]], contact is Mr [[PERSON|Huang Zhiqiang]]
[[PERSON|Tang Haoran]]: ok. ask him for the ICBC account again, the one [[PERSON|Hu Jingyi]] sent was wrong"""),
    ("en", """LINE (Taiwan) - translated
[[PERSON|Lin Yi-chen]]: the clinic on Zhongshan Road called, my appointment moved to Friday
[[PERSON|Lin Yi-chen]]: their number [[PHONE|02-2541-7736]], my mobile [[PHONE|0912-448-375]]
[[PERSON|Kuo Wen-hsiung]]: ok I'll drive you"""),
    ("en", """Whatsapp group "Amsterdam flat 3B"
[[PERSON|Sanne]]: landlord's number is [[PHONE|06 41829377]] (Mr. [[PERSON|de Jong]])
[[PERSON|Ravi]]: rent goes to [[BANK_ACCOUNT|NL26 TRIO 0384 4172 63]]?
[[PERSON|Sanne]]: yes, reference "Keizersgracht 3B Dec" """),
    ("en", """Delivery issue - Bengaluru
Customer [[PERSON|Meenakshi Sundaram]] called from [[PHONE|098450 31187]], says the courier went to Indiranagar instead of Koramangala.
Correct address: [[ADDRESS|No. 14, 5th Cross, 6th Block, Koramangala]], Bengaluru [[POSTAL_CODE|560095]]
Alt contact: [[PERSON|Karthik]] [[PHONE|080 4112 7783]]"""),
    ("en", """Conference call details
Dial-in (Sweden): [[PHONE|08-520 184 47]]
Dial-in (Switzerland): [[PHONE|044 580 22 71]]
Dial-in (Germany): [[PHONE|0151 2448 3317]] - [[PERSON|Jonas]]'s mobile, only if the bridge fails
Meeting ID: [[KEEP:MEETING_ID|884 2217 4409]]  Passcode: 551902
Host: [[PERSON|Sabine Krüger]]"""),
    ("en", """Manila office - facilities contacts
Aircon repair: [[PERSON|Ernesto Lagman]], [[PHONE|(02) 8812 4417]]
Building admin: [[PERSON|Jhun Villareal]], [[PHONE|0998 318 2206]]
Jakarta office IT: [[PERSON|Putri Handayani]], [[PHONE|(021) 2994 8831]]
Karachi office: [[PERSON|Imran Qureshi]], [[PHONE|021 3587 4419]]"""),
    ("en", """Napoli - Bella Vista B&B
Ciao [[PERSON|Giulia]], confermo la prenotazione per 2 notti. Il mio numero fisso è [[PHONE|081 552 1774]].
Pagamento alla struttura. Codice prenotazione [[KEEP:BOOKING|BV-4418]].
[[PERSON|Francesca Esposito]]"""),
    ("en", """Barcelona - shared flat rules
Cleaning rota: [[PERSON|Jordi]] (Mon), [[PERSON|Nerea]] (Wed), [[PERSON|Kenji]] (Fri)
Landlady: Sra. [[PERSON|Montserrat Puig]], [[PHONE|933 187 422]]
Wi-Fi router admin [[IP_ADDRESS|192.168.0.1]]"""),
    # ---- more Japanese ------------------------------------------------------------------------
    ("ja", """年賀状 宛名リスト（2027）.csv
氏名,連名,郵便番号,住所
[[PERSON|長尾 敏之]],[[PERSON|千鶴]],[[POSTAL_CODE|390-0874]],[[ADDRESS|長野県松本市大手4-2-17]]
[[PERSON|ソン ミンホ]],,[[POSTAL_CODE|543-0021]],[[ADDRESS|大阪市天王寺区東高津町8-3-1205]]
[[PERSON|Katherine Moore]],[[PERSON|Daniel]],[[POSTAL_CODE|248-0014]],[[ADDRESS|神奈川県鎌倉市由比ガ浜2-9-22]]"""),
    ("ja", """【注意喚起】不審なSMSにご注意ください
「お荷物のお届けにあがりましたが不在の為持ち帰りました。配送物は下記よりご確認ください」
というSMSが[[PHONE|080-9174-3326]]や[[PHONE|+81-70-4418-2093]]から届いているとの報告があります。
当社のお問い合わせ番号（例：[[KEEP:TRACKING|4418-2093-7716]]）はSMSでお知らせすることはありません。
総務部 情報セキュリティ担当 [[PERSON|黒田]]"""),
    ("ja", """契約書（抜粋）
甲：株式会社サクラ住建（法人番号 [[CORPORATE_NUMBER|7362616357802]]）
　　代表取締役 [[PERSON|飯田 康弘]]
乙：[[PERSON|Michael Schneider]]（[[PERSON|ミヒャエル・シュナイダー]]）
　　住所 [[ADDRESS|東京都文京区本駒込2-28-8 文京グリーンコート1104]]
物件：シャトー本郷 402号室　契約番号 [[KEEP:CONTRACT|SK-2026-10418]]"""),
    ("ja", """市役所 窓口受付票
受付番号 [[KEEP:TICKET|0417]]
ご用件：転入届
お名前：[[PERSON|あべ かずや]]（[[PERSON|阿部 和也]]）
前住所：[[ADDRESS|山形県山形市香澄町1-3-15]]
個人番号カード：持参あり（番号 [[MY_NUMBER|4814 9631 5098]]）
ご連絡先：[[PHONE|０２３－６３２－７７４１]]"""),
    ("ja", """社内通達　第2026-48号
件名：年末年始の緊急連絡体制
12/29〜1/3 の緊急連絡先は以下のとおりとする。
　システム障害：[[PERSON|内田 剛]]（[[PHONE|090-2271-6648]]）
　施設・警備：[[PERSON|Ramesh Adhikari]]（[[PHONE|080-7718-3304]]）
　広報対応：[[PERSON|相馬 ひとみ]]（[[PHONE|070-1184-5527]]）
代表番号 [[PHONE|0570-064-228]] は自動音声対応となる。"""),
    ("ja", """メルカリ取引メッセージ
購入者：はじめまして！即購入失礼します。
出品者（[[PERSON|はなこ]]）：ご購入ありがとうございます。明日発送します。
購入者：ありがとうございます。ちなみに本の状態はどうですか？ISBN [[KEEP:ISBN|4-06-960025-6]] の初版です
出品者（[[PERSON|はなこ]]）：帯なし、カバーに少し擦れがあります。"""),
    ("ja", """診療情報提供書
紹介先：横浜市立みなと赤十字病院 循環器内科 [[PERSON|大野]] 先生
患者氏名：[[PERSON|日野 修一]]（[[PERSON|ひの しゅういち]]）様　男性 72歳
紹介元：浅井内科医院　院長 [[PERSON|浅井 信吾]]
電話 [[PHONE|045-621-3378]]　FAX [[PHONE|045-621-3379]]"""),
    ("ja", """LINE WORKS（現場チーム）
[[PERSON|Arif Rahman]] 7:02：おはようございます。今日は豊洲の現場に直行します
親方（[[PERSON|大塚]]） 7:05：了解。資材は[[PERSON|ロペス]]くんが積んでる。鍵は[[PERSON|Arif]]が持ってて
[[PERSON|Lopez Carlos]] 7:06：はい、トラックは品川ナンバーの白です
親方（[[PERSON|大塚]]） 7:10：元請の[[PERSON|小林]]所長の番号 [[PHONE|090-3318-7246]]"""),
    ("ja", """◆ご注文内容の確認◆
ご注文番号：[[KEEP:ORDER|648088129326]]
お届け先：[[PERSON|榎本 朋美]] 様
お届け先電話番号：[[PHONE|0742-26-5581]]
商品：奈良漬け詰め合わせ（JAN [[KEEP:JAN|4591361115275]]）×1
※ご注文番号は12桁の数字です。お問い合わせの際にお伝えください。"""),
    ("ja", """源泉徴収票（従業員用）データ
支払を受ける者：[[PERSON|須田 恭子]]
個人番号：[[MY_NUMBER|7379-1191-1682]]
支払者：株式会社ミヤビ（法人番号 [[CORPORATE_NUMBER|7616046757753]]）
所在地：[[ADDRESS|京都市下京区烏丸通四条下る水銀屋町620]]
電話：[[PHONE|075-353-1174]]"""),
    ("ja", """問い合わせフォーム（英語版）からの転送
Name: [[PERSON|Bui Thanh Tung]]
Email: [[EMAIL|tung.bui.vn@example.com]]
Phone: [[PHONE|+84 912 447 308]]
Message: 御社の製品（JAN [[KEEP:JAN|4993311550172]]）をベトナムで販売したいです。代理店の条件を教えてください。"""),
    ("ja", """アンケート自由記述（個人情報マスキング前）
「駅前の佐藤薬局さん（調剤薬局サトウ）の薬剤師の[[PERSON|ルイス]]さんがとても親切でした。
　うちの母（[[PERSON|栗田 ハル]]、90歳）にも分かりやすく説明してくれました。」
回答者：[[PERSON|栗田 聡美]]　連絡可：[[EMAIL|kurita.satomi@example.ne.jp]]"""),
    ("ja", """出張精算書
氏名：[[PERSON|Andreas Weber]]（社員番号 [[KEEP:EMPLOYEE|DE-0441]]）
行程：フランクフルト→羽田→伊丹→羽田→フランクフルト
宿泊：ホテル阪神大阪 3泊（予約番号 [[KEEP:BOOKING|HB28-1147]]）
精算口座：[[BANK_ACCOUNT|DE44 5001 0517 5407 3249 31]]"""),
    ("ja", """回覧板
〇〇マンション管理組合より
12月の排水管清掃は 12/15（火）に実施します。不在の方は管理人の[[PERSON|宇田川]]さん（管理室 [[PHONE|03-3987-2214]]）へ鍵をお預けください。
理事長 [[PERSON|三枝 勇]]（802号室）"""),
    ("ja", """（手書きメモをスマホで撮影→文字起こし）
・[[PERSON|みずほ]]ちゃんの誕生日 12/18
・みずほ銀行で振込（家賃）
・[[PERSON|ゆうき]]に[[PHONE|０８０-１９２３-４４０７]]返信
・明治のチョコ、森永のクッキー買う"""),
    ("ja", """オークション落札通知
落札者：[[PERSON|ｸﾞｴﾝ ｳﾞｧﾝ ﾄｩｱﾝ]] 様
商品：ライカ M6（製造番号 [[KEEP:SERIAL|1887214]]）
お支払い：[[CREDIT_CARD|6200 0000 0000 0005]]（銀聯）
発送先電話：[[PHONE|03-5875-2269]]
取引ID [[KEEP:TRANSACTION|209374378003]]"""),
    ("ja", """採用通知書（控）
[[PERSON|Ji-hoon Kang]]（[[PERSON|カン・ジフン]]）殿
貴殿を2027年4月1日付で正社員として採用することを決定しましたので通知します。
入社手続書類の返送先：〒[[POSTAL_CODE|103-0027]] [[ADDRESS|東京都中央区日本橋1-4-1 日本橋一丁目三井ビルディング]] 人事部 [[PERSON|大森]]宛
不明点：[[EMAIL|saiyo@example-nihonbashi.co.jp]]"""),
    ("ja", """振込依頼（海外）
受取人：[[PERSON|Farid Haidari]]
受取銀行：Deutsche Bank, Frankfurt（SWIFT [[BANK_ACCOUNT|DEUTDEFF]]）
IBAN：[[BANK_ACCOUNT|DE88 5007 0010 0418 2270 93]]
依頼人：[[PERSON|野村 恵一]]　[[PHONE|+81 (0)6-6244-1187]]"""),
]

# Words in the texts that look like person names but are not persons here: trains, banks,
# shops, brands, companies, clinics, places, streets, stations, months.  None is labelled.
NAME_LIKE: list[str] = [
    # Japanese
    "新幹線のぞみ", "「ひかり」", "「こだま」", "特急しおかぜ", "三井住友銀行", "みずほ銀行",
    "松本一味", "松本市", "松本駅", "豊田みそ", "豊田市運動公園", "大野農園", "藤沢駅", "伊勢丹",
    "松坂屋", "松坂牛", "佐藤薬局", "調剤薬局サトウ", "まつもと在宅クリニック", "医療法人社団さくら会",
    "弥生会計", "卯月", "明治のチョコ", "森永のクッキー", "ヤマザキ製作所", "ﾔﾏｻﾞｷﾃﾞﾝｷ", "ナカムラ製菓",
    "カステラ「さゆり」", "湯元 山城屋", "ホテル阪神", "イトーヨーカドー", "こども歯科 さくらんぼ",
    "株式会社ヤマト屋", "浅井内科医院", "シャトー本郷", "サクラ住建",
    # English and others
    "Becker & Söhne GmbH", "Ford Room", "Tesla", "Florence Kitchen", "Jordan Street", "Victoria Island",
    "Marina Bay", "Kensington Park Clinic", "plumber in Hamilton", "Sandton", "grey Polo", "São Paulo",
    "Elizabeth Street", "Washington Ave", "Washington Square", "Washington Wizards", "Lincoln Road",
    "Hotel Victoria", "Galileo Galilei airport", "St Pancras", "Gare du Nord", "Boots Pharmacy",
    "St. Vincent's Hospital", "Martin Luther King Jr Way", "Orchard Road", "Room Jefferson",
    "St Mary's Surgery", "Dr. Martens", "Ben & Jerry's", "Tim Hortons", "Marks & Spencer", "John Lewis",
    "Sainsbury's", "Charlotte depot", "Madison Square Garden", "Paris Saint-Germain", "Georgia Pacific",
    "Austin & Co", "Hamilton Ltd", "Carnegie Library", "The Lincoln Memorial", "Victoria Station",
    "Mandela Day", "Rothschild Blvd", "Herzl St", "Keizersgracht", "Victoria Road", "Villa Elena",
    "Bella Vista", "Chase Street", "Zhongshan Road", "Mercado Livre", "Florence + the Machine",
    "Sunny in Sydney", "12 May 1988", "for June", "until August", "Lakeside Dental", "Emirates NBD",
    "Georgia and Jordan timezone", "Grafton Street", "Pera Palace", "St. Andrew's International School",
]
