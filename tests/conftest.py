import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from kogata.config import Settings  # noqa: E402
from postgres_fixture import postgres_server, postgres_url  # noqa: E402,F401  (shared fixtures: a throwaway PostgreSQL)
from ray_fixture import ray_cluster  # noqa: E402,F401  (and a two-node Ray cluster)


@pytest.fixture(autouse=True)
def kogata_home(tmp_path, monkeypatch):
    """Tests never touch the user's ~/.kogata."""
    home = tmp_path / "kogata-home"
    monkeypatch.setenv("KOGATA_HOME", str(home))
    return home


@pytest.fixture
def settings(kogata_home) -> Settings:
    s = Settings()
    s.server.allowed_hosts = ["testserver"]  # the Host of FastAPI's TestClient (server/origin.py)
    return s
