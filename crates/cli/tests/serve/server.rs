//! The `krakenql` binary as a child process: a `mock serve` started on a free port and killed when
//! dropped, and one-shot runs of other commands.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A `krakenql mock serve` child process, killed when dropped.
pub struct Server {
    pub child: Child,
    pub url: String,
}

impl Server {
    /// Starts `mock serve` on a free port with `extra` arguments, and waits for the
    /// `listening on URL` line that gives the port.
    pub fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_krakenql"))
            .args(["mock", "serve", "--addr", "127.0.0.1:0"])
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the krakenql binary starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server prints a line");
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("expected `listening on URL`, got {line:?}"))
            .to_owned();
        Server { child, url }
    }

    /// The `HOST:PORT` the server listens on, for raw connections and `--addr`.
    pub fn addr(&self) -> &str {
        self.url.trim_start_matches("http://").trim_end_matches('/')
    }

    /// The process id, for `kill`.
    pub fn pid(&self) -> String {
        self.child.id().to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `krakenql` with `args` in the crate directory and waits for it.
pub fn run_cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_krakenql"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the krakenql binary runs")
}
