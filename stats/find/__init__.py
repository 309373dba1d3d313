"""Find quantities: numerals, magnitudes, ranges, qualifiers and units, in sentences and in tables read as lines."""
