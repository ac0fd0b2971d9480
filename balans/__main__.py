import sys

from balans.cli import main

sys.exit(main())
