import os
import sys

from ingest.cli import main

try:
    sys.exit(main())
except BrokenPipeError:
    # The reader stopped listening (``inspect ... | head``): not an error worth a traceback.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
