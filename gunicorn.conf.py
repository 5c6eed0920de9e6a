"""gunicorn settings for `make serve` (README "Running in production"); each one can be set from the environment.

    CHECKER_BIND      address:port, or unix:/run/checker.sock      default 127.0.0.1:8000
    CHECKER_WORKERS   worker processes (about 2 per core)           default 4
    CHECKER_THREADS   threads per worker (gthread when above 1)     default 2
    CHECKER_TIMEOUT   seconds before a silent worker is restarted   default 60
    CHECKER_KEEPALIVE seconds a connection is kept open for its next request, 0 for none   default 0
    CHECKER_ACCESS_LOG  file, "-" for standard output, empty for none   default -

The app is `app:app` (app.py), built in each worker after the fork (no preload), so every worker opens its own
database connections. Command-line flags still win: `.venv/bin/gunicorn -c gunicorn.conf.py --workers 8`.
"""
import os

wsgi_app = "app:app"
bind = [address.strip() for address in os.environ.get("CHECKER_BIND", "127.0.0.1:8000").split(",") if address.strip()]
workers = int(os.environ.get("CHECKER_WORKERS", "4"))
threads = int(os.environ.get("CHECKER_THREADS", "2"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("CHECKER_TIMEOUT", "60"))
graceful_timeout = 30
# No keep-alive by default: gthread keeps a kept-alive connection on the worker that accepted it, and one worker
# that took more than its share of the clients' connections queues their requests on its two threads while others
# idle. Measured with bench/load.py on PostgreSQL (50 reviewers, 60 s): the four workers' CPU seconds were 20, 13,
# 3 and 5 with a 5 s keep-alive, 13, 12, 9 and 9 without; p95 fell and the occasional "connection reset" of a
# kept-alive connection closed under load went. Each request then opens a new connection, which costs about 0.2 ms
# of CPU; behind a reverse proxy (HTTPS), browsers keep their connections to the proxy either way.
keepalive = int(os.environ.get("CHECKER_KEEPALIVE", "0"))
preload_app = False
accesslog = os.environ.get("CHECKER_ACCESS_LOG", "-") or None  # empty: no access log
errorlog = "-"
loglevel = os.environ.get("CHECKER_LOG_LEVEL", "info")
# gunicorn itself trusts X-Forwarded-Proto/-For only from these addresses (a reverse proxy on the same machine).
forwarded_allow_ips = os.environ.get("CHECKER_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No max_requests: background work runs in the task workers, nothing in a web worker is known to grow, and a
# recycled worker would do its start-up work (post_worker_init) again.
# gunicorn 27's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl): two instances on a machine
# (a second site, the load benchmark) would take it from each other. Nothing here uses it.
control_socket_disable = True


def post_worker_init(worker) -> None:
    """Before a worker takes requests: compile the templates, read the catalogues, open a database connection
    (checker.web.warm_up), so the first pages after a start or a restart are as quick as the rest."""
    from flask import Flask

    from checker.web.warm_up import warm_up

    if isinstance(worker.wsgi, Flask):  # another WSGI app given on the command line is left alone
        done = warm_up(worker.wsgi)
        worker.log.info("warmed up: %(templates)d templates, %(languages)d languages", done)
