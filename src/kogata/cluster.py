"""Joining a Ray cluster (`--ray ADDR`): the batch jobs' actors and the served replicas run there.

Ray is in the `cluster` extra and imported only here and in what runs on it, so the single-machine
default never loads it. ADDR is a cluster's `host:port` (what `ray start --head` printed), `auto`
(the cluster this machine belongs to) or `local` (a one-machine cluster started for this command).
Every node must see the same KOGATA_HOME (a shared mount) or hold the same models and specialists."""

from __future__ import annotations

import logging
import os
import socket
from urllib.parse import urlsplit

from .errors import KogataError

CONNECT_TIMEOUT_S = 5.0


class ClusterError(KogataError):
    status = 503
    type = "server_error"
    code = "cluster_unavailable"


def import_ray():
    try:
        import ray
    except ImportError:
        raise ClusterError("running on a Ray cluster needs Ray: pip install 'kogata[cluster]'") from None
    return ray


def connect(address: str):
    """The `ray` module, joined to the cluster at `address`; one clear ClusterError if it cannot be."""
    ray = import_ray()
    if ray.is_initialized():
        return ray
    if address not in ("auto", "local"):
        _check_reachable(address)
    try:
        ray.init(address=None if address == "local" else address, logging_level=logging.ERROR,
                 log_to_driver=False, configure_logging=True)
    except (ConnectionError, RuntimeError, ValueError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        if "RAY_AUTH_MODE" not in os.environ:  # `ray start` turns token authentication on since Ray 2.59
            reason += ("; if the cluster uses token authentication, set RAY_AUTH_MODE=token (its token is in "
                       "~/.ray/auth_token on the head node, or give it as RAY_AUTH_TOKEN)")
        raise ClusterError(f"cannot join the Ray cluster at {address}: {reason}") from None
    return ray


def _check_reachable(address: str) -> None:
    """Fail in seconds, not minutes: ray.init retries an unreachable address for about two minutes."""
    parts = urlsplit(address if "://" in address else f"ray://{address}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host, port = None, None
    if not host or not port:
        raise ClusterError(f"invalid Ray address {address!r}: give host:port (as `ray start --head` printed it), "
                           "auto or local")
    try:
        socket.create_connection((host, port), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as e:
        raise ClusterError(f"cannot reach the Ray cluster at {host}:{port}: {e.strerror or e}") from None
