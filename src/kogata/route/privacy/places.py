"""Place names that anchor addresses, postal codes and phone numbers: Japanese prefectures and major
cities, and the world's countries and large cities with their region codes."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
)
PREFECTURE_RE = "|".join(sorted(PREFECTURES, key=len, reverse=True))

PREFECTURES_ROMAJI = (
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma",
    "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano",
    "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori",
    "Shimane", "Okayama", "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga",
    "Nagasaki", "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa",
)

# Cities whose addresses are often written without the prefecture: the designated cities and Tokyo's wards.
CITIES = (
    "札幌市", "仙台市", "さいたま市", "千葉市", "横浜市", "川崎市", "相模原市", "新潟市", "静岡市", "浜松市", "名古屋市",
    "京都市", "大阪市", "堺市", "神戸市", "岡山市", "広島市", "北九州市", "福岡市", "熊本市",
    "千代田区", "中央区", "港区", "新宿区", "文京区", "台東区", "墨田区", "江東区", "品川区", "目黒区", "大田区",
    "世田谷区", "渋谷区", "中野区", "杉並区", "豊島区", "北区", "荒川区", "板橋区", "練馬区", "足立区", "葛飾区",
    "江戸川区",
)
CITY_RE = "|".join(sorted(CITIES, key=len, reverse=True))

# Names people use for a country besides the ones in libphonenumber's data.
_ALIASES = {"GB": ("UK", "Britain", "England", "Scotland", "Wales", "英国"), "US": ("USA", "U.S.", "America", "米国"),
            "KR": ("Korea", "韓国"), "AE": ("UAE",), "NL": ("Holland",), "TW": ("台湾",), "CN": ("中国",)}


@lru_cache(maxsize=1)
def world_places() -> dict[str, str]:
    """The cities of data/world_cities.tsv, the country names in English and Japanese of
    data/world_countries.tsv (libphonenumber's own), and aliases, each with its region."""
    places: dict[str, str] = {}
    for table in ("world_cities.tsv", "world_countries.tsv"):
        rows = resources.files(__package__).joinpath("data", table).read_text(encoding="utf-8")
        for line in rows.splitlines():
            if line and not line.startswith("#"):
                name, region = line.split("\t")
                places[name] = region
    for region, aliases in _ALIASES.items():
        for alias in aliases:
            places[alias] = region
    return places
