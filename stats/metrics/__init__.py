"""Metric rules: the rule of rules/metrics that fits a figure best."""
