//! Binds `mock serve`'s listening sockets, one per worker thread. On Linux each worker has its
//! own socket on the same address (`SO_REUSEPORT`), and the kernel spreads new connections over
//! them, so no worker is woken for a connection another one takes. Elsewhere the workers share
//! one socket (`SO_REUSEPORT` there does not spread connections) and the kernel gives each
//! connection to one of the workers waiting on it.

use std::io;
use std::net::{SocketAddr, TcpListener};

use socket2::{Domain, Protocol, Socket, Type};

/// The listen queue's length, as tokio's and std's `bind` use.
const BACKLOG: i32 = 1024;

/// Binds `workers` (at least one) non-blocking listeners on `addr`. Port 0 picks one free port
/// that every listener shares; `listeners[0].local_addr()` tells which.
///
/// # Errors
///
/// Any error of `bind` or `listen`, such as `AddrInUse` when another process, krakenql or
/// not, listens on `addr`.
pub fn listeners(addr: SocketAddr, workers: usize) -> io::Result<Vec<TcpListener>> {
    let workers = workers.max(1);
    #[cfg(target_os = "linux")]
    if workers > 1 {
        // Sockets that all set `SO_REUSEPORT` share a port, so a second server started on the
        // same address would silently take half of the connections. A probe socket that does
        // not set it fails with `AddrInUse` when anybody listens there, and resolves port 0.
        // Two servers of one user started within the microseconds between the probe and the
        // binds below could still share the port; no socket option closes that window.
        let resolved = listen(socket(addr)?, addr)?.local_addr()?;
        return (0..workers)
            .map(|_| {
                let socket = socket(resolved)?;
                socket.set_reuse_port(true)?;
                listen(socket, resolved)
            })
            .collect();
    }
    let first = listen(socket(addr)?, addr)?;
    let mut all = Vec::with_capacity(workers);
    for _ in 1..workers {
        all.push(first.try_clone()?);
    }
    all.push(first);
    Ok(all)
}

/// A non-blocking TCP socket for `addr` with `SO_REUSEADDR` on Unix, as tokio's `bind` sets it
/// (a restarted server may bind while its old connections linger).
fn socket(addr: SocketAddr) -> io::Result<Socket> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    Ok(socket)
}

fn listen(socket: Socket, addr: SocketAddr) -> io::Result<TcpListener> {
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}
