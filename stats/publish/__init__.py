"""Publishing: the extracted tables as Parquet, DuckDB and a SQLite file Datasette serves."""
