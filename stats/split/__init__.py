"""Split: articles and sentences, with stable ids."""
