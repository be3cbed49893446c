"""torchsheet's own machinery: the snippet and page formats, the programs the
copy buttons copy, the generated pages and indexes, and the search shaping.

The MkDocs hooks in hooks/, the test harness in tests/ and the engine-neutral
page generator (`python -m torchsheet.generate`) all import it.
"""
