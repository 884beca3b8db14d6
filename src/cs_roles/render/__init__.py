"""Output formats. Each renderer takes plain payload data and knows nothing of datasets.

machine: JSON and CSV (no Rich import); markdown: Markdown tables; terminal: Rich.
"""
