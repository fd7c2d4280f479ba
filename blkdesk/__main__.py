from blkdesk.cli import main

raise SystemExit(main())
