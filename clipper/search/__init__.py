"""Finding articles: the query language (query.py), facet table and values, and the engine
(run.py). Import from the modules themselves: the index imports the query language."""
