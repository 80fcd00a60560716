"""What to extract and how to ask for it: a JSON Schema, its grammar, optional examples, and the
chat messages that one document chunk becomes. `kogata tune extract` trains on exactly these
messages, so a specialist is asked the way it learned."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ...engine.structured import InvalidOutput, StructuredOutput
from ...errors import InvalidRequest

SYSTEM = ("Extract from the document the data that this JSON schema describes. Copy each value exactly as "
          "the document writes it; never make one up. Use null, or an empty list, for what the document does "
          "not say.\n\nSchema: {schema}")
# A specialist learned its schema: its prompt leaves it out (rows half as long to train on).
SPECIALIST_SYSTEM = "Extract the data as JSON. Copy each value exactly as the document writes it."


@dataclass
class ExtractionTask:
    schema: dict
    examples: list[dict] = field(default_factory=list)  # [{"text", "output"}]: shown before the document
    system: str = SYSTEM

    def __post_init__(self):
        self.output = StructuredOutput.from_schema(self.schema)  # InvalidSchema names what is wrong
        for i, example in enumerate(self.examples):
            if not isinstance(example, dict) or not isinstance(example.get("text"), str) or "output" not in example:
                raise InvalidRequest(f"example {i + 1} must be an object with \"text\" and \"output\"", param="examples")
            try:
                self.output.validate(json.dumps(example["output"], ensure_ascii=False))
            except InvalidOutput as e:
                raise InvalidRequest(f"example {i + 1}: {e.message}", param="examples") from None

    @property
    def grammar(self) -> str:
        return self.output.grammar

    def messages(self, text: str) -> list[dict]:
        system = self.system.replace("{schema}", json.dumps(self.schema, ensure_ascii=False, separators=(",", ":")))
        out = [{"role": "system", "content": system}]
        for example in self.examples:
            out += [{"role": "user", "content": example["text"]},
                    {"role": "assistant", "content": answer_text(example["output"])}]
        return [*out, {"role": "user", "content": text}]

    def parse(self, text: str) -> Any:
        """The output as JSON; InvalidOutput when it does not match the schema."""
        self.output.validate(text)
        return json.loads(text)

    def is_valid(self, text: str) -> bool:
        try:
            self.output.validate(text)
        except InvalidOutput:
            return False
        return True


def answer_text(output: Any) -> str:
    """An output as the model writes it (the grammar's spacing: none beyond single spaces)."""
    return json.dumps(output, ensure_ascii=False, separators=(", ", ": "))


def same_schema(a: dict, b: dict) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def task_for_model(manifest: dict | None, schema: Any, examples: list[dict] | None = None) -> ExtractionTask:
    """The task to run: `schema` asked with the default prompt, or, for an extraction specialist
    (`manifest` of an adapter made by `kogata tune extract`), with the prompt it was trained on;
    a specialist extracts only the schema it learned."""
    spec = (manifest or {}).get("task") or {}
    if spec.get("kind") != "extract":
        return ExtractionTask(schema, list(examples or []))
    if schema is not None and not (isinstance(schema, dict) and same_schema(schema, spec["schema"])):
        raise InvalidRequest(f"the extraction specialist '{manifest.get('name')}' was trained for another schema; "
                             "give its own schema (or none) or use a general model", param="schema")
    return ExtractionTask(spec["schema"], list(examples or []), spec.get("system", SYSTEM))
