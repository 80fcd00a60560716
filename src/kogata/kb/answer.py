"""Grounded answers: the top chunks become numbered sources in the prompt; the answer cites them as
[1], [2]. When retrieval finds nothing that covers the question, the answer says so and the model is
not asked at all: a 135M model given unrelated text invents.

The support test is coverage: the share of the question's content words that the best chunk
contains (or a high embedding similarity). A question about something the documents never mention
is made of words they lack.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Callable

from ..engine.base import ChatEngine, Finished, GenerationRequest, SamplingParams, TextDelta
from ..errors import GenerationFailed
from .search import Hit
from .terms import content_words, is_mostly_japanese

MIN_COVERAGE = 0.5
MIN_COSINE = 0.6
# e5's cosines sit higher: unrelated questions and passages score 0.67-0.75, matching ones 0.89-0.93.
MIN_COSINE_BY_MODEL = {"e5-small": 0.85}
RELATIVE_SCORE = 0.5  # sources kept: those scoring at least this share of the best
# The grounded-answer specialist for Japanese questions: a LoRA adapter that ships with kogata
# (kogata/specialists/, made by scripts/train_kb_answerer.py), served on its base model.
JAPANESE_ANSWERER = "kb-answer-ja"
SOURCE_CHARS = 1200  # of each chunk shown to the model

NOT_FOUND = {
    "en": "I could not find information about this in the knowledge base.",
    "ja": "ナレッジベースには、この質問に関する情報が見つかりませんでした。",
}
_SYSTEM = {
    "en": ("Answer the question using only the numbered sources below. Cite the source of each fact like [1]. "
           "If the sources do not contain the answer, say that you do not know."),
    "ja": ("以下の番号付きの資料だけを使って質問に答えてください。根拠とした資料を [1] のように示してください。"
           "資料に答えがない場合は、わからないと答えてください。"),
}
_MARKER = re.compile(r"\[(\d{1,2})\]")


@dataclass
class Citation:
    index: int
    document_id: str
    source: str
    title: str
    chunk_id: int
    text: str
    heading: str | None
    page: int | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class AnswerPlan:
    question: str
    language: str
    hits: list[Hit]
    supported: bool

    @property
    def refusal(self) -> str:
        return NOT_FOUND[self.language]

    def messages(self) -> list[dict]:
        # Sources in the system message and the question alone as the user's turn: small models
        # given both in one turn tend to recite the sources instead of answering.
        sources = "\n\n".join(
            f"[{i}] {hit.title}{' — ' + hit.heading if hit.heading else ''}\n{hit.text[:SOURCE_CHARS]}"
            for i, hit in enumerate(self.hits, start=1))
        return [{"role": "system", "content": f"{_SYSTEM[self.language]}\n\n{sources}"},
                {"role": "user", "content": self.question}]

    def finish(self, answer: str) -> tuple[str, list[Citation]]:
        """The answer with its citations. An answer that cites nothing gets the source it overlaps
        most, marked at its end, so that every grounded answer points at where it came from."""
        if answer.strip() == self.refusal:  # the model found no answer in the sources
            return answer, []
        cited = [int(m) for m in _MARKER.findall(answer) if 1 <= int(m) <= len(self.hits)]
        if not cited and self.hits and answer.strip():
            best = _best_overlap(answer, self.hits)
            answer = answer.rstrip() + f" [{best}]"
            cited = [best]
        return answer, [self.citation(i) for i in dict.fromkeys(cited)]

    def finish_streamed(self, said: str) -> tuple[str, str, list[Citation]]:
        """`finish` for an answer already streamed as `said`: the last delta, the whole answer (always
        `said` + that delta, whatever whitespace the model ended with) and the citations."""
        text, citations = self.finish(said)
        delta = text[len(said):] if text.startswith(said) else text[len(said.rstrip()):]
        return delta, said + delta, citations

    def citation(self, index: int) -> Citation:
        hit = self.hits[index - 1]
        return Citation(index, hit.document_id, hit.source, hit.title, hit.chunk_id, hit.text, hit.heading, hit.page)


def plan_answer(question: str, hits: list[Hit], embedding_model: str | None = None) -> AnswerPlan:
    language = "ja" if is_mostly_japanese(question) else "en"
    min_cosine = MIN_COSINE_BY_MODEL.get(embedding_model or "", MIN_COSINE)
    supported = bool(hits) and (hits[0].dense_score >= min_cosine or coverage(question, hits[0]) >= MIN_COVERAGE)
    # Weak matches only distract a small model from the strong ones.
    relevant = [h for h in hits if h.score >= RELATIVE_SCORE * hits[0].score] if supported else []
    return AnswerPlan(question, language, relevant, supported)


def answering_model(plan: AnswerPlan, named: str | None, default: str, *, specialist_ready: Callable[[str], bool]) -> str:
    """Who answers: the model the caller named; else the Japanese specialist for a Japanese question,
    if `specialist_ready` says it can be served; else the default chat model."""
    if named:
        return named
    return JAPANESE_ANSWERER if plan.language == "ja" and specialist_ready(JAPANESE_ANSWERER) else default


def answer(plan: AnswerPlan, engine: ChatEngine, params: SamplingParams,
           on_text: Callable[[str], None] | None = None) -> tuple[str, list[Citation]]:
    """Generate the answer of `plan` with `engine`, passing text to `on_text` as it comes."""
    emit = on_text or (lambda _: None)
    if not plan.supported:
        emit(plan.refusal)
        return plan.refusal, []
    gen = engine.submit(GenerationRequest(engine.render_chat(plan.messages()), params, chat=True))
    parts: list[str] = []
    for event in gen:
        if isinstance(event, TextDelta):
            parts.append(event.text)
            emit(event.text)
        elif isinstance(event, Finished) and event.finish_reason not in ("stop", "length"):
            raise GenerationFailed(f"generation ended: {event.finish_reason}")
    said = "".join(parts)
    text, citations = plan.finish(said)
    emit(text[len(said):])
    return text, citations


def coverage(question: str, hit: Hit) -> float:
    """The share of the question's content words that the hit's text (with its title) contains."""
    asked = content_words(question)
    if not asked:
        return 0.0
    present = content_words(" ".join(filter(None, [hit.title, hit.heading, hit.text])))
    return len(asked & present) / len(asked)


def _best_overlap(answer: str, hits: list[Hit]) -> int:
    said = content_words(answer)
    scores = [len(said & content_words(hit.text)) for hit in hits]
    return max(range(len(hits)), key=lambda i: (scores[i], -i)) + 1
