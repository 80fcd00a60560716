"""Specialization: LoRA fine-tuning of a GGUF model on a CPU, in PyTorch (the `tune` extra).

Nothing here is imported by the serving path; torch is imported lazily through `require_torch`.
"""

from __future__ import annotations

from ..errors import KogataError

INSTALL_HINT = "pip install 'kogata[tune]'"


def require_torch():
    """torch, or one clear line saying which extra to install."""
    try:
        import torch
    except ImportError:
        raise KogataError(f"fine-tuning needs PyTorch, which is not installed: {INSTALL_HINT}") from None
    return torch
