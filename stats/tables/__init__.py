"""Tables: figures as rows of the published tables, by column."""
