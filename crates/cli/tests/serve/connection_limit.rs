//! The connection limit is shared by the server's worker threads, each accepting from its own
//! socket: a limit below the number of workers must still serve every client in turn, whichever
//! worker's socket the kernel gives its connection to.

use std::time::Duration;

use crate::assert_serves;
use crate::server::Server;

/// Clients, one after another, each on a connection of its own.
const CLIENTS: usize = 24;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_limit_of_one_connection_serves_clients_in_turn() {
    let server = Server::start(&["--max-connections", "1"]);
    for client in 0..CLIENTS {
        tokio::time::timeout(Duration::from_secs(10), assert_serves(&server.url))
            .await
            .unwrap_or_else(|_| panic!("client {client} was not answered within 10 s"));
    }
}
