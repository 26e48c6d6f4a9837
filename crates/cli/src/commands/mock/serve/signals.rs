//! The signals that stop `mock serve`: Ctrl-C, and SIGTERM on Unix. Their handlers are
//! installed before the server prints `listening on`, so a signal sent the moment a script
//! reads that line stops the server cleanly instead of killing it with the default action.

use std::io;

/// Installed signal handlers; `received` resolves on the first signal.
pub struct Shutdown {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(windows)]
    ctrl_c: tokio::signal::windows::CtrlC,
}

impl Shutdown {
    /// Installs the handlers. Must run within a tokio runtime (`Runtime::enter`), whose
    /// driver then delivers the signals.
    ///
    /// # Errors
    ///
    /// When the operating system refuses a handler.
    pub fn install() -> io::Result<Shutdown> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(Shutdown {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(windows)]
        {
            Ok(Shutdown {
                ctrl_c: tokio::signal::windows::ctrl_c()?,
            })
        }
        #[cfg(not(any(unix, windows)))]
        {
            Ok(Shutdown {})
        }
    }

    /// Resolves when Ctrl-C (or SIGTERM) arrives.
    pub async fn received(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(windows)]
        {
            let _ = self.ctrl_c.recv().await;
        }
        #[cfg(not(any(unix, windows)))]
        std::future::pending::<()>().await;
    }
}
