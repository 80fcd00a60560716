"""The chat engine: one thread owns one llama.cpp context and advances every active sequence
together, one `llama_decode` per step (continuous batching). New requests join between steps,
long prompts are prefilled in chunks, and a finished sequence leaves its tokens in the KV cache
(in host memory once another request starts: prompt_cache.py) so that the next prompt sharing that
prefix skips recomputing it. Requests may name a LoRA adapter:
llama.cpp applies one set of adapters to a whole decode, so sequences of different adapters take
turns (lora.AdapterTurns), and cached prefixes are shared only between sequences of the same
adapter."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import llama_cpp.llama_cpp as ll

from ..config import EngineSettings
from ..errors import ContextLengthExceeded, KogataError, ServerBusy
from .base import ChatEngine, Closer, Finished, Generation, GenerationRequest, ModelInfo, TextDelta, TokenLogprob, Usage
from .chat_template import ChatTemplate
from .llama_model import COMPUTE_LOCK, LlamaModel
from .lookup import PromptLookup
from .lora import AdapterTurns, LoadedAdapters
from .repetition import RepetitionGuard
from .sampling import Sampler, token_logprob
from .prompt_cache import HostPromptCache
from .slots import Slot, choose_slot, distinct_prefix_tokens, evict_idle, park_idle, reuse_prefix
from .text_stream import TextStream
from .waiting_line import WaitingLine

log = logging.getLogger("kogata.engine")

DRAFT_MAX_SEQUENCES = 2  # prompt-lookup drafts are decoded only while at most this many sequences generate


@dataclass
class _Sequence:
    gen: Generation
    prompt: list[int]
    slot: Slot
    sampler: Sampler
    stream: TextStream
    max_tokens: int
    cached: int
    fed: int  # prompt tokens already in the cache
    next_token: int | None = None  # sampled, not yet decoded
    completion_tokens: int = 0
    logprobs: list[TokenLogprob] = field(default_factory=list)
    output_index: int = -1  # row of this sequence's logits in the last batch
    feeding: int = 0  # prompt tokens this sequence put in the last batch
    repetition: RepetitionGuard | None = None
    lookup: PromptLookup | None = None  # drafts guessed from earlier tokens (greedy requests only)
    draft: list[int] = field(default_factory=list)  # decoded after next_token in the last batch
    closer: Closer | None = None  # follows structured output so it can be closed within max_tokens


class LlamaEngine(ChatEngine):
    def __init__(self, name: str, path: Path, settings: EngineSettings):
        self.model = LlamaModel(path)
        self.settings = settings
        n_ctx = min(settings.ctx_size, self.model.n_ctx_train) if self.model.n_ctx_train else settings.ctx_size
        params = ll.llama_context_default_params()
        params.n_ctx = n_ctx
        params.n_batch = settings.batch_size
        params.n_ubatch = min(settings.batch_size, 512)
        params.n_seq_max = settings.parallel
        params.n_threads = settings.threads
        params.n_threads_batch = settings.threads
        params.kv_unified = True  # one pool of cells shared by all sequences; each may use all of it
        params.no_perf = True
        self.ctx = ll.llama_init_from_model(self.model.ptr, params)
        if not self.ctx:
            self.model.close()
            raise KogataError(f"llama.cpp could not create a context for {path}")
        self.memory = ll.llama_get_memory(self.ctx)
        self.saved = HostPromptCache(self.ctx, settings.prompt_cache_mib << 20) if settings.prompt_cache_mib else None
        self.adapters = LoadedAdapters(self.model.ptr, self.ctx)
        self.n_ctx = ll.llama_n_ctx(self.ctx)
        self.template = ChatTemplate(
            self.model.chat_template,
            bos_token=self.model.token_text(self.model.bos_id) if self.model.bos_id >= 0 else "",
            eos_token=self.model.token_text(self.model.eos_id) if self.model.eos_id >= 0 else "",
        )
        self.info = ModelInfo(name, self.n_ctx, self.model.n_vocab, self.template.source if self.template.from_model else None)
        self._batch = ll.llama_batch_init(settings.batch_size, 0, 1)
        self._slots = [Slot(i) for i in range(settings.parallel)]
        self._line = WaitingLine(settings.queue_size, settings.queue_timeout_s)
        self._active: list[_Sequence] = []
        self._closed = False
        self.drafted = self.drafts_taken = 0  # prompt-lookup draft tokens decoded, and those kept
        self._turns = AdapterTurns()
        self._thread = threading.Thread(target=self._run, name=f"kogata-engine-{name}", daemon=True)
        self._thread.start()

    # --- public API (any thread) ---
    def tokenize(self, text: str, *, add_bos: bool = True) -> list[int]:
        return self.model.tokenize(text, add_bos=add_bos and self.model.add_bos)

    def render_chat(self, messages: list[dict], *, add_generation_prompt: bool = True, tools=None) -> str:
        return self.template.render(messages, add_generation_prompt=add_generation_prompt, tools=tools)

    def load_adapter(self, key: str, path: Path) -> None:
        """Load a LoRA adapter of this model; requests then name it as `GenerationRequest.adapter`."""
        self.adapters.load(key, path)

    def submit(self, request: GenerationRequest) -> Generation:
        if self._closed:
            raise ServerBusy("the engine is shutting down")
        if request.adapter not in self.adapters:
            raise KogataError(f"the adapter '{request.adapter}' is not loaded on {self.info.name}")
        bos = self.template.bos_token
        add_bos = request.add_bos and not (bos and request.prompt.startswith(bos))
        tokens = self.tokenize(request.prompt, add_bos=add_bos)
        if not tokens:
            tokens = [self.model.bos_id]
        if len(tokens) >= self.n_ctx:
            raise ContextLengthExceeded(
                f"the prompt is {len(tokens)} tokens long, but the model's context holds {self.n_ctx} tokens "
                f"(prompt and completion together)",
                param="messages",
            )
        gen = Generation(request, prompt_tokens=len(tokens))
        self._line.put(gen, tokens, self._free_slots())
        return gen

    def stats(self) -> dict:
        """A snapshot for health checks and metrics (read from any thread)."""
        return {
            "active": len(self._active),
            "waiting": self._line.pending,
            "slots": len(self._slots),
            "kv_cells": self.n_ctx,
            "kv_cells_used": sum(distinct_prefix_tokens([s.tokens for s in self._slots if s.adapter == a])
                                 for a in {s.adapter for s in self._slots}),
            "draft_tokens": self.drafted,
            "draft_tokens_accepted": self.drafts_taken,
        }

    def _free_slots(self) -> int:
        return sum(1 for s in self._slots if not s.busy)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._line.close()
        self._thread.join(timeout=30)
        ll.llama_batch_free(self._batch)
        ll.llama_free(self.ctx)
        self.adapters.close()
        self.model.close()

    # --- the engine thread ---
    def _run(self) -> None:
        while True:
            if not self._line.collect(block=not self._active and not self._line, free_slots=self._free_slots(),
                                      active=len(self._active)):
                break
            self._admit()
            if not self._active:
                continue
            try:
                self._step()
            except Exception as e:  # a bug must not take the server down: fail the batch, keep serving
                log.exception("engine step failed")
                for seq in list(self._active):
                    self._finish(seq, "error", error=str(e), keep_cache=False)
        for seq in list(self._active):
            self._finish(seq, "cancelled", keep_cache=False)
        self._line.cancel_all()

    def _admit(self) -> None:
        while self._line.first() is not None:
            free = [s for s in self._slots if not s.busy]
            if not free:
                return
            gen, tokens = self._line.pop()
            self._start(gen, tokens, choose_slot(free, tokens, gen.request.adapter))

    def _start(self, gen: Generation, tokens: list[int], slot: Slot) -> None:
        params = gen.request.params
        try:
            sampler = Sampler(self.model, params)
        except KogataError as e:
            gen.emit(Finished("error", Usage(len(tokens), 0), error=e.message))
            return
        reuse = reuse_prefix(self.memory, self._slots, slot, tokens, gen.request.adapter, self.saved)
        slot.busy = True
        if self.saved is not None:
            park_idle(self.memory, self._slots, self.saved)
        room = self.n_ctx - len(tokens)
        max_tokens = min(params.max_tokens or self.settings.max_tokens_default, room)
        stops = [*params.stop, *self.template.turn_stops] if gen.request.chat else params.stop
        greedy = params.temperature <= 0.0 and self.settings.draft_tokens > 0
        seq = _Sequence(gen, tokens, slot, sampler, TextStream(stops), max_tokens, cached=reuse, fed=reuse,
                        repetition=RepetitionGuard() if params.stop_on_repetition else None,
                        lookup=PromptLookup(tokens) if greedy else None,
                        closer=params.closer() if params.closer and params.grammar else None)
        self._active.append(seq)

    def _step(self) -> None:
        for seq in [s for s in self._active if s.gen.cancelled]:
            # The cells hold what was decoded so far: an autocomplete request that replaces this one reuses them.
            self._finish(seq, "cancelled")
        groups: dict[str | None, list[_Sequence]] = {}
        for seq in self._active:
            groups.setdefault(seq.gen.request.adapter, []).append(seq)
        if not groups:
            return
        adapter = self._turns.take(groups)
        self.adapters.apply(adapter)
        self._step_group(groups[adapter])

    def _step_group(self, group: list[_Sequence]) -> None:
        """One decode for sequences that share an adapter."""
        if not group:
            return
        batch, n = self._batch, 0
        budget = self.settings.batch_size
        # Drafts only while few sequences generate: each draft row costs nearly a token's decode (the
        # output layer over the whole vocabulary), which a full batch cannot spare (docs/decisions.md).
        drafting = sum(s.next_token is not None for s in group) <= DRAFT_MAX_SEQUENCES
        for seq in group:  # one token for each sequence that is generating, and its drafts
            seq.output_index, seq.feeding, seq.draft = -1, 0, []
            if seq.next_token is not None:
                pos = len(seq.slot.tokens)
                n = self._add(batch, n, seq.next_token, pos, seq.slot.seq_id, True)
                seq.output_index = n - 1
                if seq.lookup is not None and drafting:
                    room = min(self.settings.draft_tokens, budget - n, self.n_ctx - pos - 2,
                               seq.max_tokens - seq.completion_tokens - 1)
                    seq.draft = seq.lookup.draft(room) if room > 0 else []
                    for i, tok in enumerate(seq.draft, start=1):
                        n = self._add(batch, n, tok, pos + i, seq.slot.seq_id, True)
        for seq in group:  # then prompt chunks, as far as the batch allows
            if seq.next_token is None and n < budget:
                chunk = seq.prompt[seq.fed : seq.fed + budget - n]
                seq.feeding = len(chunk)
                pos = len(seq.slot.tokens)
                for i, tok in enumerate(chunk):
                    last = seq.fed + i == len(seq.prompt) - 1
                    n = self._add(batch, n, tok, pos + i, seq.slot.seq_id, last)
                    if last:
                        seq.output_index = n - 1
        batch.n_tokens = n
        rc = self._decode(batch)
        if rc == 1 and evict_idle(self.memory, self._slots, self.saved):
            rc = self._decode(batch)
        if rc == 1:  # the shared cache is full of active sequences: end the longest one
            victim = max(group, key=lambda s: len(s.slot.tokens))
            self._finish(victim, "length", keep_cache=False)
            return
        if rc != 0:
            raise RuntimeError(f"llama_decode returned {rc}")
        self._after_decode(group)

    def _decode(self, batch) -> int:
        with COMPUTE_LOCK:
            return ll.llama_decode(self.ctx, batch)

    @staticmethod
    def _add(batch, n: int, token: int, pos: int, seq_id: int, logits: bool) -> int:
        batch.token[n] = token
        batch.pos[n] = pos
        batch.n_seq_id[n] = 1
        batch.seq_id[n][0] = seq_id
        batch.logits[n] = logits
        return n + 1

    def _after_decode(self, group: list[_Sequence]) -> None:
        for seq in group:
            if seq.next_token is not None:
                seq.slot.tokens.append(seq.next_token)
                seq.next_token = None
            elif seq.feeding:
                seq.slot.tokens.extend(seq.prompt[seq.fed : seq.fed + seq.feeding])
                seq.fed += seq.feeding
            if seq.output_index >= 0:
                self._sample(seq)

    def _sample(self, seq: _Sequence) -> None:
        """The next token from the sequence's row; then, while it equals the next draft token (whose
        cell and logits the same decode computed), the token after that from the draft's row. The
        first token that differs from the draft becomes `next_token`; the cells of the drafts not
        taken are dropped."""
        draft, kept = seq.draft, 0
        for row in range(seq.output_index, seq.output_index + len(draft) + 1):
            token = seq.sampler.sample(self.ctx, row)
            if not self._take(seq, token, row):
                break
            if kept < len(draft) and token == draft[kept]:
                seq.slot.tokens.append(token)
                kept += 1
                continue
            seq.next_token = token
            break
        self.drafted += len(draft)
        self.drafts_taken += kept
        if kept < len(draft):
            ll.llama_memory_seq_rm(self.memory, seq.slot.seq_id, len(seq.slot.tokens), -1)

    def _take(self, seq: _Sequence, token: int, row: int) -> bool:
        """Add a sampled token to the completion; False when the sequence has finished."""
        params = seq.gen.request.params
        if self.model.is_eog(token):
            self._finish(seq, "stop")
            return False
        piece = self.model.piece(token)
        if seq.closer is not None and not self._stays_closable(seq, piece):
            self._close(seq)
            return False
        if params.logprobs:
            seq.logprobs.append(token_logprob(self.model, self.ctx, row, token, params.top_logprobs))
        seq.completion_tokens += 1
        if seq.lookup is not None:
            seq.lookup.append(token)
        self._emit_text(seq, seq.stream.push(piece))  # logprobs wait for text
        if seq.stream.stopped or (seq.repetition is not None and seq.repetition.push(token)):
            self._finish(seq, "stop")
        elif seq.completion_tokens >= seq.max_tokens or len(seq.slot.tokens) + 1 >= self.n_ctx:
            self._finish(seq, "length")
        else:
            return True
        return False

    def _stays_closable(self, seq: _Sequence, piece: bytes) -> bool:
        """Whether the output with `piece` added can still be closed in the tokens left after it (the
        closer then follows it). A closing shorter in bytes than the tokens left needs no tokenizing."""
        trial = seq.closer.copy()
        trial.push(piece)
        closing = trial.closing()
        left = seq.max_tokens - seq.completion_tokens - 1
        if closing is not None and len(closing.encode()) + 1 >= left and len(self.tokenize(closing, add_bos=False)) > left:
            return False
        seq.closer = trial
        return True

    def _close(self, seq: _Sequence) -> None:
        """End the output with the closer's shortest valid ending instead of the token just sampled."""
        closing = seq.closer.closing() or ""
        seq.stream.drop_incomplete()
        seq.completion_tokens += len(self.tokenize(closing, add_bos=False)) if closing else 0
        self._emit_text(seq, seq.stream.push(closing.encode()))
        self._finish(seq, "length")

    def _emit_text(self, seq: _Sequence, text: str, *, final: bool = False) -> None:
        if text or (final and seq.logprobs):
            logprobs = seq.logprobs if seq.gen.request.params.logprobs else None
            seq.logprobs = []
            seq.gen.emit(TextDelta(text, logprobs))

    def _finish(self, seq: _Sequence, reason: str, *, error: str | None = None, keep_cache: bool = True) -> None:
        self._emit_text(seq, seq.stream.flush(), final=True)
        seq.sampler.close()
        self._active.remove(seq)
        slot = seq.slot
        slot.busy = False
        slot.last_used = time.monotonic()
        if not keep_cache:
            ll.llama_memory_seq_rm(self.memory, slot.seq_id, -1, -1)
            slot.tokens.clear()
        usage = Usage(len(seq.prompt), seq.completion_tokens, seq.cached)
        seq.gen.emit(Finished(reason, usage, error=error))
