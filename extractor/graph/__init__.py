"""The knowledge graph: typed nodes and edges linking documents, goals, indicators and evidence.

Graph-first functions over a plain :class:`networkx.MultiDiGraph` (no wrapper class):
``build`` makes the graph from extractions, ``link`` holds name normalisation and matching,
``store`` saves it to SQLite and answers CLI queries without loading the whole graph,
``query`` has the same questions as functions of ``G``, ``export`` writes GraphML, JSON and Neo4j files.
"""
