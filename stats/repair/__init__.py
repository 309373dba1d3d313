"""Repair layout: PDF-extractor damage mended into paragraphs, each with a map back to the source."""
