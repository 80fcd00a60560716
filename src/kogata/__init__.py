"""kogata: small language models on your own CPUs."""

import os

__version__ = "0.1.0"

# llama.cpp's CPU backend runs each decode as one OpenMP parallel region. Between two decodes of a
# server (sampling, streaming: about a millisecond) libgomp's default 300,000 spins run out and its
# worker goes to sleep, and waking it again costs each decode more than the spinning saves: measured
# 10-15% of serving throughput (docs/decisions.md). 3,000,000 spins keep the worker awake across that
# gap and still let it sleep within a fraction of a second when the server is idle. libgomp reads this
# when llama.cpp's libraries load, so it is set before anything imports them; a value the user set wins.
SPIN_DEFAULTED = "GOMP_SPINCOUNT" not in os.environ and "OMP_WAIT_POLICY" not in os.environ
if SPIN_DEFAULTED:
    os.environ["GOMP_SPINCOUNT"] = "3000000"
