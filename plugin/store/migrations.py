"""In-place upgrades of project databases written by older schema versions.

Each step turns version n into n + 1 inside one transaction and keeps every row.
Version 1 is the first released schema, so there is nothing to upgrade yet; the
next schema change adds a function here and raises schema.SCHEMA_VERSION.
"""

from . import schema
from .sqlite_ddl import NOW

# {from_version: (description, function(con))}
STEPS = {}


def upgrade(con, version):
    """Apply every step from `version` to schema.SCHEMA_VERSION; returns their names."""
    from .gpkg import transaction, DatabaseError
    applied = []
    while version < schema.SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise DatabaseError("no upgrade from schema version %d" % version)
        description, function = step
        with transaction(con):
            function(con)
            con.execute("UPDATE settings SET value = ?, updated_at = %s WHERE key = 'schema_version'"
                        % NOW, (str(version + 1),))
        applied.append(description)
        version += 1
    return applied
