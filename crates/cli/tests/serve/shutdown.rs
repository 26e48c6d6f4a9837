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
