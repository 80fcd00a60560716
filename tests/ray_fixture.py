"""A real two-node Ray cluster on this machine (ray.cluster_utils.Cluster: a head and a second node,
one CPU each), started once per test session and shut down at its end."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def ray_cluster():
    """The cluster's address (host:port), for `--ray`."""
    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    try:
        cluster.add_node(num_cpus=1)
        cluster.wait_for_nodes()
        yield cluster.address
    finally:
        cluster.shutdown()
