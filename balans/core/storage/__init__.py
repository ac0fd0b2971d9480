"""Storage: opening a database, tables, migrations, index-backed reads, the team server, the outbox, passwords."""
