"""Extractors: each turns article text into one field, states its contract, and never raises on bad text."""
