"""llama.cpp sampler chains (one per sequence, run in C) and OpenAI-style logprobs."""

from __future__ import annotations

import random

import numpy as np
import llama_cpp.llama_cpp as ll

from ..errors import InvalidRequest
from .base import SamplingParams, TokenLogprob, TopLogprob
from .llama_model import LlamaModel


class Sampler:
    """Owns a llama.cpp sampler chain: grammar → penalties → top-k → top-p → min-p → temperature → draw."""

    def __init__(self, model: LlamaModel, params: SamplingParams):
        self.ptr = ll.llama_sampler_chain_init(ll.llama_sampler_chain_default_params())
        add = lambda s: ll.llama_sampler_chain_add(self.ptr, s)  # noqa: E731
        if params.grammar:
            grammar = ll.llama_sampler_init_grammar(model.vocab, params.grammar.encode(), b"root")
            if not grammar:
                self.close()
                raise InvalidRequest("the output grammar could not be parsed by llama.cpp", param="response_format")
            add(grammar)
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
        return ll.llama_sampler_sample(self.ptr, ctx, index)

    def close(self) -> None:
        if self.ptr:
            ll.llama_sampler_free(self.ptr)
            self.ptr = None


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

