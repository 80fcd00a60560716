"""Hybrid routing: the privacy guard (`privacy`) and the audit log of upstream calls (`audit`)."""
