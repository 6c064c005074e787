"""`python -m clipper`: the same entry point as the `clipper` command."""

import multiprocessing
import sys

from clipper.cli import main

if __name__ == "__main__":
    # A frozen Windows build starts worker processes with spawn: they must not rerun main().
    multiprocessing.freeze_support()
    sys.exit(main())
