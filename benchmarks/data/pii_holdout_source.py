"""Held-out evaluation texts for the privacy guard (personal-data detector).

Written by hand on 2026-12-06, BEFORE the guard was tuned against it, and kept apart from the
tuning data (pii_templates.py / pii_labelled.jsonl): do not tune the guard on this file.
make_pii_holdout.py strips the markup and writes pii_holdout.jsonl.

Markup:
    [[TYPE|value]]       personal data; TYPE is one of PERSON, EMAIL, PHONE, POSTAL_CODE, ADDRESS,
                         MY_NUMBER, CORPORATE_NUMBER, CREDIT_CARD, BANK_ACCOUNT, IP_ADDRESS
    [[KEEP:KIND|value]]  a look-alike that must NOT be redacted (JAN, EAN, ISBN, ORDER, SKU,
                         TRACKING, INVOICE, MEMBER, SERIAL, ...)

Coverage: Japanese and English e-mails, chats, support tickets, CSV lines, invoices, meeting
notes and long messy texts; full-width digits and letters; IBANs from 20+ countries with and
without spaces, SWIFT/BIC codes and Japanese bank account numbers; phone numbers in national and
+CC formats for 20+ countries plus Japanese formats; person names from many naming traditions
(with titles, in chat lower case, names that are common words); texts full of name-like words
that are not persons; JAN/EAN-13 barcodes, ISBN-10/13, and order / tracking / member numbers
that pass Luhn or My Number checks but are not personal data; test credit cards, IPv4/IPv6,
My Number and corporate numbers with valid check digits. Phone numbers use ranges reserved for
fiction where a country has them (UK 020 7946 0xxx, 07700 900xxx; US 555-01xx; FR 01 99 00,
06 39 98; AU 5550 / 7010 / 0491 570; DE 030 23125; SE 070-174 06), other numbers are made up.

Conventions: PERSON is the name only (no Mr/Ms/Dr/様/さん/部長/Alhaji); a Japanese name's
reading (フリガナ) and a romaji/Hangul rendering are separate PERSON spans; every phone number and
e-mail address is labelled, including a company's; an IBAN or a BIC in bank details is
BANK_ACCOUNT; a Japanese account is the account number only (not bank, branch or 店番);
CORPORATE_NUMBER is the 13 digits (without the leading T of an invoice registration number);
POSTAL_CODE is the code without 〒 / "Postcode"; ADDRESS is the street address without the
postal code and without the addressee.
"""

TEXTS: list[tuple[str, str]] = []

# --- batch A: Japanese business mail, chat, forms ---------------------------------------------
TEXTS += [
    ("ja", """\
[[PERSON|高橋美咲]]様

お世話になっております。株式会社アオバ物流の[[PERSON|西村 健一]]です。
先日ご注文いただいた商品（JANコード：[[KEEP:JAN|4940088803901]]）は本日出荷いたしました。
配送に関するお問い合わせは[[PHONE|03-6821-4457]]、またはメール[[EMAIL|k.nishimura@aoba-logi.example.jp]]までお願いいたします。"""),
    ("ja", """\
[[PERSON|けんじ]]: 明日の集合どこだっけ？
[[PERSON|さくら]]: 渋谷駅のハチ公前！遅れたら[[PHONE|０９０－２２４７－８８１３]]に電話して
[[PERSON|けんじ]]: りょ"""),
    ("ja", """\
【問い合わせ番号】[[KEEP:TICKET|INQ-2026-11873]]
【お名前】[[PERSON|岡田 由美子]]（[[PERSON|オカダ ユミコ]]）
【電話番号】[[PHONE|080-3512-6690]]
【メール】[[EMAIL|yumiko.okada@example.ne.jp]]
【内容】先月購入した電気ケトル（商品コード [[KEEP:JAN|4929647495214]]）の電源が入りません。交換を希望します。"""),
    ("ja", """\
マイナンバー（個人番号）の提出について

氏名：[[PERSON|松本 直樹]]
個人番号：[[MY_NUMBER|7916 4452 9298]]
扶養親族：[[PERSON|松本 彩]]（配偶者）個人番号 [[MY_NUMBER|535215612962]]
※番号確認書類として通知カードの写しを添付してください。"""),
    ("ja", """\
お振込先
銀行名：みずほ銀行　新宿支店（店番号 220）
口座種別：普通
口座番号：[[BANK_ACCOUNT|3817264]]
口座名義：[[PERSON|スズキ カズヤ]]
振込手数料はご負担ください。"""),
    ("ja", """\
返金先口座をお知らせします。ゆうちょ銀行 〇一八支店 普通預金 口座番号［[[BANK_ACCOUNT|７７２０４１５]]］ 名義 [[PERSON|ナカムラ ハルカ]]。
よろしくお願いします。
[[PERSON|中村]]"""),
    ("ja", """\
取引先登録情報
商号：株式会社サンライズフーズ
法人番号：[[CORPORATE_NUMBER|5010426257118]]
代表者：[[PERSON|藤井 誠]]
主力商品：国産ごまドレッシング（JAN [[KEEP:JAN|4942658070324]]）"""),
    ("ja", """\
11/28 定例MTG議事録
出席：[[PERSON|山口]]、[[PERSON|森]]、[[PERSON|石井]]（記）、[[PERSON|Rahul Verma]]（インド拠点）
・Bangalore拠点のサーバ移行は12月中旬予定。移行先IPは[[IP_ADDRESS|10.24.8.113]]。
・[[PERSON|Rahul]]さんの携帯：[[PHONE|+91 98450 12763]]
次回：12/5（金）"""),
    ("ja", """\
送付先：〒[[POSTAL_CODE|150-0041]] [[ADDRESS|東京都渋谷区神南1-19-11 パークウェル渋谷502]]
[[PERSON|小川 葵]] 様
TEL [[PHONE|090-6634-1208]]"""),
    ("ja", """\
お届け先住所の変更をお願いします。
旧：〒[[POSTAL_CODE|５６０－００８２]]　[[ADDRESS|大阪府豊中市新千里東町２丁目５－３]]
新：〒[[POSTAL_CODE|５６５－０８７４]]　[[ADDRESS|大阪府吹田市古江台４丁目１１－２－３０５]]
注文者：[[PERSON|吉田　亮介]]"""),
    ("ja", """\
お支払い情報の確認
カード番号：[[CREDIT_CARD|3530 1113 3330 0000]]（JCB）
有効期限：08/29
名義：[[PERSON|TAKUMI ENDO]]
※このメールはテスト環境から送信されています。"""),
    ("ja", """\
注文番号[[KEEP:ORDER|4258010060666724]]の商品がまだ届きません。カード番号じゃないですよ、注文番号です😅 サポートさん確認お願いします"""),
    ("ja", """\
【障害報告】
発生日時：2026/11/30 02:14
影響：ログインAPIでタイムアウト
接続元：[[IP_ADDRESS|203.0.113.45]]、[[IP_ADDRESS|203.0.113.46]]
担当：インフラチーム [[PERSON|長谷川]]"""),
    ("ja", """\
来週の展示会には、シンガポール支社の[[PERSON|Tan Wei Ming]]さんと[[PERSON|Nurul Aisyah]]さんが参加予定です。現地連絡先は[[PHONE|9123 4587]]（[[PERSON|Tan]]さん携帯）です。"""),
    ("ja", """\
はじめまして、[[PERSON|さとう ゆい]]です！ハンドメイドのアクセサリーを販売しています。ご注文・ご質問は[[EMAIL|yui.handmade@example.com]]までお気軽にどうぞ。"""),
    ("ja", """\
課題図書のご案内
『データ分析入門 第3版』ISBN [[KEEP:ISBN|978-4-588-84554-3]]
『統計学のはじめ方』ISBN [[KEEP:ISBN|4-943466-16-8]]
購入はいずれも生協書籍部で可能です。担当 [[PERSON|福田]]"""),
    ("ja", """\
【価格改定のお知らせ】
以下の商品は1月1日出荷分より価格を改定いたします。
・緑茶ティーバッグ50袋 JAN:[[KEEP:JAN|4954700829309]] 旧価格498円→新価格548円
・ほうじ茶ラテ 10本入 JAN:[[KEEP:JAN|4960586806969]] 旧価格780円→新価格830円
・抹茶パウダー100g JAN:[[KEEP:JAN|4900257824083]] 旧価格1,200円→新価格1,320円
営業部"""),
    ("ja", """\
各拠点の連絡先
札幌営業所 [[PHONE|011-231-4785]]
名古屋営業所 [[PHONE|052-961-3320]]
福岡営業所 [[PHONE|092-473-9158]]
お客様相談室（フリーダイヤル）[[PHONE|0120-387-552]]"""),
    ("ja", """\
お客様：[[PERSON|Nguyễn Thị Lan]] 様（ベトナム・ハノイ在住）
連絡先：[[PHONE|+84 91 234 7781]]
日本国内の連絡先：[[PHONE|070-4418-2295]]
備考：日本語可。メールは[[EMAIL|lan.nguyen@example.vn]]"""),
    ("ja", """\
ドイツの取引先（Müller Feinmechanik GmbH）への送金依頼
受取人：[[PERSON|Jonas Becker]]
IBAN：[[BANK_ACCOUNT|DE10 9145 8563 0740 7752 68]]
BIC：[[BANK_ACCOUNT|COBADEFFXXX]]
金額：EUR 4,820.00
申請者：経理部 [[PERSON|村上 千尋]]"""),
    ("ja", """\
［受付メモ］１２月３日　来店　[[PERSON|佐々木　蒼]]様　ＴＥＬ：[[PHONE|０８０－７７５２－３０１４]]　修理品：腕時計（シリアル [[KEEP:SERIAL|ＳＮ２０８８４１７]]）"""),
    ("ja", """\
件名：Re: Re: 年末の懇親会について

[[PERSON|木村]]さん

お疲れさまです、[[PERSON|橋本]]です。
会場は前回と同じ「炉端 さかなや」で予約しました。電話は[[PHONE|03-3561-8024]]です（お店の番号）。
参加者は今のところ12名、[[PERSON|青木]]さんと[[PERSON|Joy]]（[[PERSON|Joy Fernandes]]さん）は遅れて合流とのこと。

会費は5,000円で、当日集金 or 下記に振込でお願いします。
三井住友銀行 丸の内支店 普通 [[BANK_ACCOUNT|6604218]] [[PERSON|ハシモト リョウタ]]

> [[PERSON|木村]]さんwrote:
> 参加人数の確定はいつまで？

12/10までにお願いします！

--
[[PERSON|橋本 亮太]]
[[EMAIL|r-hashimoto@example.co.jp]]"""),
    ("ja", """\
請求書
株式会社ミナト印刷 御中
請求番号：[[KEEP:INVOICE|INV-20261130-0042]]
登録番号：T[[CORPORATE_NUMBER|7401108210814]]
発行者：合同会社ソラノ設計 [[PERSON|前田 悠]]
振込先：楽天銀行 第一営業支店 普通 [[BANK_ACCOUNT|7013355]]
ご請求金額：¥165,000（税込）"""),
    ("ja", """\
人事部の[[PERSON|井上]]です。年末調整書類に不備がありました。
[[PERSON|清水 大輔]]さん：扶養控除等申告書の個人番号欄が空欄です。
[[PERSON|池田 芽衣]]さん：記載の個人番号 [[MY_NUMBER|7985-9710-8232]] は確認済みです。住所欄の記入をお願いします。
不明点は[[PHONE|03-5217-0966]]へ。"""),
    ("ja", """\
海外から電話される場合は[[PHONE|+81 3-4577-2180]]、国内からはIP電話[[PHONE|050-5539-8842]]をご利用ください。受付時間 9:00〜18:00（土日祝休）"""),
    ("ja", """\
電話注文メモ：[[PERSON|原田 修]]様　カード [[CREDIT_CARD|４２４２－４２４２－４２４２－４２４２]]　有効期限 ０５／２８　お届け先は登録住所"""),
    ("ja", """\
不正ログイン検知：ユーザー [[EMAIL|m.kondo@example.jp]] に対し、[[IP_ADDRESS|2001:db8:3c4d:15::1a2f]] から5回連続でパスワード誤りがありました。アカウントを一時ロックしています。"""),
    ("ja", """\
――――――――――
[[PERSON|渡辺 陽菜]]
[[PERSON|WATANABE Hina]]
株式会社ノースブリッジ 営業企画部
TEL: [[PHONE|06-6345-2271]] / Mobile: [[PHONE|090-8826-4130]]
Mail: [[EMAIL|hina.watanabe@northbridge.example.jp]]
――――――――――"""),
    ("ja", """\
在庫照会：SKU [[KEEP:SKU|TK-0044-BLK-M]] / JAN [[KEEP:JAN|4900646460915]]　店舗在庫 3点、倉庫在庫 12点です。"""),
    ("ja", """\
上海の協力工場の担当者が変わりました。新担当は[[PERSON|王 建国]]さん（[[PERSON|Wang Jianguo]]）、連絡先は[[PHONE|139 1628 4407]]（中国携帯）と[[EMAIL|wang.jg@example.cn]]です。前任の[[PERSON|Li Na]]さんは退職されました。"""),
    ("ja", """\
ソウル支店の[[PERSON|Kim Min-jun]]（[[PERSON|김민준]]）さんの連絡先です。携帯 [[PHONE|010-4827-3391]]、事務所 [[PHONE|02-3771-5208]]。日本から携帯にかける場合は [[PHONE|+82 10-4827-3391]] です。"""),
    ("ja", """\
[[PERSON|ゆうと]]：[[PERSON|ひかり]]ちゃんの連絡先しってる？
[[PERSON|みお]]：しってるよ〜 [[PHONE|080 2934 6617]] だったはず
[[PERSON|ゆうと]]：ありがと！"""),
    ("ja", """\
ご注文の商品を発送しました。
お問い合わせ伝票番号：[[KEEP:TRACKING|3911-6843-3924]]（ヤマト運輸）
お届け予定日：12月8日
ご不明な点は[[EMAIL|shop-support@example.jp]]まで。"""),
    ("ja", """\
会員番号 [[KEEP:MEMBER|340920237180]] の[[PERSON|荒木]]様、ポイントの有効期限が近づいています。12月31日までにご利用ください。"""),
    ("ja", """\
個人番号カード交付申請（控）
申請者氏名　[[PERSON|菅原　紀子]]
個人番号　[[MY_NUMBER|６８８２５８７１４０７７]]
生年月日　昭和５８年４月２日
連絡先　[[PHONE|０４５－６７１－２２０９]]"""),
    ("ja", """\
氏名,フリガナ,電話番号,メール
[[PERSON|安藤 翔太]],[[PERSON|アンドウ ショウタ]],[[PHONE|090-1147-2285]],[[EMAIL|s.ando@example.com]]
[[PERSON|北川 真由]],[[PERSON|キタガワ マユ]],[[PHONE|080-6620-7314]],[[EMAIL|mayu.k@example.org]]
[[PERSON|上田 健]],[[PERSON|ウエダ ケン]],[[PHONE|070-3385-9902]],[[EMAIL|ken-ueda@example.net]]"""),
    ("ja", """\
ブラジル・サンパウロの代理店の[[PERSON|Ana Paula Ferreira]]さんから問い合わせ。折り返しは現地番号[[PHONE|(11) 97452-3318]]へ、日本時間の夜9時以降が良いとのこと。"""),
    ("ja", """\
【予約確認】[[PERSON|桜井 和子]]様　12月9日（火）10:30 内科 [[PERSON|宮本]]医師
変更の際は[[PHONE|0120-45-8713]]までご連絡ください。"""),
    ("ja", """\
@channel 明日の release は延期です。理由：[[PERSON|Ogawa]]-san の検証で staging ([[IP_ADDRESS|192.168.40.12]]) にバグ。詳細は [[PERSON|Hiroshi]] まで"""),
]

# --- batch B: English, international bank details, names and national phone formats -----------
TEXTS += [
    ("en", """\
Hi [[PERSON|Olu]],

Thanks for sending the invoice. We'll pay into your account below by Friday:

Account name: [[PERSON|Oluwaseun Adeyemi]]
IBAN: [[BANK_ACCOUNT|GB66 HBUK 7620 0290 0431 75]]
BIC: [[BANK_ACCOUNT|HBUKGB4B]]

If anything's unclear, ring me on [[PHONE|020 7946 0958]] (London office).

Best,
[[PERSON|Harriet Cole]]"""),
    ("en", """\
Hello Mr [[PERSON|Schneider]],

please transfer the deposit to [[PERSON|Katrin Vogel]], IBAN [[BANK_ACCOUNT|DE55463321426580703294]], BIC [[BANK_ACCOUNT|GENODEM1GLS]]. Questions? Call me in Berlin on [[PHONE|030 23125 417]] or on my mobile, [[PHONE|0151 28734019]].

Kind regards
[[PERSON|Katrin]]"""),
    ("en", """\
Booking confirmation - Lyon apartment
Guest: [[PERSON|Camille Laurent]]
Host: [[PERSON|Youssef El Amrani]], reachable on [[PHONE|06 39 98 42 17]] (French mobile) or [[EMAIL|youssef.elamrani@example.fr]]
Paris agency: [[PHONE|01 99 00 27 63]]
Deposit refunds go to [[BANK_ACCOUNT|FR45 7696 8639 8921 0936 8006 087]] ([[BANK_ACCOUNT|BNPAFRPPXXX]])."""),
    ("en", """\
Support ticket #58213
Customer: [[PERSON|Alejandro Ruiz Castillo]] (Madrid)
Phone: [[PHONE|612 48 73 90]]
Alt: [[PHONE|+34 912 345 601]]
Issue: the refund to [[BANK_ACCOUNT|ES8829935021957377914837]] failed; the bank says that IBAN belongs to his sister, [[PERSON|Lucía Ruiz]]."""),
    ("en", """\
Ciao team - the Rome contact for the Florence exhibition is [[PERSON|Giulia Romano]] ([[PHONE|06 6982 4471]], mobile [[PHONE|347 512 0936]]). Her fee goes to [[BANK_ACCOUNT|IT64 B148 3983 4533 0355 9308 289]], BIC [[BANK_ACCOUNT|BCITITMM]]."""),
    ("en", """\
From: [[PERSON|Daan de Vries]] <[[EMAIL|daan.devries@example.nl]]>
Subject: reimbursement

Hi, could you refund the conference fee to [[BANK_ACCOUNT|NL94 TRIO 6468 5740 05]]? My number in Amsterdam is [[PHONE|020 794 3310]], or [[PHONE|06 41278853]] at weekends.
[[PERSON|Daan]]"""),
    ("en", """\
supplier_id,contact,iban,bic,phone
S-1041,[[PERSON|Lotte Peeters]],[[BANK_ACCOUNT|BE07438794161911]],[[BANK_ACCOUNT|GEBABEBB]],[[PHONE|+32 471 23 45 67]]
S-1042,[[PERSON|Matteo Bernasconi]],[[BANK_ACCOUNT|CH3559022835297551942]],[[BANK_ACCOUNT|UBSWCHZH80A]],[[PHONE|+41 79 318 22 64]]
S-1043,[[PERSON|Anna Gruber]],[[BANK_ACCOUNT|AT286276876746763234]],[[BANK_ACCOUNT|BKAUATWW]],[[PHONE|+43 664 1234567]]"""),
    ("en", """\
Hi [[PERSON|Marta]], the landlord's details for the Kraków flat: [[PERSON|Piotr Kowalczyk]], account [[BANK_ACCOUNT|PL61 9231 4717 6002 4705 6475 1929]]. He prefers texts to [[PHONE|512 384 907]]. From abroad use [[PHONE|+48 601 227 845]] - that's his work phone."""),
    ("en", """\
Travel reimbursement - Nordic team
[[PERSON|Elin Lindqvist]], Stockholm: [[BANK_ACCOUNT|SE89 0006 2940 2508 8104 4325]], tel [[PHONE|070-174 06 52]]
[[PERSON|Magnus Haugen]], Oslo: [[BANK_ACCOUNT|NO2124089711139]], tel [[PHONE|+47 412 38 590]]"""),
    ("en", """\
Dear Sir,
I am writing regarding my order. I was charged twice on my card ending 1881. Kindly call me on [[PHONE|98765 43210]] or at my office in Delhi, [[PHONE|011 2334 5187]].
Regards,
[[PERSON|Ananya Krishnamurthy]]
Gurugram"""),
    ("en", """\
Assalam o alaikum [[PERSON|Bilal]] bhai, the shipment from Karachi is ready. Please confirm with [[PERSON|Ayesha Siddiqui]] on [[PHONE|0321-4478216]] or her landline [[PHONE|021 3587 2290]].
Thanks, [[PERSON|Imran Qureshi]]"""),
    ("en", """\
Meeting notes (Dhaka vendor visit)
Attendees: [[PERSON|Tanvir Hasan]], [[PERSON|Nusrat Jahan Chowdhury]], [[PERSON|Md. Rafiqul Islam]]
Follow-up: [[PERSON|Nusrat]] to share bank details; [[PERSON|Tanvir]]'s mobile [[PHONE|01712-468350]], [[PERSON|Rafiqul]] [[PHONE|+880 1819-220473]]."""),
    ("en", """\
Volunteer roster
- [[PERSON|Dilini Wickramasinghe]] (Colombo) [[PHONE|077 345 6721]]
- [[PERSON|Kasun Perera]] (Kandy) [[PHONE|+94 71 882 4410]]
- [[PERSON|Bishnu Prasad Adhikari]] (Kathmandu) [[PHONE|984-1234567]]
- [[PERSON|Sita Gurung]] (Pokhara) [[PHONE|+977 980-5566123]]"""),
    ("en", """\
Contact sheet for the Shenzhen trade fair:
[[PERSON|Zhang Wei]] (sales) - [[PHONE|138 0013 8000]]
[[PERSON|Liu Yang]] (logistics) - [[PHONE|+86 186 2075 3391]]
Office (Beijing): [[PHONE|010-6552 9988]]
Note: Mr [[PERSON|Zhang]] prefers WeChat."""),
    ("en", """\
hey, new intern starting monday is [[PERSON|Park Ji-hoon]], seoul office. his cell is [[PHONE|010-2958-6413]]. ping [[PERSON|Soo-ah Lee]] if you can't reach him ([[PHONE|+82 10 7713 0482]])"""),
    ("en", """\
Order #BR-77120 - customer [[PERSON|João Pedro Almeida]] from Rio asked for a callback at [[PHONE|(21) 98833-4170]]. His wife [[PERSON|Mariana]] may answer. The São Paulo store is on [[PHONE|(11) 3456-7809]]."""),
    ("en", """\
G'day - I'm [[PERSON|Liam O'Connor]] from the Sydney branch. Best number is [[PHONE|(02) 5550 3421]] during business hours, or my mobile [[PHONE|0491 570 156]]. My Melbourne colleague [[PERSON|Chloe Nguyen]] is on [[PHONE|(03) 7010 2288]]."""),
    ("en", """\
Reservation for [[PERSON|Guadalupe Hernández]], Mexico City. Contact: [[PHONE|55 4182 7360]]. Alternate (Guadalajara): [[PHONE|33 1829 5047]]. Her assistant [[PERSON|Rodrigo]] at the Monterrey office: [[PHONE|+52 81 2476 9013]]."""),
    ("en", """\
Shipping contacts
Singapore warehouse - [[PERSON|Rajesh s/o Muthusamy]], [[PHONE|6734 2285]]
Manila hub - [[PERSON|Maria Cristina Dela Cruz]], [[PHONE|0917 845 2231]], landline [[PHONE|(02) 8845 6732]]
Cebu - [[PERSON|Jose Emmanuel Bautista]], [[PHONE|+63 928 551 4409]]
Singapore after hours - [[PHONE|+65 8123 6640]]"""),
    ("en", """\
Good afternoon ma,
This is [[PERSON|Chukwuemeka Obi]] from the Lagos office. [[PERSON|Ngozi]] asked me to forward the contact of the Abuja supplier, Alhaji [[PERSON|Musa Abubakar Danjuma]]: [[PHONE|0803 472 1956]]. You can also reach [[PERSON|Folake Adebayo]] on [[PHONE|+234 812 660 3478]].
Thanks and God bless."""),
    ("en", """\
M-Pesa refund request
Name: [[PERSON|Wanjiru Kamau]]
Phone: [[PHONE|0712 345 678]]
Alt contact: [[PERSON|Otieno Odhiambo]], [[PHONE|+254 733 218 904]]
Amount: KES 2,450
Reason: double charge at the Nairobi outlet"""),
    ("en", """\
Dr. [[PERSON|Mostafa Abdel-Rahman]] will join the Cairo workshop. Clinic: [[PHONE|02 2735 8841]], mobile [[PHONE|010 2274 9135]]. His assistant is [[PERSON|Nour El-Din Hassan]] ([[PHONE|+20 12 8819 4402]])."""),
    ("en", """\
Hi [[PERSON|Minh]], please confirm the delivery to [[PERSON|Trần Văn Hùng]] in Ho Chi Minh City, phone [[PHONE|0903 518 274]]. Our Hanoi office landline is [[PHONE|024 3825 6190]]. Escalate to [[PERSON|Phạm Thu Hà]] at [[PHONE|+84 98 442 1073]] if needed."""),
    ("en", """\
Hotel booking: Mr [[PERSON|Somchai Wongsakul]], Bangkok. Mobile [[PHONE|081 734 5520]]; office [[PHONE|02 254 8831]]. Travelling with Ms [[PERSON|Kanokwan Srisuk]] ([[PHONE|+66 89 201 7736]])."""),
    ("en", """\
Istanbul office handover: [[PERSON|Emre Yılmaz]] leaves on Friday and [[PERSON|Zeynep Kaya]] takes over. Her desk line is [[PHONE|0212 334 58 20]] and her mobile [[PHONE|0532 418 77 06]]. Final payment for [[PERSON|Emre]]'s consultancy: [[BANK_ACCOUNT|TR67 6895 7003 1166 2531 3213 66]]."""),
    ("en", """\
Applicant: [[PERSON|Mohammad Reza Hosseini]]
Email: [[EMAIL|mr.hosseini@example.ir]]
Mobile (Tehran): [[PHONE|0912 345 8871]]
Referee: Prof. [[PERSON|Fatemeh Karimi]], University of Tehran, [[PHONE|+98 21 6611 4032]]"""),
    ("en", """\
Dear [[PERSON|Khalid Al-Mansouri]],
Thank you for your order. As requested, the refund of AED 1,250 has been sent to [[BANK_ACCOUNT|AE112748914091522436158]]. For questions contact our Dubai desk at [[PHONE|04 332 8156]] or WhatsApp [[PHONE|+971 50 418 2276]].
Kind regards,
[[PERSON|Layla Haddad]]
Customer Care"""),
    ("en", """\
Driver assignment (Riyadh): [[PERSON|Abdullah bin Saeed Al-Qahtani]], mobile [[PHONE|055 312 8847]]. Salary account [[BANK_ACCOUNT|SA86 4869 1361 1152 7093 3115]]."""),
    ("en", """\
Speakers for the Warsaw meetup: [[PERSON|Katarzyna Nowak-Wiśniewska]], [[PERSON|Oleksandr Shevchenko]] (Kyiv), [[PERSON|Dragan Petrović]] (Belgrade) and [[PERSON|Ivana Horvat]] (Zagreb). Travel desk: [[EMAIL|travel@meetup-waw.example.org]]."""),
    ("en", """\
Please settle the attached invoice to [[BANK_ACCOUNT|HU96 7090 3237 7553 2894 6606 9276]] (account holder [[PERSON|Balázs Szabó]]). For the Prague subcontractor, [[PERSON|Tereza Dvořáková]], use [[BANK_ACCOUNT|CZ2305489377874101707727]], BIC [[BANK_ACCOUNT|KOMBCZPPXXX]]."""),
    ("en", """\
Alumni update: [[PERSON|Kwame Mensah]] (Accra) and [[PERSON|Akosua Boateng]] have joined the board. [[PERSON|Sipho Dlamini]] from Durban sends his regards; his new number is [[PHONE|082 614 3378]]. [[PERSON|Tigist Alemu]] (Addis Ababa) can be reached at [[EMAIL|tigist.alemu@example.et]]. [[PERSON|Baraka Mwangi]] is still in Mombasa."""),
    ("en", """\
Team directory (LatAm)
[[PERSON|Valentina Gómez]] - Bogotá - [[PHONE|310 548 2217]]
[[PERSON|Sebastián Rojas]] - Santiago - [[PHONE|+56 9 6123 4470]]
[[PERSON|Camila Fernández]] - Buenos Aires - [[PHONE|011 4312-5589]]
[[PERSON|Diego Quispe Mamani]] - Lima - [[PHONE|+51 987 654 321]]"""),
    ("en", """\
Hi [[PERSON|Jordan]], the plumber ([[PERSON|Hector Alvarez]]) said he'd call from [[PHONE|(212) 555-0147]] this afternoon. If he doesn't, his office in San Francisco is [[PHONE|+1 415 555 0132]]."""),
    ("en", """\
Please update my contact info: [[PERSON|Priya Raman]], Toronto, [[PHONE|(416) 555-0198]], [[EMAIL|priya.raman@example.ca]]. Thanks!"""),
    ("en", """\
employee,country,iban
[[PERSON|Aoife Byrne]],IE,[[BANK_ACCOUNT|IE44 BOFI 4938 2976 1470 15]]
[[PERSON|Mads Christensen]],DK,[[BANK_ACCOUNT|DK4109202371812668]]
[[PERSON|Aino Virtanen]],FI,[[BANK_ACCOUNT|FI14 7311 2104 8149 63]]
[[PERSON|Rui Costa Marques]],PT,[[BANK_ACCOUNT|PT30533785040773896484567]]
[[PERSON|Eleni Papadopoulou]],GR,[[BANK_ACCOUNT|GR59 5016 7228 4892 4461 5806 596]]"""),
    ("en", """\
Wire instructions (do not forward): beneficiary [[PERSON|Claude Schmit]], [[BANK_ACCOUNT|LU51 2382 1567 5792 7487]], BIC [[BANK_ACCOUNT|BCEELULL]]. No intermediary bank required."""),
    ("en", """\
customer typed in chat: "my card is [[CREDIT_CARD|5555 5555 5555 4444]] exp 11/27 cvv 123 pls fix it" - agent [[PERSON|Nadia]] masked the message and asked for a new card."""),
    ("en", """\
Reservation guaranteed with Amex [[CREDIT_CARD|3782-822463-10005]] in the name of [[PERSON|Oleg Ivanov]]. Guest phone (Moscow): [[PHONE|8 (495) 123-45-67]]."""),
    ("en", """\
Test payments run 14:02 UTC
- visa 13-digit [[CREDIT_CARD|4222222222222]]: approved
- diners [[CREDIT_CARD|3056 930902 5904]]: approved
- discover [[CREDIT_CARD|6011 0009 9013 9424]]: declined (insufficient funds)
Operator: [[PERSON|K. Asante]]"""),
    ("en", """\
Nov 30 03:12:44 web-02 sshd[2281]: Failed password for invalid user admin from [[IP_ADDRESS|198.51.100.23]] port 52214 ssh2
Nov 30 03:12:47 web-02 sshd[2283]: Failed password for root from [[IP_ADDRESS|198.51.100.87]] port 52230 ssh2
Nov 30 03:13:02 web-02 sshd[2290]: Accepted publickey for deploy from [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] port 40112 ssh2"""),
    ("en", """\
Thanks everyone for coming! Special shout-out to [[PERSON|Grace]] for the cake and to [[PERSON|Hope Adeyemi]] for organising. Faith in the team is high after this quarter, and we hope to see you all in May."""),
    ("en", """\
[[PERSON|jin]]: did [[PERSON|wei zhang]] send the deck?
[[PERSON|maya]]: nope, ask [[PERSON|sunny]], she had it last
[[PERSON|jin]]: ok texting her now"""),
]

# --- batch C: Japanese / mixed, international contacts, product codes, forms ------------------
TEXTS += [
    ("ja", """\
[[PERSON|田村 光]] 様
ご注文ありがとうございます。
注文番号：[[KEEP:ORDER|503-7120884-2931765]]
商品：ワイヤレスイヤホン（商品コード：[[KEEP:JAN|4904495424067]]）
お届け先：〒[[POSTAL_CODE|330-0063]] [[ADDRESS|埼玉県さいたま市浦和区高砂3-4-12]]
お支払い：クレジットカード（末尾0005）"""),
    ("ja", """\
[[PERSON|光]]さんへ
光回線の工事日が決まりました。12月14日（日）午前中です。当日は立ち会いをお願いします。工事業者の連絡先は[[PHONE|0120-963-418]]です。
母より"""),
    ("ja", """\
Dear Mr. [[PERSON|Farhan Ahmed]],

お世話になっております。東京本社の[[PERSON|吉川]]です。
As discussed, please send the samples to our Osaka lab.
担当は[[PERSON|Yuki Tanabe]]（[[EMAIL|y.tanabe@example.co.jp]]、[[PHONE|06-4703-5521]]）です。
For urgent matters, my mobile is [[PHONE|+81 80-2146-7703]].

Best regards,
[[PERSON|Kenta Yoshikawa]] / [[PERSON|吉川 健太]]"""),
    ("ja", """\
フランスの語学学校への授業料振込メモ
受取人：[[PERSON|Sophie Marchand]]
IBAN [[BANK_ACCOUNT|FR6998765055548885885779718]]
SWIFT [[BANK_ACCOUNT|CRLYFRPP]]
学生本人：[[PERSON|竹内 咲良]]（パスポート表記 [[PERSON|TAKEUCHI SAKURA]]）"""),
    ("ja", """\
ロンドン在住の[[PERSON|Oliver Hughes]]さんへ日本から電話をかける際は[[PHONE|+44 20 7946 0372]]。現地の人に伝えるときは「[[PHONE|020 7946 0815]]」（オフィス代表）と書けば通じます。携帯は[[PHONE|07700 900481]]です。"""),
    ("ja", """\
【輸入食品フェア】
・ドイツ産ライ麦パン　バーコード [[KEEP:EAN|4004820881166]]
・イギリス紅茶 アールグレイ　[[KEEP:EAN|5000314553549]]
・イタリア産パスタ　[[KEEP:EAN|8002932209379]]
・韓国のり　[[KEEP:EAN|8802918362872]]
※価格は税込です。"""),
    ("ja", """\
読書会 12月の本
1.『深海の地図』ISBN[[KEEP:ISBN|978-4-302-14492-1]]
2.『The Quiet Sea（英語版）』ISBN [[KEEP:ISBN|0-404-70764-5]]
3.『山の手線ぐるり』ISBN：[[KEEP:ISBN|9784656072611]]
幹事：[[PERSON|中島]]（[[EMAIL|nakajima.bookclub@example.jp]]）"""),
    ("ja", """\
[[PERSON|片山 涼子]]様
お問い合わせありがとうございます。お手数ですが、注文番号（[[KEEP:ORDER|6714 6076 9668 3313]]）を添えて、再度ご連絡いただけますでしょうか。
カスタマーセンター [[PERSON|平野]]"""),
    ("ja", """\
法人番号検索結果（3件）
株式会社ヒカリネット　[[CORPORATE_NUMBER|1301076007836]]
有限会社森田工務店　[[CORPORATE_NUMBER|9010490493214]]
一般社団法人みらい教育会　[[CORPORATE_NUMBER|2601059753580]]"""),
    ("ja", """\
[[PERSON|工藤]]さん
先日お送りいただいた個人番号（[[MY_NUMBER|510848606063]]）ですが、通知カードの番号と1桁違うようです。再度ご確認ください。
総務 [[PERSON|野口]]"""),
    ("ja", """\
[[PERSON|taro]]: [[PERSON|kenji]]のメアド知ってる？
[[PERSON|naomi]]: [[EMAIL|kenji.fujita@example.com]] だよ
[[PERSON|taro]]: thx"""),
    ("ja", """\
申込書（手書き入力の転記）
氏名：[[PERSON|ＹＡＭＡＤＡ　ＴＡＲＯ]]（[[PERSON|山田　太郎]]）
メール：[[EMAIL|ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ]]
電話：[[PHONE|（０３）３２１０－４４８７]]"""),
    ("ja", """\
引っ越しました！新しい住所は〒[[POSTAL_CODE|604-8005]] [[ADDRESS|京都市中京区河原町通三条上る恵比須町427 コーポ河原町203]]です。電話は変わらず[[PHONE|075-231-6684]]。近くに来たら寄ってね。[[PERSON|りな]]"""),
    ("ja", """\
【振込先のご案内】
三菱UFJ銀行（0005）　渋谷支店（135）
普通預金　[[BANK_ACCOUNT|0481726]]
口座名義　カ）ミドリデザイン
※ご依頼人名の前に請求番号[[KEEP:INVOICE|2611-0087]]を入力してください。"""),
    ("ja", """\
韓国からの研修生[[PERSON|イ・ソヨン]]さん、[[PERSON|パク・ジュンホ]]さんの歓迎会を行います。場所は本社8階ラウンジ、18時開始です。幹事：[[PERSON|大野]]"""),
    ("ja", """\
本日の来客：[[PERSON|アブドゥル・ラフマン]]様（マレーシア）、[[PERSON|マリア・ゴンザレス]]様（メキシコ）。受付で[[PERSON|千葉]]が対応します。"""),
    ("ja", """\
ホーチミンのホテルの電話番号は[[PHONE|028 3823 4561]]です（ベトナム国内から）。ガイドの[[PERSON|Hoa]]さんの携帯は[[PHONE|0935 612 847]]。"""),
    ("ja", """\
ムンバイの仕入先担当[[PERSON|Vikram Desai]]さん：[[PHONE|022 2654 3178]]（オフィス）、[[PHONE|91672 30458]]（携帯）。インドでは携帯番号を5桁・5桁で書くのが一般的です。"""),
    ("ja", """\
マニラ出張メモ
・現地コーディネーター [[PERSON|Angelica Reyes]]（[[PHONE|0998 214 6637]]）
・ホテル [[PHONE|(02) 8527 4410]]
・集合は空港第3ターミナル、到着ロビー"""),
    ("ja", """\
保証書
製品名：ロボット掃除機 RC-900
製造番号：[[KEEP:SERIAL|5077 0013 2790 6181]]
お買い上げ日：2026年11月3日
お客様名：[[PERSON|堀 真奈美]]
販売店：家電のサクラ 大宮店"""),
    ("ja", """\
図書館からのお知らせ：ご予約の資料『Introduction to Econometrics』(ISBN [[KEEP:ISBN|978-0-617-72361-5]]) が届きました。取置期限は12/15です。[[PERSON|杉山 大地]] 様"""),
    ("ja", """\
週次定例（オンライン）
Zoom ミーティングID: [[KEEP:MEETING_ID|845 2210 7736]]
パスコード: 492011
議題：Q4見込み、採用状況
ファシリテーター：[[PERSON|遠藤]]"""),
    ("ja", """\
新商品登録申請
申請会社：株式会社ハナミ食品（法人番号 [[CORPORATE_NUMBER|6010498328720]]）
商品名：ゆず塩ラーメン 5食パック
JANコード：[[KEEP:JAN|4900290043175]]
担当：商品部 [[PERSON|小松 理沙]]　[[EMAIL|komatsu@hanami-foods.example.jp]]"""),
    ("ja", """\
問い合わせ #30417
ユーザー名：[[PERSON|松田 拓海]]
登録メール：[[EMAIL|takumi.matsuda@example.jp]]
アクセス元IP：[[IP_ADDRESS|198.51.100.142]]
内容：二段階認証のSMSが[[PHONE|080-4521-9963]]に届かない"""),
    ("ja", """\
体験レッスン申込
お名前：[[PERSON|森田 彩花]]（[[PERSON|もりた あやか]]）
学年：小学3年
保護者連絡先：[[PHONE|090-7183-2046]]
ご希望の曜日：水・金"""),
    ("ja", """\
【冬のボーナスセール】12/6（土）〜12/25（木）まで、対象商品が最大30%OFF。全国152店舗で開催。型番 KX-2026 などの人気モデルも対象です。先着500名様にエコバッグをプレゼント！"""),
    ("ja", """\
[[PERSON|佐野]]：さっきお客さんがチャットにカード番号ベタ貼りしてきた…「[[CREDIT_CARD|5105-1051-0510-5100]]」って
[[PERSON|内田]]：すぐマスキング申請して！ログにも残ってるかも"""),
    ("ja", """\
[[PERSON|Adaeze Okafor]]様
ナイジェリアからの留学生受け入れの件、ありがとうございました。ラゴスのご家族の連絡先（[[PHONE|0809 331 5724]]）を控えました。
国際交流課 [[PERSON|増田]]"""),
    ("ja", """\
カイロの旅行会社の担当[[PERSON|Ahmed Samir]]さん：[[PHONE|+20 100 482 3317]]。現地表記だと[[PHONE|0111 237 6640]]（別の携帯）。"""),
    ("ja", """\
ナイロビの[[PERSON|Grace Wanjiku]]さんから、サファリツアーの件でメールがありました（[[EMAIL|grace.wanjiku@example.co.ke]]）。電話は[[PHONE|0722 418 093]]です。"""),
    ("ja", """\
搭乗者：[[PERSON|HAYASHI/KAORI]] MS　便名：NH0203　座席：34K　予約番号：[[KEEP:BOOKING|6QX8TZ]]"""),
    ("ja", """\
アムステルダムの取引先 [[PERSON|Sanne Jansen]]：[[PHONE|06 23849170]]
ミラノの工房 [[PERSON|Lorenzo Bianchi]]：[[PHONE|02 8736 4410]]（固定）、[[PHONE|+39 333 218 4479]]（携帯）"""),
    ("ja", """\
バルセロナの語学学校：[[PHONE|93 318 42 77]]
ホストファミリーの[[PERSON|Carmen López]]さん：[[PHONE|678 214 390]]
到着日は1月11日、空港まで迎えに来てくれるそうです。"""),
    ("ja", """\
北京の[[PERSON|陈晓明]]（[[PERSON|Chen Xiaoming]] / [[PERSON|Xiaoming Chen]]）さんから返信あり。中国の固定電話は[[PHONE|010-8532 6674]]、携帯は[[PHONE|159 2210 4837]]です。"""),
    ("ja", """\
名刺OCR結果：
株式会社 ブルーオーシャン
海外事業部 部長
[[PERSON|田 中 一 郎]]
ＴＥＬ [[PHONE|03 (5412) 7780]] ＦＡＸ [[PHONE|03 (5412) 7781]]
E-mail [[EMAIL|ichiro.tanaka@blueocean.example.jp]]"""),
    ("ja", """\
年賀状リスト
[[PERSON|村井 正樹]]　〒[[POSTAL_CODE|231-0023]]　[[ADDRESS|横浜市中区山下町25-8]]
[[PERSON|坂口 真理]]　〒[[POSTAL_CODE|460-0008]]　[[ADDRESS|名古屋市中区栄3-15-27-1104]]
[[PERSON|大西 翼]]　〒[[POSTAL_CODE|812-0011]]　[[ADDRESS|福岡市博多区博多駅前2-9-1]]"""),
    ("ja", """\
件名：【至急】返金処理の件（お客様対応エスカレーション）

[[PERSON|近藤]]さん

CS二課の[[PERSON|久保]]です。以下のお客様の返金がまだ完了していないため、対応をお願いします。

お客様名：[[PERSON|星野 里美]] 様
会員ID：[[KEEP:MEMBER|M-0098812]]
注文番号：[[KEEP:ORDER|7437-2572-7575-3477]]
電話：[[PHONE|090-3318-5096]]（平日18時以降希望）
返金先：りそな銀行 梅田支店 普通 [[BANK_ACCOUNT|1290483]]

経緯：
11/20 商品（JAN [[KEEP:JAN|4922303992867]]）返品受付
11/25 返品到着、検品OK
11/28 お客様より催促の電話。「カード払いなのになぜ口座を聞かれるのか」とのこと。
　　　→ 決済代行からの返金不可（カード有効期限切れ）のため口座振込に切替

よろしくお願いします。
[[PERSON|久保]]"""),
    ("ja", """\
コンビニ向け新商品（短縮JAN）
・ミニどら焼き 2個入　[[KEEP:JAN|49038170]]
・塩キャラメルラテ　[[KEEP:JAN|49553024]]
・のど飴 レモン　[[KEEP:JAN|45718465]]
発売日：1月13日（火）"""),
]

# --- batch D: English retail, payments, logs, addresses ----------------------------------------
TEXTS += [
    ("en", """\
Hello [[PERSON|Rebecca Thornton]],
Your order [[KEEP:ORDER|114-3941689-8772232]] has shipped.
Item: Stainless steel water bottle, 750 ml (EAN [[KEEP:EAN|5017524886565]])
Tracking number: [[KEEP:TRACKING|1Z999AA10123456784]]
Paid with Visa ending in 1111."""),
    ("en", """\
INVOICE 2026/1187
Bill to: Dr. [[PERSON|Samuel Okoro]]
1 x Clinical Pharmacology, 12th ed., ISBN [[KEEP:ISBN|978-0-426-11068-2]]  GBP 54.99
2 x Field Guide to Garden Birds, ISBN [[KEEP:ISBN|0-631-17057-X]]  GBP 19.50
1 x Modern Poetry Anthology, ISBN [[KEEP:ISBN|9780241966037]]  GBP 12.99
Payment received by bank transfer from [[BANK_ACCOUNT|GB27 HBUK 1510 2019 2077 32]]. Thank you."""),
    ("en", """\
sku,ean,description,qty
[[KEEP:SKU|HB-2201]],[[KEEP:EAN|4012997416708]],hand blender 600W,24
[[KEEP:SKU|KT-0930]],[[KEEP:EAN|3002888617100]],electric kettle 1.7L,12
[[KEEP:SKU|TS-4410]],[[KEEP:EAN|8404378004523]],toaster 2-slot,30
[[KEEP:SKU|CM-1205]],[[KEEP:EAN|8705472388091]],coffee grinder,8"""),
    ("en", """\
Import declaration draft - line items
1. Bluetooth speaker, barcode [[KEEP:EAN|6908221763282]], origin CN
2. USB-C cable 2m, barcode [[KEEP:EAN|6939396591417]], origin CN
3. Bubble tea kit, barcode [[KEEP:EAN|4715963347470]], origin TW
4. Oyster sauce 510g, barcode [[KEEP:EAN|4897724080960]], origin HK
Prepared by [[PERSON|Wei Ling Goh]] ([[EMAIL|weiling.goh@example.sg]])"""),
    ("en", """\
Price check: item no. [[KEEP:EAN|0258397263854]] rang up at $14.99 but the shelf tag says $12.49. Customer [[PERSON|Dana Whitfield]] wants the difference refunded."""),
    ("en", """\
Order confirmation
Order number: [[KEEP:ORDER|6480 4586 6196 9606]]
This is your order number, not a card number - keep it for returns.
Delivery to: [[PERSON|Aaliyah Brooks]]
Estimated arrival: Dec 11"""),
    ("en", """\
QA checklist - checkout v3.2
[x] Visa [[CREDIT_CARD|4012 8888 8888 1881]] -> success
[x] Mastercard 2-series [[CREDIT_CARD|2223-0031-2200-3222]] -> success
[x] Amex [[CREDIT_CARD|3714 496353 98431]] -> success
[ ] JCB [[CREDIT_CARD|3566002020360505]] -> 3DS challenge not shown
[ ] UnionPay 19-digit [[CREDIT_CARD|6205 5000 0000 0000 004]] -> field truncates to 16 digits!
Tester: [[PERSON|Marek Nowicki]]"""),
    ("en", """\
Chargeback alert: card [[CREDIT_CARD|5200 8282 8282 8210]] was used from IP [[IP_ADDRESS|203.0.113.201]] (geo: Lisbon) and 14 minutes later from [[IP_ADDRESS|2001:db8:ffff:1::42]] (geo: Singapore). Cardholder [[PERSON|Beatriz Santos]] confirmed she was in Porto all day. Contact: [[PHONE|+351 912 345 078]]."""),
    ("en", """\
[[IP_ADDRESS|192.0.2.17]] - - [30/Nov/2026:10:41:07 +0900] "GET /api/v1/items?ean=[[KEEP:EAN|4594158672715]] HTTP/1.1" 200 512
[[IP_ADDRESS|192.0.2.201]] - - [30/Nov/2026:10:41:09 +0900] "POST /login HTTP/1.1" 401 87
[[IP_ADDRESS|fe80::1c2b:3ff:fe4d:5e6f]] - - [30/Nov/2026:10:41:12 +0900] "GET /healthz HTTP/1.1" 200 2"""),
    ("en", """\
Please upgrade the router firmware to version [[KEEP:VERSION|10.4.2.118]] before Monday; the admin UI is at [[IP_ADDRESS|192.168.1.254]]. See clause [[KEEP:SECTION|4.2.1.3]] of the maintenance contract for the rollback procedure."""),
    ("en", """\
Your parcels are on the way:
- Box 1 of 2: FedEx tracking [[KEEP:TRACKING|988923869396]]
- Box 2 of 2: tracking [[KEEP:TRACKING|807325240223442]]
Delivering to [[PERSON|Connor McAllister]], Glasgow. Questions: [[PHONE|0141 496 0712]]"""),
    ("en", """\
Interlibrary loan request
Patron: [[PERSON|Siobhan Gallagher]]
Email: [[EMAIL|s.gallagher@example.ie]]
(1) A History of the Irish Language - ISBN-10 [[KEEP:ISBN|0-566-50260-7]]
(2) Coastal Walks of Munster - ISBN [[KEEP:ISBN|979-1-59565-365-8]]"""),
    ("en", """\
Subject: Fwd: suspicious email

Hi IT, I got this: 'Dear customer, we detected unusual activity on card [[CREDIT_CARD|6011-1111-1111-1117]]. Call [[PHONE|+1 202 555 0164]] immediately.' I don't even own a Discover card.
- [[PERSON|Tyrone Jackson]]"""),
    ("en", """\
Guest folio
Guest: Ms. [[PERSON|Ingrid Solberg]]
Company: Nordlys Energi AS
Mobile: [[PHONE|934 71 286]]
Loyalty no.: [[KEEP:MEMBER|7734 2810 553]]
Card on file: [[CREDIT_CARD|5454 5454 5454 5454]]"""),
    ("en", """\
date,counterparty,iban,bic,amount
2026-11-02,[[PERSON|Sophie Wagner]],[[BANK_ACCOUNT|DE41888834813718116147]],[[BANK_ACCOUNT|INGDDEFFXXX]],-120.00
2026-11-05,[[PERSON|Lukas Hoffmann]],[[BANK_ACCOUNT|AT354625662196749347]],[[BANK_ACCOUNT|RZOOAT2L]],45.50
2026-11-09,[[PERSON|Sara Bianchi]],[[BANK_ACCOUNT|IT26W8880081312459688783128]],[[BANK_ACCOUNT|UNCRITMMXXX]],-300.00"""),
    ("en", """\
2026-11-30T08:15:22Z INFO auth login ok user=[[EMAIL|n.petrova@example.com]] ip=[[IP_ADDRESS|203.0.113.77]]
2026-11-30T08:15:40Z WARN auth mfa failed user=[[EMAIL|b.osei@example.com]] ip=[[IP_ADDRESS|2001:db8:4:2a::19]]
2026-11-30T08:16:03Z INFO deploy build [[KEEP:VERSION|2026.11.30.4]] rolled out to eu-west"""),
    ("en", """\
Hi it's [[PERSON|Tomasz]] from the gym, your PT session moved to 6pm. Text back on [[PHONE|07700 900 318]] if that doesn't work."""),
    ("en", """\
Please send the replacement to:
[[PERSON|Eleanor Price]]
[[ADDRESS|Flat 4, 17 Cranbrook Road, Bristol]]
[[POSTAL_CODE|BS6 7BW]]
Tel: [[PHONE|0117 496 0283]]"""),
    ("en", """\
Ship to: [[PERSON|Marcus Bell]], [[ADDRESS|2245 Oakridge Drive, Apt 3B, Columbus, OH]] [[POSTAL_CODE|43215]]. Phone [[PHONE|614-555-0119]]."""),
    ("en", """\
Delivery address: [[ADDRESS|Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru]] - [[POSTAL_CODE|560038]]. Contact: [[PERSON|Lakshmi Narayanan]] ([[PHONE|+91 80 4123 7765]])."""),
    ("en", """\
Hey [[PERSON|Noemi]], for the flat share, here's my Swiss account: [[BANK_ACCOUNT|CH91 8817 7430 3373 7337 3]] (PostFinance, [[BANK_ACCOUNT|POFICHBEXXX]]). Twint also works on [[PHONE|076 512 38 44]].
[[PERSON|Luca]]"""),
    ("en", """\
Brussels office reception: [[PHONE|02 512 34 78]]. [[PERSON|Pieter Claes]] is on his mobile, [[PHONE|0478 21 93 55]], until Thursday."""),
    ("en", """\
Vienna contact for the trade fair: [[PERSON|Florian Huber]], [[PHONE|0664 2837165]], office [[PHONE|01 532 18 40]]."""),
    ("en", """\
Our Kuala Lumpur rep is [[PERSON|Nur Izzati binti Rahman]] - mobile [[PHONE|012-418 2735]], office [[PHONE|03-2141 8860]]. The Singapore desk is [[PHONE|+65 6225 1937]]."""),
    ("en", """\
Jakarta visit: meet [[PERSON|Budi Santoso]] (WA [[PHONE|0812-8841-2093]], office [[PHONE|(021) 5790 3318]]) on Tuesday and [[PERSON|Dewi Anggraini]] ([[PHONE|+62 813 1922 4806]]) on Wednesday."""),
    ("en", """\
Our Amman partner, [[PERSON|Rania Al-Khatib]], will host the workshop in Jordan next spring. Her colleague [[PERSON|Omar Haddadin]] can be reached on [[PHONE|079 551 2384]] (Jordanian mobile) or [[PHONE|+962 6 552 1907]] (office)."""),
    ("en", """\
Scholarship shortlist: [[PERSON|Meseret Tadesse]] (Ethiopia), [[PERSON|Thandiwe Nkosi]] (South Africa), [[PERSON|Kofi Asamoah]] (Ghana), [[PERSON|Amina Bello]] (Nigeria), [[PERSON|Neema Mushi]] (Tanzania). Interviews will be run by Dr [[PERSON|Yaw Owusu]]; contact [[EMAIL|y.owusu@example.edu.gh]]."""),
    ("en", """\
WhatsApp group export:
[12/1/26, 9:02 AM] [[PERSON|Aminu Garba]]: Good morning all
[12/1/26, 9:05 AM] [[PERSON|Blessing Eze]]: Morning! [[PERSON|Tunde]], did you get the supplier's number?
[12/1/26, 9:07 AM] [[PERSON|Tunde Bakare]]: Yes, it's [[PHONE|0706 118 4492]], ask for [[PERSON|Chidinma]]
[12/1/26, 9:10 AM] [[PERSON|Aminu Garba]]: Thanks 🙏"""),
    ("en", """\
Hi [[PERSON|Hope]], I hope you're well! [[PERSON|Faith Mwangi]] said you might have space on the Saturday shift. Let me know.
- [[PERSON|Precious]]"""),
    ("en", """\
[[PERSON|Will]] will call you tomorrow about the lease. If you need him sooner, his number is [[PHONE|07700 900 742]].
[[PERSON|Rose]]"""),
    ("en", """\
Please mark the invoice as paid. [[PERSON|Mark Ellison]] approved it this morning, and [[PERSON|Bill Carter]] will file the bill with accounts."""),
    ("en", """\
[[PERSON|April Summers]] starts in June; [[PERSON|June Park]] leaves in April. [[PERSON|May]] will cover the front desk until then."""),
    ("en", """\
Subject: Re: Fwd: onboarding docs for the Lisbon contractor

Hi [[PERSON|Sanjay]],

Sorry for the delay - I was out sick. Answers inline below.

> What's her full name for the contract?
[[PERSON|Inês Carvalho Duarte]]. She goes by [[PERSON|Inês]].

> Payment details?
[[BANK_ACCOUNT|PT44 0488 1223 6370 1354 4362 6]], BIC [[BANK_ACCOUNT|BESCPTPL]]. Please double-check the IBAN with her before the first run; last time payroll typed PT50 instead of PT44.

> Phone?
Mobile [[PHONE|912 804 337]] (Portuguese number, she's usually on it after 10am Lisbon time).

Her laptop asset tag is [[KEEP:ASSET|LT-2026-0413]] and the purchase order was [[KEEP:ORDER|PO-7781209]].

Cheers,
[[PERSON|Mei Lin]]"""),
    ("en", """\
id,name,email,phone,country
1001,[[PERSON|Nikolai Sokolov]],[[EMAIL|nikolai.sokolov@example.ru]],[[PHONE|+7 916 284-55-13]],RU
1002,[[PERSON|Ayşe Demir]],[[EMAIL|ayse.demir@example.com.tr]],[[PHONE|+90 533 712 40 86]],TR
1003,[[PERSON|Nomvula Khumalo]],[[EMAIL|nomvula.k@example.co.za]],[[PHONE|+27 21 480 3317]],ZA
1004,[[PERSON|Lucas Oliveira]],[[EMAIL|lucas.oliveira@example.com.br]],[[PHONE|+55 31 99812-4406]],BR"""),
]

# --- batch E: precision (name-like words that are not persons) and common-word names ----------
TEXTS += [
    ("en", """\
Trip plan: we're flying into Jordan via Istanbul, then driving down to Petra. The rental is a Mercedes, pick-up at Queen Alia Airport. Back in London we'll meet at Victoria station and take the Elizabeth line to Heathrow."""),
    ("en", """\
Q3 fleet report: 12 Ford Transits, 4 Tesla Model Ys and 2 Lincoln Navigators. The Lincoln depot reports the Jaguar I-Pace is back from service. The Chevrolet in Austin needs new tyres before Christmas."""),
    ("en", """\
Coffee run: two from Tim Hortons, one Dr Pepper, and a McDonald's bag for the interns (Wendy's is closed on Sundays). For the holiday hamper: Jack Daniel's, Johnnie Walker and a Marks & Spencer pudding."""),
    ("en", """\
Conference venue shortlist: Florence (Palazzo Vecchio), the Adelaide Convention Centre, a lodge near Victoria Falls, the Georgia World Congress Center in Atlanta, and the Sofia Event Center. Avoid Santiago in August - it's winter there."""),
    ("en", """\
Portfolio update: trimmed Morgan Stanley and Goldman Sachs, added Johnson & Johnson and Philips. Dell and Hewlett Packard were flat. The Ernst & Young audit is due in March, and Lloyds reports on Thursday."""),
    ("en", """\
Release notes 5.0: codename "Victoria" replaces "Chelsea". The Hamilton scheduler now runs on Darwin kernels and feeds the Florence dashboard. Thanks to the Apache, Django and Jenkins communities for the fixes."""),
    ("en", """\
Weekend results: Chelsea beat Everton 2-1 at Stamford Bridge, Jordan qualified for the Asian Cup final, and the Boston Celtics lost at Madison Square Garden. Next up: Arsenal v Aston Villa."""),
    ("en", """\
Hi [[PERSON|Paris]], the Paris office has moved to rue La Fayette. [[PERSON|Florence]] is back from Florence, Alabama, and [[PERSON|Georgia Mills]] says hi from Savannah, Georgia."""),
    ("en", """\
Directions: meet at the corner of Martin Luther King Jr Blvd and Lincoln Avenue, next to the Wells Fargo branch and opposite St. Patrick's Cathedral. Parking is in the Hamilton Place garage."""),
    ("en", """\
Merch calendar: the Summer and Autumn collections launch in May; August is reserved for the Faith & Family retreat line; the grace period on wholesale invoices ends in June. Sunny-day promos run through July."""),
    ("ja", """\
今日はトヨタの豊田市の工場を見学し、その後ホンダのショールームへ。スズキのスイフトとマツダのロードスターを試乗しました。帰りに吉野家で昼食、伊藤園のお茶を買って新幹線で帰京。"""),
    ("ja", """\
買い物メモ：森永のチョコ、明治のミルク、山崎のパン、亀田の柿の種。あと無印で収納ボックス、ニトリでカーテン。"""),
    ("ja", """\
今週の株価チェック：三井住友、野村證券、松井証券、岩崎電気。本田技研は木曜に決算発表、日立と東芝は来週。"""),
    ("ja", """\
明日は小田原から藤沢、鎌倉を回って、最後に大宮と高崎に寄ります。時間があれば松本城と諏訪湖も見たいです。"""),
    ("ja", """\
[[PERSON|松本]]さんは松本市の出身で、[[PERSON|豊田]]さんはトヨタ勤務ではありません。[[PERSON|本田 真司]]さんはホンダのバイクが大好きです。"""),
    ("ja", """\
新作のドラえもんグッズとピカチュウのぬいぐるみ、キティちゃんのポーチが入荷しました！ポーチのJANコードは[[KEEP:JAN|4963946018583]]です。"""),
    ("ja", """\
乗り換え案内：渋谷で半蔵門線に乗り換え、九段下、神保町を経て押上へ。帰りは山手線で新宿・池袋方面。明治神宮前で降りると近いです。"""),
    ("en", """\
We compared the Suzuki Jimny, Toyota Yaris and Honda Fit, picked up Kikkoman soy sauce and Kewpie mayo at the Mitsukoshi food hall, and ordered a Yamaha piano from the Shibuya store."""),
    ("en", """\
lol we're stuck at charlotte airport, flight to austin delayed again. might just drive to raleigh. air jordans on sale in the duty free tho 🔥"""),
    ("ja", """\
AmazonのKindleとAppleのiPadを比較中。Sonyのヘッドホンはビックカメラ有楽町店で試聴、帰りにマクドナルドとスターバックスに寄りました。"""),
    ("en", """\
The weather's sunny today, so [[PERSON|Sky]] and [[PERSON|River Thompson]] are taking the kids down to the river. Back by six."""),
    ("en", """\
Welcome our new hires: [[PERSON|Hunter Chase]] will chase overdue accounts, and [[PERSON|Amber Lake]] joins the amber-alert on-call rota. Say hi to [[PERSON|Joy Nwachukwu]] as well - she brings joy to every stand-up."""),
    ("ja", """\
[[PERSON|空]]くん、今日は空がきれいだね。[[PERSON|海]]ちゃんと一緒に海へ行こう！と[[PERSON|愛]]先生が言いました。"""),
    ("ja", """\
「[[PERSON|希]]」という名前の由来は希望の希です。[[PERSON|翼]]は兄、[[PERSON|誠]]は父の名前から一字もらいました。"""),
]

# --- batch F: Japanese long / messy texts, forms, full-width, more codes ------------------------
TEXTS += [
    ("ja", """\
#cs-escalation
[10:02] [[PERSON|田中 恵]]: お客様から電話あり。[[PERSON|ヤマモト]]様、[[PHONE|090-5120-7738]]、注文番号[[KEEP:ORDER|226684716490]]の件
[10:03] [[PERSON|田中 恵]]: 12桁だけどマイナンバーじゃなくて注文番号ですｗ
[10:05] [[PERSON|Ravi Subramanian]]: ok I'll check. is the customer's email [[EMAIL|yamamoto.h@example.jp]]?
[10:06] [[PERSON|田中 恵]]: そうです！
[10:15] [[PERSON|Ravi Subramanian]]: refund approved. JAN [[KEEP:JAN|4960706014618]] is out of stock so we can't exchange"""),
    ("ja", """\
2026/12/02 欧州事業 定例
参加：[[PERSON|三浦]]（議事）、[[PERSON|Lena Fischer]]（ミュンヘン）、[[PERSON|Pierre Dubois]]（リヨン）、[[PERSON|小野寺]]
1. 代理店手数料の振込先変更
　[[PERSON|Lena]]さんの新口座：[[BANK_ACCOUNT|DE79 6209 6654 2870 7229 71]]（BIC [[BANK_ACCOUNT|HYVEDEMMXXX]]）
　[[PERSON|Pierre]]さん：変更なし（[[BANK_ACCOUNT|FR3588883481371811614767620]]）
2. ミュンヘン事務所の電話が[[PHONE|089 99998 214]]に変更
3. 次回は1/13、[[PERSON|小野寺]]さんが議事担当"""),
    ("ja", """\
確定申告サポート依頼
依頼者：[[PERSON|石田 浩二]]（自営業）
個人番号：[[MY_NUMBER|2479 6844 5788]]
還付金受取口座：ゆうちょ銀行 記号番号 [[BANK_ACCOUNT|12140-38291047]]
連絡先：[[PHONE|080-2291-6054]]
備考：前年は[[PERSON|石田 由香]]（妻）の扶養"""),
    ("ja", """\
紹介状
[[PERSON|大橋 誠一]] 先生 御侍史
患者氏名：[[PERSON|岩田 智子]] 様（52歳）
上記の患者様について、精査をお願いしたくご紹介申し上げます。
みたか内科クリニック　院長 [[PERSON|吉岡 修平]]
TEL [[PHONE|0422-51-8836]]"""),
    ("ja", """\
[[PERSON|Mika]]：今日の飲み会、[[PERSON|yusuke]]くん来る？
[[PERSON|Yusuke Mori]]：行く行く！19時に新橋のSL広場ね🍺
[[PERSON|Mika]]：了解〜 お店の番号 [[PHONE|03-3591-4476]] 念のため"""),
    ("ja", """\
ダイナースカード番号：[[CREDIT_CARD|3622 720627 1667]]　会員名：[[PERSON|KOJI MURATA]]　※ご本人確認のため、生年月日を伺いました。"""),
    ("ja", """\
入居申込書
申込者：[[PERSON|中山 美緒]]
現住所：〒[[POSTAL_CODE|273-0005]] [[ADDRESS|千葉県船橋市本町4-31-7 グランハイツ船橋305号]]
携帯：[[PHONE|080-9912-3376]]
勤務先：株式会社エムティーシステム（[[PHONE|03-6435-2218]]）
緊急連絡先：[[PERSON|中山 俊夫]]（父）[[PHONE|0463-22-5817]]"""),
    ("ja", """\
ＦＡＸ送信票
宛先：株式会社ホクト精機　購買部　[[PERSON|桑原]]様
送信元：[[PERSON|新井　孝]]
ＦＡＸ：[[PHONE|０２７－３２２－４４８１]]
ＴＥＬ：[[PHONE|０２７－３２２－４４８０]]
枚数：３枚（本票含む）
件名：見積書（品番 [[KEEP:SKU|ＨＳ－２２０－Ｂ]]）"""),
    ("ja", """\
お荷物のお届けにあがりましたが、ご不在のため持ち帰りました。問い合わせ番号[[KEEP:TRACKING|3594-7449-3825]]。再配達のご依頼はドライバー携帯[[PHONE|080-6732-1190]]まで。"""),
    ("ja", """\
客注票
お客様：[[PERSON|西田]]様　TEL [[PHONE|06-6251-3092]]
書名：『はじめての盆栽』 ISBN[[KEEP:ISBN|978-4-555-82775-6]]
書名：『北欧の刺繍図案集』 ISBN[[KEEP:ISBN|4-369-13587-7]]
入荷連絡：電話希望"""),
    ("ja", """\
参加登録一覧
No.1 [[PERSON|Hiroko Tsuchiya]]（東北大学）
No.2 [[PERSON|Arjun Mehta]]（IIT Bombay）
No.3 [[PERSON|Nkechi Nwosu]]（University of Lagos）
No.4 [[PERSON|Bui Thi Thu Trang]]（Hanoi University of Science）
No.5 [[PERSON|Mehmet Öztürk]]（Boğaziçi University）
No.6 [[PERSON|Sadia Rahman]]（BRAC University）
問合せ：学会事務局 [[EMAIL|jimukyoku@gakkai.example.or.jp]]"""),
    ("ja", """\
留学生名簿（抜粋）
[[PERSON|李 秀英]]（[[PERSON|Lee Su-young]]）
[[PERSON|張 浩]]（[[PERSON|Zhang Hao]]）
[[PERSON|박도윤]]（[[PERSON|Park Do-yoon]]）"""),
    ("ja", """\
深圳の工場：[[PHONE|0755-8663 2107]]、担当の[[PERSON|黄]]さんの携帯は[[PHONE|+86 135 1029 7746]]です。"""),
    ("ja", """\
シドニーのホームステイ先：[[PERSON|Thompson]]家 [[PHONE|+61 2 5550 8814]]、ホストマザーの[[PERSON|Karen Thompson]]さんの携帯は[[PHONE|0491 571 266]]。"""),
    ("ja", """\
ハンブルクの取引先 [[PERSON|Fischer]]氏 [[PHONE|040 66969 213]]、パリの事務所 [[PHONE|+33 1 99 00 58 14]]、パリ担当 [[PERSON|Camille Girard]]さんの携帯 [[PHONE|06 39 98 71 05]]"""),
    ("ja", """\
外国送金依頼書（下書き）
受取人名：[[PERSON|Emma Johansson]]
受取人口座（IBAN）：[[BANK_ACCOUNT|SE3624168048460520087229]]
受取銀行SWIFT：[[BANK_ACCOUNT|ESSESESS]]
送金目的：留学費用
依頼人：[[PERSON|西川 大和]]　電話 [[PHONE|042-525-6618]]"""),
    ("ja", """\
北欧出張精算
・[[PERSON|Sindre Bakke]]（オスロ）[[BANK_ACCOUNT|NO66 0333 7238 456]]
・[[PERSON|Freja Nielsen]]（コペンハーゲン）[[BANK_ACCOUNT|DK87 4716 4909 3216 97]]
・[[PERSON|Juho Mäkinen]]（ヘルシンキ）[[BANK_ACCOUNT|FI9115097379119116]]"""),
    ("ja", """\
韓国出張時の連絡先：ソウルのホテル [[PHONE|02-6958-4417]]、釜山支社 [[PHONE|051-742-3308]]、通訳の[[PERSON|チェ・ミンジ]]さん [[PHONE|010-3382-9015]]"""),
    ("ja", """\
サーバ移設作業手順
1. 旧DBサーバ（[[IP_ADDRESS|172.16.5.21]]）を停止
2. 新DBサーバ（[[IP_ADDRESS|172.16.5.42]]、IPv6 [[IP_ADDRESS|2001:db8:a0b:12f0::3]]）で起動確認
3. アプリの接続先を変更（バージョン[[KEEP:VERSION|3.12.0.1]]以降で対応）
作業者：[[PERSON|岡本]]、確認者：[[PERSON|Nguyen Van Duc]]"""),
    ("ja", """\
取引先マスタ更新
・株式会社アサヒ文具　法人番号 [[CORPORATE_NUMBER|6401109010413]]
・株式会社ツバメ製作所　法人番号 [[CORPORATE_NUMBER|2010458407873]]
主力商品のJAN：[[KEEP:JAN|4999248152960]]（アサヒ文具 ノートA5）、[[KEEP:JAN|4903727646857]]（ツバメ 爪切り）
更新者：[[PERSON|大久保]]"""),
    ("ja", """\
領収書
[[PERSON|加藤 浩之]] 様
金額 ￥8,800（税込）
但し 飲食代として
株式会社こまち食堂
登録番号 T[[CORPORATE_NUMBER|1401124852116]]
TEL [[PHONE|018-833-2764]]"""),
    ("ja", """\
商品名,JAN,入数
国産はちみつ 300g,[[KEEP:JAN|4940036927918]],12
減塩しょうゆ 1L,[[KEEP:JAN|4940521752582]],6
もち麦ごはん,[[KEEP:JAN|4953481505136]],24
有機緑茶 ティーバッグ,[[KEEP:JAN|4948618327149]],10"""),
    ("ja", """\
EC出品データ確認
商品コード：[[KEEP:JAN|4561827445932]]（アロマディフューザー）
商品コード：[[KEEP:JAN|4522237309948]]（加湿器 3L）
商品コード：[[KEEP:JAN|4542899718889]]（電気毛布）
担当：EC課 [[PERSON|吉村]]"""),
    ("ja", """\
[[PERSON|福島 康介]]様の扶養親族
・[[PERSON|福島 玲奈]]（長女）個人番号 [[MY_NUMBER|687605524201]]
・[[PERSON|福島 陽斗]]（長男）個人番号 [[MY_NUMBER|721350402755]]
※番号は本人確認書類と照合済み"""),
    ("ja", """\
[[PERSON|Kate]]さん、注文番号 [[KEEP:ORDER|30174487906387]] の出荷が遅れています。Could you check with the warehouse? 倉庫担当は[[PERSON|Ramón Castillo]]さんです（[[EMAIL|r.castillo@example.mx]]）。"""),
    ("ja", """\
ご応募ありがとうございます。受付番号：[[KEEP:RECEIPT|5826165555130]]
当選発表は賞品の発送をもって代えさせていただきます。
キャンペーン事務局 [[PHONE|0570-011-532]]"""),
    ("ja", """\
電気料金のお知らせ
請求書番号：[[KEEP:INVOICE|734028585210664365]]
ご契約名義：[[PERSON|長野 正人]] 様
ご使用量：312kWh
ご請求額：9,846円"""),
    ("ja", """\
【引き継ぎメモ】[[PERSON|小池]]→[[PERSON|新田]]

■顧客：シンガポールのTan & Lim Trading
　窓口は[[PERSON|Lim Boon Keat]]さん（[[EMAIL|bk.lim@tanlim.example.sg]]）。電話は[[PHONE|+65 6438 2291]]、急ぎのときは携帯[[PHONE|9734 1825]]。

■顧客：大阪の[[PERSON|宮田]]様（個人）
　請求書送付先：〒[[POSTAL_CODE|542-0081]] [[ADDRESS|大阪市中央区南船場3-7-15-801]]
　支払いはカード（[[CREDIT_CARD|4000 0025 0000 3155]]）→3Dセキュア必須

■その他
　・見本品のJAN：[[KEEP:JAN|4523813918295]]
　・旧サーバ[[IP_ADDRESS|10.0.12.7]]は12/20停止

不明点は携帯（[[PHONE|090-2645-8831]]）へ。"""),
    ("ja", """\
お問い合わせフォーム
お名前：[[PERSON|ハヤシ　ケンタ]]
メールアドレス：[[EMAIL|ｋｅｎｔａ．ｈａｙａｓｈｉ＠ｅｘａｍｐｌｅ．ｎｅｔ]]
電話番号：[[PHONE|０９０ ４４１７ ２６６８]]
お問い合わせ内容：ＪＡＮコード [[KEEP:JAN|４５０４１３４７０５６０３]] の商品の在庫はありますか？"""),
    ("ja", """\
振込依頼
振込先：ＰａｙＰａｙ銀行　ビジネス営業部（店番００３）
普通　[[BANK_ACCOUNT|５８２０１９４]]
受取人：[[PERSON|ﾔﾏｸﾞﾁ ﾕｳｽｹ]]
金額：３２，０００円"""),
    ("ja", """\
群馬県大泉町の[[PERSON|Fernando Takahashi]]さん（日系ブラジル人）から電話。ポルトガル語対応希望。折り返し先[[PHONE|0276-62-1947]]、または携帯[[PHONE|080-1536-4420]]。ブラジルのご家族：[[PHONE|+55 11 97231-5586]]"""),
    ("ja", """\
[[PERSON|Sato Haruki]]様、[[PERSON|Kobayashi Rin]]様
本日はご来社いただきありがとうございました。資料は後ほど[[PERSON|田島]]よりお送りします。"""),
    ("ja", """\
ヤマト運輸 送り状番号 [[KEEP:TRACKING|6614-7015-5721]]
日本郵便 追跡番号 [[KEEP:TRACKING|1148-2290-3316]]
どちらも本日発送済みです。受取人：[[PERSON|高木 里奈]]様"""),
    ("ja", """\
会員登録完了のお知らせ
[[PERSON|ひらの まこと]] 様
会員番号：[[KEEP:MEMBER|293216974279]]
ご登録メールアドレス：[[EMAIL|makoto_h@example.ne.jp]]
※会員番号は12桁です。マイナンバーとは関係ありません。"""),
    ("ja", """\
来月の研修講師はインド・デリーの[[PERSON|Neha Kapoor]]博士です。事前の質問は[[EMAIL|neha.kapoor@example.in]]へ。現地オフィス：[[PHONE|011 4105 6732]]、日本滞在中の携帯：[[PHONE|070-2846-1153]]"""),
]

# --- batch G: English long threads, more countries, payment logs, common-word names -----------
TEXTS += [
    ("en", """\
Ticket #88412 [Priority: High]

--- Customer wrote (Mon 09:14) ---
hi this is [[PERSON|ifeoma chukwu]]. i was charged twice for order [[KEEP:ORDER|4776 2768 7674 6769]] !!! thats the ORDER number not my card lol. my card is the one ending 0077.
call me [[PHONE|+44 7700 900 615]]

--- Agent [[PERSON|Rhys Morgan]] (Mon 09:40) ---
Hi [[PERSON|Ifeoma]], sorry about that. I can see two authorisations from [[IP_ADDRESS|203.0.113.9]]. One of them will drop off within 5 working days.

--- Customer wrote (Mon 10:02) ---
ok but i need the money now. can you refund to my bank instead? [[BANK_ACCOUNT|GB02 HBUK 3989 2109 3680 06]]

--- Internal note ([[PERSON|Rhys]]) ---
We can't refund to a different instrument. Escalated to payments ([[EMAIL|payments-team@example.co.uk]])."""),
    ("en", """\
Reminder: [[PERSON|Matilda]] has a dental check-up with Dr [[PERSON|Anand Pillai]] on Tue 9 Dec at 3:40pm, Bondi Junction Dental. To reschedule call [[PHONE|(02) 5550 7719]]. Reply STOP to opt out."""),
    ("en", """\
Congratulations to [[PERSON|Destiny Okeke]], [[PERSON|Harmony Li]] and [[PERSON|Justice Boateng]] on their maths awards. [[PERSON|Justice]] also captained the debate team, which argued for criminal justice reform. Parents: the Christmas fair is on Friday."""),
    ("en", """\
Viewing slots for the 3-bed semi in Rathmines: contact the agent, [[PERSON|Ciarán Ó Briain]], on [[PHONE|087 214 9930]] or the Dublin office on [[PHONE|(01) 496 2270]]. Email [[EMAIL|ciaran@homes-dublin.example.ie]]."""),
    ("en", """\
Freelancer payments - December
[[PERSON|Ana Kovačević]] (Split) [[BANK_ACCOUNT|HR1242443992481529630]]
[[PERSON|Jure Novak]] (Ljubljana) [[BANK_ACCOUNT|SI74 3727 6468 5740 057]]
[[PERSON|Andrei Popescu]] (Cluj) [[BANK_ACCOUNT|RO90 INGB 9971 3011 1695 9901]]
[[PERSON|Rasa Kazlauskienė]] (Vilnius) [[BANK_ACCOUNT|LT264593164387941619]]
[[PERSON|Kristjan Tamm]] (Tallinn) [[BANK_ACCOUNT|EE56 1190 5491 9056 5112]]"""),
    ("en", """\
Refunds queue:
- [[PERSON|Guðrún Sigurðardóttir]] - [[BANK_ACCOUNT|IS09 1855 3530 9159 0228 3529 75]]
- [[PERSON|Joseph Borg]] - [[BANK_ACCOUNT|MT55MALT51942881774303373733733]]
- [[PERSON|Stoyan Angelov]] - [[BANK_ACCOUNT|BG96 BNBG 0628 7438 4664 08]], BIC [[BANK_ACCOUNT|BNBGBGSD]]"""),
    ("en", """\
Hoi! Splitting the Airbnb: [[PERSON|Femke Visser]] paid EUR 840 up front. Send your share to [[BANK_ACCOUNT|NL98INGB2636957127]] (the payment link expired). [[PERSON|Bram]] already paid from [[BANK_ACCOUNT|BE88 9573 7791 4837]]."""),
    ("en", """\
Vendor onboarding - Lahore
Contact: [[PERSON|Usman Tariq]]
Mobile: [[PHONE|0333 5128746]]
Office: [[PHONE|042 3587 1190]]
International: [[PHONE|+92 321 8846 207]]
IBAN: [[BANK_ACCOUNT|PK67 MEZN 9087 2091 1239 0269]]"""),
    ("en", """\
Hi [[PERSON|Maryam Al-Kuwari]], your transfer to [[BANK_ACCOUNT|QA82QNBA113765768860397102242]] has been scheduled. For the Amman supplier, [[PERSON|Yousef Nasser]], we will use [[BANK_ACCOUNT|JO76 CBJO 3584 3181 0125 9325 8050 85]]. The Kuwait payee, [[PERSON|Abdulrahman Al-Sabah]], has [[BANK_ACCOUNT|KW11NBOK3840575454837247121681]]."""),
    ("en", """\
Donation received from [[PERSON|Olena Kovalenko]] (Lviv), IBAN [[BANK_ACCOUNT|UA67 2512 1563 9075 4220 4588 1451 1]]. A second gift came from [[PERSON|Noa Ben-David]] in Haifa, [[BANK_ACCOUNT|IL157173269577243674676]], and one from [[PERSON|Karim Mostafa]], Alexandria, [[BANK_ACCOUNT|EG61 1071 1330 4859 7571 8491 1979 3]]."""),
    ("en", """\
Payout for the São Paulo workshop: [[PERSON|Thiago Nascimento]], [[BANK_ACCOUNT|BR18 5630 4048 9112 5806 0021 477C 1]]. He says PIX is faster - his PIX key is his phone, [[PHONE|+55 21 99654-3310]]."""),
    ("en", """\
Shipping label
To: Ms [[PERSON|Aiko Fujimoto]]
[[ADDRESS|3-14-2 Kichijoji Honcho, Musashino-shi, Tokyo]] [[POSTAL_CODE|180-0004]], Japan
Tel: [[PHONE|+81 422-20-5513]]
Contents: books (ISBN [[KEEP:ISBN|978-0-19-385233-4]], ISBN [[KEEP:ISBN|0-243-09373-X]])"""),
    ("en", """\
Booking reference [[KEEP:BOOKING|375192966603112]] - please quote this, not your card number, when calling [[PHONE|+44 161 496 0853]]. Lead traveller: [[PERSON|Zainab Hussain]]."""),
    ("en", """\
Return authorisation number: [[KEEP:RMA|3517 6002 4705 6473]]
Please write it on the outside of the box. Item: wireless router (barcode [[KEEP:EAN|5009321697420]]).
Drop it at any post office; the label is prepaid."""),
    ("en", """\
hostname,ip,owner,serial
lt-0412,[[IP_ADDRESS|10.20.4.12]],[[PERSON|Oksana Melnyk]],[[KEEP:SERIAL|C02XK1ZZJG5H]]
lt-0413,[[IP_ADDRESS|10.20.4.13]],[[PERSON|Diego Fuentes]],[[KEEP:SERIAL|C02YL7AAKH3N]]
srv-db1,[[IP_ADDRESS|2001:db8:100::21]],infra-team,[[KEEP:SERIAL|SGH814XK2V]]"""),
    ("en", """\
2026-12-01 11:02:13 txn=8841 pan=[[CREDIT_CARD|6759649826438453]] brand=maestro status=ok
2026-12-01 11:02:19 txn=8842 pan=[[CREDIT_CARD|6200000000000005]] brand=unionpay status=ok
2026-12-01 11:02:31 txn=8843 pan=[[CREDIT_CARD|38520000023237]] brand=diners status=declined
# TODO: PAN must never be logged in clear - ticket SEC-219"""),
    ("en", """\
Emergency numbers for the Kenya trip: the hotel in Nairobi [[PHONE|020 271 5834]], our driver [[PERSON|Kiprono]] on [[PHONE|0798 552 013]], and the tour office in Mombasa [[PHONE|+254 41 231 4470]]."""),
    ("en", """\
Cape Town office: [[PHONE|021 418 2290]]; Johannesburg: [[PHONE|011 325 6614]]; after hours, [[PERSON|Lerato Mokoena]] on [[PHONE|073 882 1457]]."""),
    ("en", """\
Kia ora [[PERSON|Aroha]], the Auckland venue number is [[PHONE|(09) 379 4412]] and [[PERSON|Tama Ngata]]'s mobile is [[PHONE|021 845 337]]. From overseas the venue is [[PHONE|+64 9 379 4413]]."""),
    ("en", """\
Contacts - Córdoba office: [[PERSON|Martina Sosa]], WhatsApp [[PHONE|+54 9 351 612-4478]]; Buenos Aires desk [[PHONE|011 5217-3390]]."""),
    ("en", """\
Contacts (Moscow): [[PERSON|Dmitri Volkov]] [[PHONE|8 916 438-21-07]], [[PERSON|Yekaterina Smirnova]] [[PHONE|+7 495 987-65-32]]."""),
    ("en", """\
thanks all, talk tomorrow!

--
[[PERSON|amara nwosu]] | product design
m: [[PHONE|+234 803 918 2240]]
e: [[EMAIL|amara@studio-n.example.com]]
sent from my phone, pls excuse typos"""),
    ("en", """\
I want to raise a concern about the night shift. [[PERSON|Kelechi]] and [[PERSON|Bongani]] have been covering for [[PERSON|Victoria]] since October, and nobody at the Victoria depot has thanked them. The Mercedes vans are also overdue for a service.
- [[PERSON|Hamza Iqbal]]"""),
    ("en", """\
[[PERSON|arjun]]: who owns the staging box at [[IP_ADDRESS|10.8.0.23]]?
[[PERSON|li wei]]: me. it moved to [[IP_ADDRESS|2001:db8:cafe::17]] last week
[[PERSON|arjun]]: ok, updating the runbook"""),
    ("en", """\
Harambee fundraiser: thanks to [[PERSON|Mwanaisha Juma]], [[PERSON|Jabari Kiprotich]] and [[PERSON|Zawadi Mollel]]. The M-Pesa till closes on Sunday. Questions: [[PHONE|0723 491 608]]."""),
    ("en", """\
To whom it may concern,
I supervised Ms [[PERSON|Nokuthula Zungu]] at the Durban clinic for two years. Ms [[PERSON|Zungu]] was reliable and kind with patients.
Dr [[PERSON|Themba Ndlovu]]
[[EMAIL|t.ndlovu@example.org.za]] | [[PHONE|031 201 7745]]"""),
    ("en", """\
name,phone,city
[[PERSON|José Luis Ramírez]],[[PHONE|55 2918 4406]],Mexico City
[[PERSON|Ximena Torres]],[[PHONE|+52 33 3617 2290]],Guadalajara
[[PERSON|Andrés Felipe Castaño]],[[PHONE|+57 301 445 9821]],Medellín
[[PERSON|Paola Benítez]],[[PHONE|0981 442 315]],Asunción"""),
    ("en", """\
INVOICE #2026-044
From: [[PERSON|Agnieszka Lewandowska]], freelance translator, Gdańsk
To: Northwind Localisation Ltd
Translation PL>EN, 12,400 words - PLN 4,960.00
Bank: [[BANK_ACCOUNT|PL21 5601 5210 1483 9834 5330 3559]] / SWIFT [[BANK_ACCOUNT|BPKOPLPW]]
Phone: [[PHONE|58 320 44 17]]"""),
    ("en", """\
Hola [[PERSON|Nerea]]! Bizum me on [[PHONE|644 218 903]] or transfer to [[BANK_ACCOUNT|ES94 8588 5779 7189 2608 8876]] for the concert tickets.
[[PERSON|Iker]]"""),
    ("en", """\
Tenant: [[PERSON|Mathilde Rousseau]], tel. [[PHONE|02 61 91 33 48]] (Nantes). Rent is paid from [[BANK_ACCOUNT|FR69 9260 8887 6319 1151 9143 224]] on the 5th of each month."""),
    ("en", """\
Parents' evening contacts: form tutor Mrs [[PERSON|Adaeze Okonjo]] ([[PHONE|0121 496 0534]]), head of year Mr [[PERSON|Gareth Llewellyn]] ([[PHONE|0113 496 0921]])."""),
    ("en", """\
Booking - Rome: [[PERSON|Francesca Esposito]], [[PHONE|333 761 2048]], deposit via [[BANK_ACCOUNT|IT50 Z319 1151 9143 2242 9935 021]]. Check-in after 3pm, the keys are at the Trattoria Da Enzo next door."""),
    ("en", """\
Card vault migration - test PANs only
[[CREDIT_CARD|4111-1111-1111-1111]] visa
[[CREDIT_CARD|5425 2334 3010 9903]] mastercard
[[CREDIT_CARD|2222 4200 0000 1113]] mastercard 2-series
[[CREDIT_CARD|3787 344936 71000]] amex
[[CREDIT_CARD|6011 9811 1111 1113]] discover
[[CREDIT_CARD|3566 1111 1111 1113]] jcb
[[CREDIT_CARD|4917 6100 0000 0000 003]] visa electron (19)
[[CREDIT_CARD|6799 9901 0000 0000 019]] maestro (19)
Owner of this checklist: [[PERSON|Priyanka Bose]]"""),
    ("en", """\
Warehouse pick list #PL-55102
1. Green tea 100g, JAN [[KEEP:JAN|4943952456463]], bin A-12
2. Rice crackers, JAN [[KEEP:JAN|4927056463060]], bin A-14
3. Miso soup 10 pack, JAN [[KEEP:JAN|4999779890003]], bin B-02
4. Swiss chocolate, EAN [[KEEP:EAN|7680731121040]], bin C-07
5. Belgian waffles, EAN [[KEEP:EAN|5473918689332]], bin C-09
Picker: [[PERSON|Sunil Thapa]]"""),
    ("en", """\
Order numbers that look like card numbers keep getting masked in the helpdesk. Examples from this week: [[KEEP:ORDER|4323446256621969]], [[KEEP:ORDER|5749347407784073]], [[KEEP:ORDER|5233850339231470]] and [[KEEP:ORDER|6926726972495079]] - all ORDER numbers from the web shop, none of them are cards. Reported by [[PERSON|Efua Mensah]]."""),
]

# --- batch H: more Japanese ------------------------------------------------------------------
TEXTS += [
    ("ja", """\
[[PERSON|新井]]さん、マイナンバーをメールで送るのはNGです！さっきの「[[MY_NUMBER|539406377390]]」はすぐ削除してください。提出は専用フォームからお願いします。
情報システム部 [[PERSON|菊地]]"""),
    ("ja", """\
件名：【共有】12月イベント出店準備

みなさま

[[PERSON|藤原]]です。出店準備の共有です。長文すみません。

①出店者情報
　代表：[[PERSON|藤原 さやか]]（[[PHONE|090-8172-5530]]）
　副代表：[[PERSON|Olivia Brown]]さん（英語のみ、[[EMAIL|olivia.brown@example.com]]）

②販売商品
　・手作りジャム 3種（JAN [[KEEP:JAN|4962940250883]] / [[KEEP:JAN|4910443252415]] / [[KEEP:JAN|4968048460520]]）
　・絵本『ちいさなきつね』ISBN [[KEEP:ISBN|978-4-651-60664-4]]

③出店料の振込
　主催者口座：北洋銀行 札幌駅前支店 普通 [[BANK_ACCOUNT|4402917]]
　名義：さっぽろ冬市実行委員会
　※[[PERSON|Olivia]]さんの分も私宛てでまとめて領収書が発行されます。

④当日の連絡
　会場の管理事務所：[[PHONE|011-222-8106]]
　雨天時は[[PERSON|菅野]]さんからLINEで連絡があります。

以上です！"""),
    ("ja", """\
【法人番号と商品コードの取り違えに注意】
先日の請求書で、法人番号欄に商品のJANコード（[[KEEP:JAN|4900629402505]]）が記載されていました。正しい法人番号は[[CORPORATE_NUMBER|6180057013343]]です。再発行をお願いします。
経理課 [[PERSON|今井]]"""),
    ("ja", """\
【配送状況のお知らせ】
お荷物番号：[[KEEP:TRACKING|338993045834]]
お客様番号：[[KEEP:MEMBER|391868933800]]
※いずれも12桁の番号です。ご不明な点は営業所（[[PHONE|0120-58-3371]]）まで。"""),
    ("ja", """\
３年２組 連絡網
[[PERSON|あおやま はると]]（[[PHONE|０８０－３３１２－９９０４]]）→ [[PERSON|いしかわ めい]]（[[PHONE|０９０－７７４０－１１２６]]）→ [[PERSON|うえの そうた]]（[[PHONE|０７０－５５０８－３８１７]]）
※最後の方は担任の[[PERSON|岡部]]先生（学校 [[PHONE|０４８－６５２－７７３１]]）へ"""),
    ("ja", """\
新刊案内（12月）
『やさしい量子計算』ISBN[[KEEP:ISBN|978-4-89934-313-4]]　定価3,080円
『図解 物流のしくみ』ISBN[[KEEP:ISBN|978-4-8144-8920-6]]　定価1,980円
『京都 路地裏さんぽ』ISBN[[KEEP:ISBN|978-4-86633-716-6]]　定価1,650円
『ことばの森』ISBN [[KEEP:ISBN|4-944812-73-6]]　定価880円
お問い合わせ：営業部（[[PHONE|03-3814-2705]]）"""),
    ("ja", """\
海外インターン受入れ（2月）
・[[PERSON|Pasang Sherpa]]さん（ネパール・カトマンズ）携帯 [[PHONE|985-1023456]]
・[[PERSON|Tharindu Jayasuriya]]さん（スリランカ・コロンボ）[[PHONE|071 552 8093]]
・[[PERSON|Farzana Akter]]さん（バングラデシュ・ダッカ）[[PHONE|01911-207384]]
担当：[[PERSON|北村]]"""),
    ("ja", """\
メルセデス・ベンツの販売店の[[PERSON|鈴木]]さんから電話。スズキの軽自動車からの乗り換え相談の件です。折り返しは[[PHONE|048-985-2241]]、ヤナセの浦和店ではなく越谷店とのこと。"""),
    ("ja", """\
源泉徴収票（控）
支払を受ける者：[[PERSON|斎藤 美佳]]
個人番号：[[MY_NUMBER|8201 5437 6051]]
支払者：株式会社ハルカ
支払者の法人番号：[[CORPORATE_NUMBER|1011001356230]]"""),
    ("ja", """\
キャンペーン応募受付
受付番号：[[KEEP:RECEIPT|531121048146]]
お問合せ番号：[[KEEP:RECEIPT|531509737911]]
応募者：[[PERSON|Ｓａｒａｈ　Ｋｉｍ]]様
※受付番号と個人番号（マイナンバー）は異なります。"""),
    ("ja", """\
棚替えリスト（45始まりのJAN）
[[KEEP:JAN|4564964103802]] 保冷ボトル → B-3段
[[KEEP:JAN|4500782978345]] 折りたたみ傘 → C-1段
[[KEEP:JAN|4593074298788]] モバイルバッテリー → A-2段
[[KEEP:JAN|4589538900458]] LEDライト → A-4段
[[KEEP:JAN|4574312012724]] 手帳2027 → D-1段
[[KEEP:JAN|4598684148126]] マスキングテープ → D-3段"""),
    ("en", """\
EU/Gulf roadshow - international numbers (dial as written from abroad)
Berlin: [[PERSON|Jan-Hendrik Braun]] [[PHONE|+49 30 23125 690]], mobile [[PHONE|+49 171 3920045]]
Amsterdam: [[PERSON|Fleur Bakker]] [[PHONE|+31 20 794 1122]], mobile [[PHONE|+31 6 2741 8830]]
Stockholm: [[PERSON|Oskar Bergström]] [[PHONE|+46 70 174 06 61]]
Riyadh: [[PERSON|Nasser Al-Harbi]] [[PHONE|+966 11 482 7730]], mobile [[PHONE|+966 55 208 4413]]"""),
]
