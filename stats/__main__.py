"""`python -m stats`: the command line, run from this checkout's code."""

from stats.cli import cli

if __name__ == "__main__":
    cli()
