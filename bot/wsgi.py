"""The WSGI entry point for several HTTP workers: `gunicorn bot.wsgi:application`.

Works with and without `--preload`: importing it checks the settings and the database and
builds the app, but starts no thread and opens no pooled connection, so it is safe to fork.
Each worker warms triage up in the background on its first request (or at once under the
bundled gunicorn.conf.py) and reports ready on /readyz when it is done. Run migrations first
as a release step (`python -m bot db upgrade`) with MIGRATE_ON_START=false.
"""

from __future__ import annotations

from bot.web.startup import load_worker

application = load_worker()
