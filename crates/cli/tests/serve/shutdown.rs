//! Ctrl-C (SIGINT) stops the server, which exits successfully.

use std::process::Command;

use crate::assert_serves;
use crate::server::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_stops_the_server_cleanly() {
    let mut server = Server::start(&[]);
    assert_serves(&server.url).await;
    let status = Command::new("kill")
        .args(["-INT", &server.pid()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let exit = server.child.wait().expect("the server exits");
    assert!(exit.success(), "{exit:?}");
}

/// SIGTERM sent the moment the `listening on` line is read stops the server cleanly: the
/// handlers are installed before the line is printed. Before, the default action killed it
/// (exit 143, nothing printed) about two times in three. bash's own `kill` sends the signal
/// with no process start in between, as a script would.
#[test]
fn sigterm_at_once_after_the_listening_line_stops_cleanly() {
    let script = r#"
        for _ in $(seq 20); do
            coproc SERVER { exec "$0" mock serve --addr 127.0.0.1:0 2>/dev/null; }
            read -r line <&"${SERVER[0]}"
            kill -TERM "$SERVER_PID"
            wait "$SERVER_PID"
            echo "exit $?"
        done
    "#;
    let output = Command::new("bash")
        .args(["-c", script, env!("CARGO_BIN_EXE_krakenql")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.lines().count(), 20, "{stdout}");
    assert!(stdout.lines().all(|line| line == "exit 0"), "{stdout}");
}
