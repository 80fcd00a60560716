"""Hybrid routing: the router and its signals (`router`, `signals`), the upstream model (`upstream`),
reached only through the privacy guard (`privacy`, `guarded`), and the audit log of its calls (`audit`)."""
