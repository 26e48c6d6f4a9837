//! `mock serve`'s worker threads: one current-thread tokio runtime per core, each running the
//! accept loop of `listen.rs` on its own listener (`bind.rs`). A connection is accepted, read,
//! answered and closed on the thread that accepted it, so no request wakes another thread;
//! on a multi-thread runtime every new connection did, which cost abusive traffic of many
//! short connections more than answering it. The workers share the connection limit, and all
//! stop accepting and drain at once when the shutdown signal arrives.

use std::future::Future;
use std::io;
use std::net::TcpListener as StdListener;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;
use tokio::runtime::{Builder, Runtime};
use tokio::sync::{watch, Semaphore};

use super::listen;
use crate::limits::ServerLimits;

/// How long executions still running on a worker's blocking pool get once it has drained
/// (each stops by itself at its time limit).
const BLOCKING_GRACE: Duration = Duration::from_millis(200);

/// A worker thread's runtime and the listener registered with it.
struct Worker {
    runtime: Runtime,
    listener: TcpListener,
}

/// The server's workers, each with its runtime and listener, before any of them runs. This
/// thread will run the first.
pub struct Workers {
    first: Worker,
    others: Vec<Worker>,
}

impl Workers {
    /// A current-thread runtime for each of `listeners`, each listener registered with its
    /// runtime.
    ///
    /// # Errors
    ///
    /// When a runtime cannot be built or a listener cannot be registered with it, or when
    /// `listeners` is empty.
    pub fn new(listeners: Vec<StdListener>) -> io::Result<Workers> {
        let mut workers = listeners
            .into_iter()
            .map(|listener| {
                let runtime = Builder::new_current_thread().enable_all().build()?;
                let listener = {
                    let _entered = runtime.enter();
                    TcpListener::from_std(listener)?
                };
                Ok(Worker { runtime, listener })
            })
            .collect::<io::Result<Vec<_>>>()?
            .into_iter();
        let first = workers
            .next()
            .ok_or_else(|| io::Error::other("no listener to serve on"))?;
        Ok(Workers {
            first,
            others: workers.collect(),
        })
    }

    /// Runs `f` within the runtime of this thread's worker, which is where the shutdown
    /// signal's handlers must be installed.
    pub fn enter<T>(&self, f: impl FnOnce() -> T) -> T {
        let _entered = self.first.runtime.enter();
        f()
    }

    /// Serves `router`, one worker thread per listener (this thread runs the first), until
    /// `shutdown` resolves; then every worker drains for at most the shutdown timeout. Returns
    /// whether every connection finished within the drain.
    ///
    /// # Errors
    ///
    /// When a thread cannot be started. The threads already started stop at once.
    pub fn serve(
        self,
        router: Router,
        limits: ServerLimits,
        shutdown: impl Future<Output = ()>,
    ) -> io::Result<bool> {
        let Workers { first, others } = self;
        let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
        let (stop, stopped) = watch::channel(false);
        std::thread::scope(|scope| {
            let mut threads = Vec::new();
            for (index, worker) in others.into_iter().enumerate() {
                let router = router.clone();
                let permits = Arc::clone(&permits);
                let stopped = stopped.clone();
                let started = std::thread::Builder::new()
                    .name(format!("krakenql-serve-{}", index + 1))
                    .spawn_scoped(scope, move || {
                        worker.run(router, limits, permits, until_stopped(stopped))
                    });
                match started {
                    Ok(thread) => threads.push(thread),
                    Err(error) => {
                        // The threads already started stop at once; the scope joins them.
                        let _ = stop.send(true);
                        return Err(error);
                    }
                }
            }
            let signalled = async {
                shutdown.await;
                let _ = stop.send(true);
            };
            let here = first.run(router, limits, permits, signalled);
            let drained = threads
                .into_iter()
                .map(|thread| thread.join().unwrap_or(false))
                .fold(here, |all, one| all && one);
            Ok(drained)
        })
    }
}

impl Worker {
    /// Runs the accept loop until `shutdown` resolves and the drain ends, then gives the
    /// blocking pool its grace. Returns whether the drain finished.
    fn run(
        self,
        router: Router,
        limits: ServerLimits,
        permits: Arc<Semaphore>,
        shutdown: impl Future<Output = ()>,
    ) -> bool {
        let Worker { runtime, listener } = self;
        let drained = runtime.block_on(listen::serve(listener, router, limits, permits, shutdown));
        runtime.shutdown_timeout(BLOCKING_GRACE);
        drained
    }
}

/// Resolves once `stopped` holds `true`, or its sender is gone.
async fn until_stopped(mut stopped: watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stopped| *stopped).await;
}
