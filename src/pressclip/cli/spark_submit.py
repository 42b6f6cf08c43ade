"""The application file for `spark-submit`: `pressclip spark-batch` run as a script.

    spark-submit [spark options] "$(python -m pressclip.cli.spark_submit)" [spark-batch args]

Run as a module it prints its own path (for the line above); run by spark-submit as a file
it is the spark-batch command. A file run as a script puts its folder first on sys.path,
where module names like `schema` or `warc` would shadow libraries: it takes it off first.
"""

import os
import sys

if __name__ == "__main__" and __package__:  # python -m pressclip.cli.spark_submit
    print(os.path.abspath(__file__))
elif __name__ == "__main__":  # spark-submit …/spark_submit.py ARGS
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    from pressclip.cli import main

    raise SystemExit(main(["spark-batch", *sys.argv[1:]]))
