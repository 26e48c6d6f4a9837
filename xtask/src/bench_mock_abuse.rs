//! The abuse client of `cargo xtask bench-mock`: while wrk measures, two threads send the
//! requests of issue 15 one after the other, each on its own connection — a chain of 4,000
//! fragments (about 200 KB), an alias fan-out through fragments that would build 2^30 meters,
//! a half-sent header and a half-sent body left open — and count what they sent.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// How many half-sent connections each thread keeps open at most (the server closes them at its
/// header and body timeouts).
const HALF_SENT: usize = 50;

/// The running abuse threads.
pub struct Abuse {
    stop: Arc<AtomicBool>,
    sent: Arc<AtomicU64>,
    threads: Vec<JoinHandle<()>>,
}

impl Abuse {
    /// Starts `threads` abuse threads against `addr` (`IP:PORT`).
    pub fn start(addr: &str, threads: usize) -> Abuse {
        let stop = Arc::new(AtomicBool::new(false));
        let sent = Arc::new(AtomicU64::new(0));
        let bodies = Arc::new([
            request_body(&fragment_chain(4_000)),
            request_body(&alias_fan_out(30)),
        ]);
        let threads = (0..threads)
            .map(|_| {
                let (addr, stop, sent, bodies) = (
                    addr.to_owned(),
                    Arc::clone(&stop),
                    Arc::clone(&sent),
                    Arc::clone(&bodies),
                );
                std::thread::spawn(move || {
                    let mut open = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        for body in bodies.iter() {
                            let _ = post(&addr, body);
                            sent.fetch_add(1, Ordering::Relaxed);
                        }
                        if open.len() >= HALF_SENT {
                            open.clear();
                        }
                        open.extend(half_sent(&addr));
                        sent.fetch_add(2, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        Abuse {
            stop,
            sent,
            threads,
        }
    }

    /// Stops the threads; returns how many abusive requests they sent.
    pub fn stop(self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        for thread in self.threads {
            let _ = thread.join();
        }
        self.sent.load(Ordering::Relaxed)
    }
}

/// POSTs `body` on a fresh connection and reads the answer to its end.
fn post(addr: &str, body: &str) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    // One write, as an HTTP client sends a request: `write!` on the stream itself would make a
    // system call, and a TCP segment, of every piece of the format string.
    let request = format!(
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes())?;
    let mut sink = Vec::new();
    stream.read_to_end(&mut sink)?;
    Ok(())
}

/// Two connections left open: one with half a header, one with half a body.
fn half_sent(addr: &str) -> Vec<TcpStream> {
    let mut open = Vec::new();
    if let Ok(mut stream) = TcpStream::connect(addr) {
        if stream.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").is_ok() {
            open.push(stream);
        }
    }
    if let Ok(mut stream) = TcpStream::connect(addr) {
        let head = b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"query\":";
        if stream.write_all(head).is_ok() {
            open.push(stream);
        }
    }
    open
}

/// `{"query": …}` for a document.
fn request_body(query: &str) -> String {
    format!(
        r#"{{"query":{},"variables":{{"n":"A-1"}}}}"#,
        super::bench_mock::json_string(query)
    )
}

/// A chain of `n` fragments, each spreading the next one level deeper.
fn fragment_chain(n: usize) -> String {
    let mut query = String::from("{ __schema { queryType { ...f0 } } }\n");
    for i in 0..n {
        query.push_str(&format!(
            "fragment f{i} on __Type {{ ofType {{ ...f{} }} }}\n",
            i + 1
        ));
    }
    query.push_str(&format!("fragment f{n} on __Type {{ name }}\n"));
    query
}

/// Two aliases in each of `levels` fragments, each spreading the next: 2^levels meters.
fn alias_fan_out(levels: usize) -> String {
    let mut query = String::from(
        "query Fan($n: String!) { account(accountNumber: $n) { properties { \
         electricityMeterPoints { meters { ...C0 } } } } }\n",
    );
    for i in 0..levels {
        query.push_str(&format!(
            "fragment C{i} on ElectricityMeterType {{ x: importMeter {{ ...C{next} }} \
             y: importMeter {{ ...C{next} }} }}\n",
            next = i + 1
        ));
    }
    query.push_str(&format!(
        "fragment C{levels} on ElectricityMeterType {{ id }}\n"
    ));
    query
}
