"""Context: what carries over between clauses and sentences: subject, place, period."""
