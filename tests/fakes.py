"""Test doubles that implement the engine's real interfaces (kogata.engine.base)."""

from __future__ import annotations

import hashlib
import threading
import time

from kogata.engine.base import (
    ChatEngine, EmbeddingEngine, Finished, Generation, GenerationRequest, ModelInfo, TextDelta,
    TokenLogprob, TopLogprob, Usage,
)
from kogata.engine.chat_template import ChatTemplate
from kogata.engine.text_stream import TextStream
from kogata.errors import ContextLengthExceeded

TEMPLATE = "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}\n{% endfor %}{% if add_generation_prompt %}<assistant>{% endif %}"


class FakeChatEngine(ChatEngine):
    """Answers with the last line of the prompt, reversed word by word, one word per 'token'.
    A token takes `delay` seconds, so tests can cancel or disconnect mid-answer."""

    def __init__(self, name: str = "fake-chat", n_ctx: int = 256, delay: float = 0.0, words: list[str] | None = None,
                 respond=None):
        """`respond(user_text)`, if given, makes the answer to the last user turn (cut in 4-character 'tokens')."""
        self.info = ModelInfo(name, n_ctx, 1000, TEMPLATE)
        self.template = ChatTemplate(TEMPLATE)
        self.delay = delay
        self.words = words
        self.respond = respond
        self.generations: list[Generation] = []
        self.cancelled: list[Generation] = []

    def tokenize(self, text: str, *, add_bos: bool = True) -> list[int]:
        return [len(w) for w in text.split()]

    def render_chat(self, messages, *, add_generation_prompt=True, tools=None) -> str:
        return self.template.render(messages, add_generation_prompt=add_generation_prompt, tools=tools)

    def submit(self, request: GenerationRequest) -> Generation:
        n = len(self.tokenize(request.prompt))
        if n >= self.info.n_ctx:
            raise ContextLengthExceeded(f"the prompt is {n} tokens long, but the model's context holds {self.info.n_ctx} tokens")
        gen = Generation(request, prompt_tokens=n)
        self.generations.append(gen)
        threading.Thread(target=self._run, args=(gen,), daemon=True).start()
        return gen

    def answer_words(self, prompt: str) -> list[str]:
        if self.respond is not None:
            text = self.respond(prompt.rsplit("<user>", 1)[-1].rsplit("\n<assistant>", 1)[0])
            return [text[i:i + 4] for i in range(0, len(text), 4)]
        if self.words is not None:
            return list(self.words)
        said = [line.split(">", 1)[-1] for line in prompt.splitlines() if line.split(">", 1)[-1].strip()]
        return [w + " " for w in reversed(said[-1].split())] if said else ["ok"]

    def _run(self, gen: Generation) -> None:
        p = gen.request.params
        stream = TextStream(p.stop)
        limit = p.max_tokens or 16
        count = 0
        reason = "stop"
        for word in self.answer_words(gen.request.prompt):
            if gen.cancelled:
                self.cancelled.append(gen)
                gen.emit(Finished("cancelled", Usage(gen.prompt_tokens, count)))
                return
            if count >= limit:
                reason = "length"
                break
            time.sleep(self.delay)
            count += 1
            lps = [TokenLogprob(word, -0.5, list(word.encode()), [TopLogprob(word, -0.5, list(word.encode()))][: p.top_logprobs])] if p.logprobs else None
            text = stream.push(word.encode())
            if text or lps:
                gen.emit(TextDelta(text, lps))
            if stream.stopped:
                break
        tail = stream.flush()
        if tail:
            gen.emit(TextDelta(tail, None))
        gen.emit(Finished(reason, Usage(gen.prompt_tokens, count)))

    def close(self) -> None:
        pass


class FakeEmbedder(EmbeddingEngine):
    dimensions = 8

    def __init__(self, name: str = "fake-embed"):
        self.info = ModelInfo(name, 128, 100, None)

    def embed(self, texts, input_type="query"):
        out = []
        for t in texts:
            h = hashlib.sha256(t.encode()).digest()[: self.dimensions]
            v = [b - 127.5 for b in h]
            norm = sum(x * x for x in v) ** 0.5
            out.append([x / norm for x in v])
        return out, sum(len(t.split()) for t in texts)

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2

    def close(self) -> None:
        pass
