//! A second server on an address a server already listens on is refused with exit 2, though
//! each server's workers share their own port: a second one must not quietly take a share of
//! the first one's connections.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::assert_serves;
use crate::server::Server;

/// How long the second server gets to give up.
const PATIENCE: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_server_on_the_same_address_is_refused() {
    let first = Server::start(&[]);
    let addr = first.addr();
    let mut second = Command::new(env!("CARGO_BIN_EXE_krakenql"))
        .args(["mock", "serve", "--addr", addr])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the krakenql binary starts");
    let started = Instant::now();
    while second
        .try_wait()
        .expect("the second server can be waited for")
        .is_none()
    {
        if started.elapsed() > PATIENCE {
            let _ = second.kill();
            let _ = second.wait();
            panic!("a second server started on {addr}, where the first one listens");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let output = second
        .wait_with_output()
        .expect("the second server's output");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot listen on {addr}")),
        "{stderr}"
    );
    assert!(stderr.contains("--addr 127.0.0.1:PORT"), "{stderr}");
    assert_serves(&first.url).await;
}
