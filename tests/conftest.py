"""Shared pytest fixtures; keep them generic (other test modules add theirs here).

Database tests take `db_url`: an empty database at the newest migration, on SQLite always and
on PostgreSQL too when TEST_DATABASE_URL is set (each test gets its own schema there).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bot.db.migrate import upgrade

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()

DATABASE_BACKENDS = ["sqlite", *(["postgresql"] if TEST_DATABASE_URL else [])]


@pytest.fixture(params=DATABASE_BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database upgraded to the newest migration."""
    if request.param == "sqlite":
        url = f"sqlite:///{(tmp_path / 'data' / 'kasuhara.db').as_posix()}"
        upgrade(url)
        yield url
        return

    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(TEST_DATABASE_URL, poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = (
        make_url(TEST_DATABASE_URL)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    try:
        upgrade(url)
        yield url
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()
