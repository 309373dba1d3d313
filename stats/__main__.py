"""`python -m stats`: the command line, run from this checkout's code."""

import sys

from stats.run.lean import lean_start

if __name__ == "__main__":
    lean_start(sys.argv[1:])  # before anything imports pyarrow

    from stats.cli import cli

    cli()
