"""`python -m pressclip.cli`, the same as the `pressclip` script."""

from . import main

raise SystemExit(main())
