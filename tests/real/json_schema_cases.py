"""Structured-output cases for the real default chat model, as plain data.

Each case: "name", "schema" (sent as response_format.json_schema.schema), "strict", "messages"
(OpenAI chat messages) and "example" (one valid instance, for the grammar tests). Free-text
strings carry maxLength so that a small model cannot ramble inside a string up to max_tokens.
"""

SYSTEM = {"role": "system", "content": "You are a helpful assistant. Reply with JSON only."}
SYSTEM_JA = {"role": "system", "content": "あなたは役に立つアシスタントです。JSONだけで答えてください。"}


def _object(properties: dict) -> dict:
    """A strict-mode object: every property required, nothing else allowed."""
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def _text(max_length: int) -> dict:
    return {"type": "string", "maxLength": max_length}


CASES = [
    {
        "name": "person_record",
        "strict": True,
        "schema": _object({
            "name": _text(40),
            "age": {"type": "integer", "minimum": 0, "maximum": 120},
            "email": {"type": "string", "format": "email"},
        }),
        "messages": [SYSTEM, {"role": "user", "content":
                      "Make a record for Alice Smith, 34 years old, alice@example.com."}],
        "example": {"name": "Alice Smith", "age": 34, "email": "alice@example.com"},
    },
    {
        "name": "order_with_line_items",
        "strict": True,
        "schema": _object({
            "order_id": {"type": "string", "pattern": r"^ORD-\d{4}$"},
            "currency": {"type": "string", "enum": ["USD", "EUR", "JPY"]},
            "items": {
                "type": "array", "minItems": 1, "maxItems": 4,
                "items": _object({
                    "sku": _text(12),
                    "quantity": {"type": "integer", "minimum": 1, "maximum": 99},
                    "unit_price": {"type": "number", "minimum": 0, "maximum": 10000},
                }),
            },
        }),
        "messages": [SYSTEM, {"role": "user", "content":
                      "Order ORD-0042 in USD: 2 pencils (sku P-1) at 0.5 each and 1 notebook (sku N-7) at 3.25."}],
        "example": {"order_id": "ORD-0042", "currency": "USD",
                    "items": [{"sku": "P-1", "quantity": 2, "unit_price": 0.5}, {"sku": "N-7", "quantity": 1, "unit_price": 3.25}]},
    },
    {
        "name": "sentiment_enum",
        "strict": True,
        "schema": _object({"sentiment": {"type": "string", "enum": ["positive", "negative", "neutral"]}}),
        "messages": [SYSTEM, {"role": "user", "content":
                      "What is the sentiment of this review? \"I loved the food and the staff were friendly.\""}],
        "example": {"sentiment": "positive"},
    },
    {
        "name": "nested_address_ja",
        "strict": True,
        "schema": _object({
            "name": _text(20),
            "address": _object({
                "postal_code": {"type": "string", "pattern": r"^\d{3}-\d{4}$"},
                "prefecture": _text(6),
                "city": _text(10),
            }),
        }),
        "messages": [SYSTEM_JA, {"role": "user", "content": "山田太郎さんの住所は〒150-0001 東京都渋谷区です。名前と住所をJSONにしてください。"}],
        "example": {"name": "山田太郎", "address": {"postal_code": "150-0001", "prefecture": "東京都", "city": "渋谷区"}},
    },
    {
        "name": "defs_and_refs",
        "strict": True,
        "schema": {
            "$defs": {"point": _object({"x": {"type": "number"}, "y": {"type": "number"}})},
            **_object({"start": {"$ref": "#/$defs/point"}, "end": {"$ref": "#/$defs/point"}}),
        },
        "messages": [SYSTEM, {"role": "user", "content":
                      "A line goes from (0, 0) to (3, 4). Give its start and end points."}],
        "example": {"start": {"x": 0, "y": 0}, "end": {"x": 3, "y": 4}},
    },
    {
        "name": "anyof_contact",
        "strict": True,
        "schema": _object({
            "contact": {"anyOf": [
                _object({"kind": {"type": "string", "const": "email"}, "address": {"type": "string", "format": "email"}}),
                _object({"kind": {"type": "string", "const": "phone"}, "number": {"type": "string", "pattern": r"^\+?[0-9 -]{7,15}$"}}),
            ]},
        }),
        "messages": [SYSTEM, {"role": "user", "content": "Bob's phone number is +1 555 0100. Give his contact."}],
        "example": {"contact": {"kind": "phone", "number": "+1 555 0100"}},
    },
    {
        "name": "nullable_field",
        "strict": True,
        "schema": _object({
            "title": _text(50),
            "subtitle": {"type": ["string", "null"], "maxLength": 50},
            "year": {"type": ["integer", "null"], "minimum": 1400, "maximum": 2100},
        }),
        "messages": [SYSTEM, {"role": "user", "content":
                      "The book is called 'Dune'. It has no subtitle. It was published in 1965."}],
        "example": {"title": "Dune", "subtitle": None, "year": 1965},
    },
    {
        "name": "integer_ranges",
        "strict": True,
        "schema": _object({
            "rating": {"type": "integer", "minimum": 1, "maximum": 5},
            "temperature_c": {"type": "integer", "minimum": -50, "maximum": 60},
            "visitors": {"type": "integer", "minimum": 0, "exclusiveMaximum": 100000},
        }),
        "messages": [SYSTEM, {"role": "user", "content":
                      "The park got 4 stars, it was -3 degrees Celsius and 1200 people visited."}],
        "example": {"rating": 4, "temperature_c": -3, "visitors": 1200},
    },
    {
        "name": "tags_min_items",
        "strict": True,
        "schema": _object({"tags": {"type": "array", "items": _text(20), "minItems": 2, "maxItems": 5}}),
        "messages": [SYSTEM, {"role": "user", "content":
                      "Give tags for a blog post about baking sourdough bread at home."}],
        "example": {"tags": ["baking", "bread", "sourdough"]},
    },
    {
        "name": "booleans",
        "strict": True,
        "schema": _object({"vegetarian": {"type": "boolean"}, "contains_nuts": {"type": "boolean"},
                           "gluten_free": {"type": "boolean"}}),
        "messages": [SYSTEM, {"role": "user", "content":
                      "Describe a walnut salad with lettuce and croutons: is it vegetarian, does it contain nuts, is it gluten free?"}],
        "example": {"vegetarian": True, "contains_nuts": True, "gluten_free": False},
    },
    {
        "name": "japanese_product",
        "strict": True,
        "schema": _object({
            "商品名": _text(20),
            "価格": {"type": "integer", "minimum": 0, "maximum": 1000000},
            "カテゴリ": {"type": "string", "enum": ["家電", "食品", "衣類", "書籍"]},
            "説明": _text(40),
        }),
        "messages": [SYSTEM_JA, {"role": "user", "content": "新しい電気ケトルを紹介してください。価格は3980円です。商品名、価格、カテゴリ、説明をJSONで。"}],
        "example": {"商品名": "電気ケトル", "価格": 3980, "カテゴリ": "家電", "説明": "すぐにお湯が沸きます。"},
    },
    {
        "name": "classification_confidence",
        "strict": True,
        "schema": _object({
            "label": {"type": "string", "enum": ["spam", "not_spam"]},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        }),
        "messages": [SYSTEM, {"role": "user", "content":
                      "Classify this email: \"You won a free cruise! Click here to claim your prize now!\""}],
        "example": {"label": "spam", "confidence": 0.97},
    },
    {
        "name": "japanese_review_sentiment",
        "strict": True,
        "schema": _object({
            "感情": {"type": "string", "enum": ["肯定的", "否定的", "中立"]},
            "理由": _text(30),
        }),
        "messages": [SYSTEM_JA, {"role": "user", "content": "このレビューの感情を分類してください：「料理はとても美味しくて、また来たいです。」"}],
        "example": {"感情": "肯定的", "理由": "料理が美味しいと書いている"},
    },
    {
        "name": "event_with_date",
        "strict": True,
        "schema": _object({"event": _text(40), "date": {"type": "string", "format": "date"},
                           "all_day": {"type": "boolean"}}),
        "messages": [SYSTEM, {"role": "user", "content": "The company picnic is on 2025-06-14 and lasts all day."}],
        "example": {"event": "Company picnic", "date": "2025-06-14", "all_day": True},
    },
    {
        "name": "recipe_not_strict",
        "strict": False,
        "schema": {
            "type": "object",
            "properties": {
                "title": _text(40),
                "servings": {"type": "integer", "minimum": 1, "maximum": 12},
                "ingredients": {"type": "array", "items": _text(30), "minItems": 1, "maxItems": 6},
                "notes": _text(60),
            },
            "required": ["title", "servings", "ingredients"],
        },
        "messages": [SYSTEM, {"role": "user", "content": "Give a simple pancake recipe for 4 people."}],
        "example": {"title": "Pancakes", "servings": 4, "ingredients": ["flour", "milk", "eggs"]},
    },
]

# An array of objects whose text fields are long enough for a small budget to cut them (max_tokens tests).
ORDER_LINES_JA = {
    "name": "order_lines_ja",
    "strict": True,
    "schema": {"type": "object", "additionalProperties": False, "required": ["lines"], "properties": {"lines": {
        "type": "array", "minItems": 1,
        "items": _object({"品名": _text(60), "数量": {"type": "integer", "minimum": 1, "maximum": 999},
                          "品番": {"type": "string", "pattern": r"^[A-Z]{2}-\d{3}$"}, "備考": _text(80)}),
    }}},
    "messages": [SYSTEM_JA, {"role": "user", "content":
                 "注文：ボールペン（黒）120本 品番BP-001 至急、コピー用紙A4 15箱 品番CP-210、付箋 30個 品番FS-007 黄色。"
                 "全ての行をJSONにしてください。"}],
    "example": {"lines": [{"品名": "ボールペン（黒）", "数量": 120, "品番": "BP-001", "備考": "至急"}]},
}
