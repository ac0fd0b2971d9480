import sys

from balans.launch import main

sys.exit(main())
