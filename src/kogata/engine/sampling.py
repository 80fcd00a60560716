"""llama.cpp sampler chains (one per sequence, run in C) and OpenAI-style logprobs."""

from __future__ import annotations

import ctypes
import random

import numpy as np
import llama_cpp.llama_cpp as ll

from ..errors import InvalidRequest
from .base import SamplingParams, TokenLogprob, TopLogprob
from .llama_model import LlamaModel


class Sampler:
    """A llama.cpp sampler chain per sequence: penalties → top-k → top-p → min-p → temperature → draw.

    With a grammar, the token is drawn without it first and only that token is checked against the
    grammar, the way llama.cpp's own server samples: masking the whole vocabulary with the grammar
    at every step costs more than the model's forward pass. Only when the grammar rejects the draw is
    the vocabulary masked and the token drawn again."""

    def __init__(self, model: LlamaModel, params: SamplingParams):
        self.ptr = ll.llama_sampler_chain_init(ll.llama_sampler_chain_default_params())
        self.grammar = None
        self.n_vocab = model.n_vocab
        if params.grammar:
            self.grammar = ll.llama_sampler_init_grammar(model.vocab, params.grammar.encode(), b"root")
            if not self.grammar:
                self.close()
                raise InvalidRequest("the output grammar could not be parsed by llama.cpp", param="response_format")
            self._candidates = np.zeros(model.n_vocab, dtype=_TOKEN_DATA)
            self._one = np.zeros(1, dtype=_TOKEN_DATA)
        add = lambda s: ll.llama_sampler_chain_add(self.ptr, s)  # noqa: E731
        if params.repeat_penalty != 1.0 or params.frequency_penalty or params.presence_penalty:
            add(ll.llama_sampler_init_penalties(
                model.n_vocab, params.repeat_last_n, params.repeat_penalty,
                params.frequency_penalty, params.presence_penalty,
            ))
        if params.temperature <= 0.0:
            add(ll.llama_sampler_init_greedy())
        else:
            if params.top_k > 0:
                add(ll.llama_sampler_init_top_k(params.top_k))
            if params.top_p < 1.0:
                add(ll.llama_sampler_init_top_p(params.top_p, 1))
            if params.min_p > 0.0:
                add(ll.llama_sampler_init_min_p(params.min_p, 1))
            add(ll.llama_sampler_init_temp(params.temperature))
            seed = params.seed if params.seed is not None else random.getrandbits(32)
            add(ll.llama_sampler_init_dist(seed & 0xFFFFFFFF))

    def sample(self, ctx, index: int) -> int:
        if self.grammar is None:
            return ll.llama_sampler_sample(self.ptr, ctx, index)
        logits = np.ctypeslib.as_array(ll.llama_get_logits_ith(ctx, index), shape=(self.n_vocab,))
        token = self._draw(logits, with_grammar=False)
        if not self._grammar_allows(token, float(logits[token])):
            token = self._draw(logits, with_grammar=True)
        ll.llama_sampler_accept(self.grammar, token)
        ll.llama_sampler_accept(self.ptr, token)
        return token

    def _draw(self, logits: np.ndarray, *, with_grammar: bool) -> int:
        cand = self._candidates
        cand["id"] = _ids(self.n_vocab)
        cand["logit"] = logits
        cand["p"] = 0.0
        array = _token_array(cand)
        if with_grammar:
            ll.llama_sampler_apply(self.grammar, ctypes.byref(array))
        ll.llama_sampler_apply(self.ptr, ctypes.byref(array))
        return int(array.data[array.selected].id)  # samplers may sort or replace `data`

    def _grammar_allows(self, token: int, logit: float) -> bool:
        one = self._one
        one["id"], one["logit"], one["p"] = token, logit, 0.0
        ll.llama_sampler_apply(self.grammar, ctypes.byref(_token_array(one)))
        return bool(np.isfinite(one["logit"][0]))

    def close(self) -> None:
        for name in ("ptr", "grammar"):
            if getattr(self, name, None):
                ll.llama_sampler_free(getattr(self, name))
                setattr(self, name, None)


_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)], align=True)
_ID_CACHE: dict[int, np.ndarray] = {}


def _ids(n: int) -> np.ndarray:
    if n not in _ID_CACHE:
        _ID_CACHE[n] = np.arange(n, dtype=np.int32)
    return _ID_CACHE[n]


def _token_array(cand: np.ndarray) -> ll.llama_token_data_array:
    data = cand.ctypes.data_as(ll.llama_token_data_p)
    return ll.llama_token_data_array(data=data, size=len(cand), selected=-1, sorted=False)


def token_logprob(model: LlamaModel, ctx, index: int, token: int, top_n: int) -> TokenLogprob:
    """Log-probability of `token` under the model's raw distribution, with the `top_n` most likely."""
    logits = np.ctypeslib.as_array(ll.llama_get_logits_ith(ctx, index), shape=(model.n_vocab,))
    peak = float(logits.max())
    log_z = peak + float(np.log(np.exp(logits - peak).sum()))
    top: list[TopLogprob] = []
    if top_n > 0:
        ids = np.argpartition(-logits, top_n)[:top_n]
        for i in ids[np.argsort(-logits[ids])]:
            top.append(_entry(model, int(i), float(logits[i]) - log_z))
    head = _entry(model, token, float(logits[token]) - log_z)
    return TokenLogprob(head.token, head.logprob, head.bytes, top_logprobs=top)


def _entry(model: LlamaModel, token: int, logprob: float) -> TopLogprob:
    raw = model.piece(token, special=True)
    return TopLogprob(raw.decode("utf-8", "replace"), logprob, list(raw))

