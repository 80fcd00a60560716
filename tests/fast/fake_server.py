"""`kogata serve` with a fake chat engine, for tests that need a real server process (signals).

    python tests/fast/fake_server.py PORT SHUTDOWN_TIMEOUT_S

Each answer is the prompt's words reversed, one word per 0.05 s: a prompt of N words streams for
N/20 seconds (with max_tokens >= N).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for fakes

from fakes import FakeChatEngine  # noqa: E402
from kogata.cli.serve import configure_logging  # noqa: E402
from kogata.config import Settings  # noqa: E402
from kogata.runtime import Runtime  # noqa: E402
from kogata.server import runner  # noqa: E402
from kogata.server.app import create_app  # noqa: E402


def main() -> None:
    settings = Settings()
    settings.server.port = int(sys.argv[1])
    settings.server.shutdown_timeout_s = float(sys.argv[2])
    settings.server.model = "fake-chat"
    settings.server.embedding_model = None
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(n_ctx=4096, delay=0.05)})
    configure_logging()
    runner.run(create_app(settings, runtime), settings, log_level="warning")


if __name__ == "__main__":
    main()
