"""How many migration steps this version of workbench knows (``PRAGMA user_version``).

Kept apart from migrations.py so opening a database needs no sqlite-utils import;
tests/store/test_schema.py checks it equals the number of steps in migrations.py.
"""

SCHEMA_VERSION = 6
