"""Many articles, one brief each: batches of files, JSON Lines streams, a Dask cluster.

    work.py      the job function, bytes in -> brief bytes or an error; every executor calls it
    executor.py  the executor interface and the loop that feeds one (ordered or not, bounded)
    local.py     executor: worker processes on this machine
    cluster.py   executor: a Dask distributed cluster (optional extra), inputs run in sandbox.py
    folder.py    input: files and folders named on the command line
    outdir.py    output: brief files and manifest.jsonl, remaking only what changed
    jsonl.py     input and output: JSON Lines streams
    runs.py      the two runs that `summit brief` starts

The caller reads every input and writes every file; a worker only computes.
"""
