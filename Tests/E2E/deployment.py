"""A throwaway PostgreSQL cluster and a real nginx in front of several app replicas, for the
end-to-end test of a scaled-out deployment (test_replicas.py) and its benchmark
(Benchmarks/replicas/bench_replicas.py, which imports this file: it needs nothing but the
standard library).

Both run from the Debian packages `scripts/setup.sh test` installs (postgresql-15, nginx-light),
in temporary folders, on free loopback ports; nothing touches the system's own services.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

NGINX = os.environ.get("SWIFTLIT_NGINX", "/usr/sbin/nginx")
STARTUP_TIMEOUT = 30.0


def free_port_number() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(url: str) -> bool:
    """Whether the Swiftlit health check at `url` answers 200 "ok" now (directly or through nginx)."""
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError):
        return False


def wait_until_answers(url: str, process: subprocess.Popen, what: str, timeout: float = STARTUP_TIMEOUT) -> None:
    """Waits for `url` to answer 200; fails with `what` if `process` exits or time runs out first."""
    deadline = time.monotonic() + timeout
    while not answers(url):
        if process.poll() is not None or time.monotonic() >= deadline:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.05)


def stop_process(process: subprocess.Popen, timeout: float = 10) -> None:
    """SIGTERM, then SIGKILL if `process` has not exited within `timeout` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def postgres_binaries() -> Path:
    """initdb and pg_ctl: SWIFTLIT_TEST_POSTGRES_BIN, or the newest /usr/lib/postgresql/N/bin."""
    explicit = os.environ.get("SWIFTLIT_TEST_POSTGRES_BIN")
    if explicit:
        return Path(explicit)
    root = Path("/usr/lib/postgresql")
    versions = sorted((int(p.name) for p in root.iterdir() if p.name.isdigit()), reverse=True) if root.exists() else []
    for version in versions:
        if (root / str(version) / "bin" / "initdb").exists():
            return root / str(version) / "bin"
    raise RuntimeError("PostgreSQL is not installed: scripts/setup.sh test installs postgresql-15")


class PostgresCluster:
    """A cluster in `directory`, password-protected (SCRAM), listening on 127.0.0.1 only."""

    user = "swiftlit"

    def __init__(self, directory: Path):
        self.directory = directory
        self.binaries = postgres_binaries()
        self.password = "pw-" + secrets.token_hex(8)
        self.port = free_port_number()
        self.data = directory / "data"

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self.binaries / program), *arguments]
        if os.geteuid() == 0:  # initdb refuses root
            command = ["/usr/sbin/runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        password_file = self.directory / "password"
        password_file.write_text(self.password)
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres")
            shutil.chown(password_file, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", self.user, f"--pwfile={password_file}",
                  "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.directory / "log"), "-w", "-t", "60",
                  "-o", f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        except subprocess.CalledProcessError as error:
            print(f"PostgresCluster: stopping failed: {error.stdout!r}")


def nginx_config(directory: Path, port: int, base: str, upstreams: list[int]) -> str:
    """What docs/deployment.md recommends, on loopback ports: round-robin with no affinity, the
    WebSocket upgraded, the Host header kept whole (the server compares it with the Origin), a
    read timeout well above server.websocketPingInterval, uploads up to server.maxUploadSize, and
    a "not found" tried on the next replica (media, uploads and downloads live with the replica
    holding the session)."""
    servers = "\n".join(f"        server 127.0.0.1:{upstream};" for upstream in upstreams)
    temp = "\n".join(f"    {kind}_temp_path {directory / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""
worker_processes 1;
daemon off;
pid {directory / "nginx.pid"};
error_log {directory / "error.log"} info;
events {{ worker_connections 1024; }}
http {{
    access_log {directory / "access.log"};
{temp}
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ''      close;
    }}
    upstream swiftlit {{
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        location /{base}/ {{
            proxy_pass http://swiftlit;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 120s;
            proxy_next_upstream error timeout http_502 http_503 http_404;
            client_max_body_size 200m;
        }}
    }}
}}
"""


class Nginx:
    """nginx in the foreground with its own configuration, pid file and logs in `directory`."""

    def __init__(self, directory: Path, base: str, upstreams: list[int]):
        self.directory = directory
        self.port = free_port_number()
        self.base = base
        self.upstreams = upstreams
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{self.base}/"

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        # nginx's workers run as `nobody` when the master is root: they must reach their folders.
        os.chmod(self.directory, 0o755)
        config = self.directory / "nginx.conf"
        config.write_text(nginx_config(self.directory, self.port, self.base, self.upstreams))
        self.process = subprocess.Popen(
            [NGINX, "-c", str(config), "-p", str(self.directory)], stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=open(self.directory / "stderr.log", "wb"), start_new_session=True)
        try:
            wait_until_answers(self.url + "_stcore/health", self.process, "nginx")
        except RuntimeError as error:
            raise RuntimeError(f"{error}: {self.log_text()}") from None

    def log_text(self) -> str:
        parts = []
        for name in ("stderr.log", "error.log"):
            path = self.directory / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def stop(self) -> None:
        if self.process:
            stop_process(self.process)
