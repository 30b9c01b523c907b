"""The batch runner's parts: walking inputs (``sources``), the work of one batch (``worker``),
where batches run (``engines``) and where their rows go (``store``). ``extract.batch.run.run`` puts
them together.
"""
