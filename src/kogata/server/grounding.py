"""Chat completions grounded in a knowledge-base collection: the extra field
`"kb": {"collection": NAME, "k": 5}` puts the passages found for the last user message into the
system prompt and adds `"citations"` to the answer."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ..errors import InvalidRequest
from ..kb import KnowledgeBase
from ..kb.answer import AnswerPlan
from .strict import Int

_NOTHING_FOUND = {
    "en": "The knowledge base has nothing relevant to this question: say that you do not know.",
    "ja": "ナレッジベースにこの質問に関係する資料はありません。わからないと答えてください。",
}


class KbOption(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    collection: str = Field(min_length=1)
    k: Int = Field(5, ge=1, le=20)
    filter: dict[str, Any] | None = None


class Grounding:
    def __init__(self, plan: AnswerPlan):
        self.plan = plan

    def messages(self, messages: list[dict]) -> list[dict]:
        if self.plan.supported:
            system = self.plan.messages()[0]["content"]
        else:
            system = _NOTHING_FOUND[self.plan.language]
        rest = [m for m in messages if m["role"] != "system"]
        own = "\n\n".join(str(m.get("content") or "") for m in messages if m["role"] == "system")
        return [{"role": "system", "content": f"{own}\n\n{system}".strip()}, *rest]

    def finish(self, text: str) -> tuple[str, list[dict]]:
        """The answer with a citation marker added if it cited nothing, and the sources it cites."""
        if not self.plan.supported:
            return text, []
        text, citations = self.plan.finish(text)
        return text, [c.to_dict() for c in citations]


async def ground(kb_option: KbOption | None, messages: list[dict], kb: KnowledgeBase) -> Grounding | None:
    if kb_option is None:
        return None
    question = next((str(m.get("content") or "") for m in reversed(messages) if m["role"] == "user"), "")
    if not question.strip():
        raise InvalidRequest("a knowledge-base answer needs a user message", param="messages")
    plan = await run_in_threadpool(kb.plan_answer, kb_option.collection, question, k=kb_option.k,
                                   filter=kb_option.filter)
    return Grounding(plan)
