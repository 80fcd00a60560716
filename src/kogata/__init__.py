"""kogata: small language models on your own CPUs."""

__version__ = "0.1.0"
